/**
 * The settings the manifest declares, the schema of `.noticerc.json` and
 * the rules the core runs must name the same things.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig, RULES } from '../../server/src/core';
// @ts-expect-error: a plain ES module script, without type declarations.
import { buildSchema, SCHEMA_FILE } from '../../scripts/noticerc-schema.mjs';

const root = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const pkg = readJson('package.json');
const settings = pkg.contributes.configuration.properties;
const schema = readJson(SCHEMA_FILE);
const ruleIds = RULES.map((rule) => rule.id).sort();

describe('settings and the .noticerc.json schema', () => {
  it('declares a severity setting for every rule, and for no other', () => {
    expect(Object.keys(settings['notice.rules'].properties).sort()).toEqual(ruleIds);
  });

  it('contributes the schema for .noticerc.json, as the script builds it from the manifest', () => {
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: '.noticerc.json', url: `./${SCHEMA_FILE}` }]);
    expect(schema).toEqual(buildSchema());
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(ruleIds);
  });

  it('gives every description in both languages', () => {
    const descriptions: string[] = [];
    JSON.stringify(schema, (key, value: unknown) => {
      if (key === 'description' && typeof value === 'string') descriptions.push(value);
      return value;
    });
    expect(descriptions.length).toBeGreaterThan(RULES.length);
    for (const description of descriptions) expect(description).toMatch(/[A-Za-z].* \/ .*[\u4e00-\u9fff]/);
  });

  it('accepts in the checker what the schema offers: every example marker and rule setting', () => {
    const value = {
      rules: Object.fromEntries(ruleIds.map((id) => [id, 'warning'])),
      phrases: ['三抓三促', { phrase: '清廉机关', misspellings: ['清廉机光'] }],
      numberingStyles: settings['notice.numberingStyles'].items.examples,
    };
    expect(readConfig(value, 'en').problems).toEqual([]);
  });

  it('ships the schema in the package', () => {
    expect(readFileSync(join(root, '.vscodeignore'), 'utf8')).toMatch(/^!schemas\/\*\*$/m);
  });
});
