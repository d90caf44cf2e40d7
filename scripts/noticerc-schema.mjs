// Writes schemas/noticerc.schema.json, the schema VS Code validates and completes .noticerc.json with,
// from the settings the manifest declares: one source for the rule ids, values and descriptions.
// Descriptions carry both languages, since a contributed schema cannot be localised.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

export const SCHEMA_FILE = 'schemas/noticerc.schema.json';

export function buildSchema() {
  const manifest = readJson('package.json');
  const en = readJson('package.nls.json');
  const zh = readJson('package.nls.zh-cn.json');
  // `%key%` → "English / 中文", everywhere in a copied manifest fragment.
  const bilingual = (value) =>
    JSON.parse(JSON.stringify(value), (_, v) => {
      const m = typeof v === 'string' ? /^%(.+)%$/.exec(v) : null;
      return m ? `${en[m[1]]} / ${zh[m[1]]}` : v;
    });
  const settings = manifest.contributes.configuration.properties;
  const setting = (name) => {
    const { scope, default: _default, ...rest } = bilingual(settings[name]);
    return rest;
  };
  const rules = setting('notice.rules');
  delete rules.additionalProperties;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.noticerc.json',
    description: 'Settings of the rectification notice checks, shared by the editor and notice-lint / 整改通报检查的设置，编辑器与 notice-lint 共用',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { ...rules, additionalProperties: false },
      phrases: setting('notice.phrases'),
      numberingStyles: setting('notice.numberingStyles'),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, SCHEMA_FILE), `${JSON.stringify(buildSchema(), null, 2)}\n`);
}
