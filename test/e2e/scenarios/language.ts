/**
 * Opening a notice activates the extension and selects the notice language:
 * by file extension (each real notice, copied as `.notice`) and by first line
 * (a `.txt` whose first line is a notice title). A `.txt` without such a line
 * stays plain text. Activation shows as the Outline the language server
 * provides, with the same top-level entries the analysis core computes.
 */
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core';
import { documentSymbols } from '../../../server/src/core/features/document-symbols';
import type { Scenario, ScenarioContext } from '../scenario';

const NOTICE_LANGUAGE = 'Rectification notice';
const TITLE_FIRST = 'title-first.txt';
const PLAIN = 'plain.txt';

async function assertNoticeOpened(context: ScenarioContext, name: string, text: string): Promise<void> {
  const { workbench } = context;
  await workbench.openFile(name);
  await workbench.waitForLanguageMode(NOTICE_LANGUAGE);
  await workbench.showOutline();
  const expected = documentSymbols(parse(text)).map((symbol) => symbol.name);
  const shown = await workbench.waitFor(`the Outline of ${name} from the language server`, async () => {
    const topLevel = (await workbench.outline()).filter((row) => row.level === 1).map((row) => row.label);
    return topLevel.length === expected.length ? topLevel : undefined;
  });
  assert.deepEqual(shown, expected, `top-level Outline entries of ${name}`);
  context.log(`${name}: ${NOTICE_LANGUAGE}, Outline ${shown.length} top-level entries`);
}

export const language: Scenario = {
  name: 'language',
  title: 'opening a notice selects the notice language (by extension and by first line) and activates the extension',
  prepare(workspace) {
    const clean = workspace.read('clean.notice');
    // Our own example without its issuer line, so that the notice title is the first line.
    workspace.write(TITLE_FIRST, clean.slice(clean.indexOf('\n') + 1));
    workspace.write(PLAIN, '会议纪要\n\n一、会议议题\n');
  },
  async run(context) {
    const { workbench, workspace } = context;
    const titleFirst = workspace.read(TITLE_FIRST);
    assert.match(titleFirst.split('\n')[0], /^关于.*通报$/);

    // First, while the extension is not yet active: a plain-text file must activate it and be recognised.
    await assertNoticeOpened(context, TITLE_FIRST, titleFirst);
    await workbench.openFile(PLAIN);
    await workbench.waitForLanguageMode('Plain Text');

    if (context.corpus.length === 0) context.log('corpus absent: checking the examples only');
    for (const notice of context.corpus) await assertNoticeOpened(context, notice.name, notice.text);
    await assertNoticeOpened(context, 'clean.notice', workspace.read('clean.notice'));
  },
};
