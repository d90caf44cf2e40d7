/**
 * In an empty notice, typing the skeleton snippet's prefix offers the
 * skeleton; inserting it produces a notice with all five required parts:
 * the Outline shows its three top-level parts and the Problems panel reports
 * no missing part.
 */
import assert from 'node:assert/strict';
import { analyze, PART_KINDS } from '../../../server/src/core';
import { waitForCoreFindings, type Scenario } from '../scenario';

const NAME = 'draft.notice';
const SNIPPET_PREFIX = 'notice';
const SNIPPET_NAME = 'Notice skeleton';

export const snippet: Scenario = {
  name: 'snippet',
  title: 'typing the skeleton prefix in an empty notice offers the skeleton, and inserting it produces all five parts',
  prepare(workspace) {
    workspace.write(NAME, '');
  },
  async run(context) {
    const { workbench, workspace } = context;
    await workbench.openFile(NAME);
    await workbench.page.keyboard.type(SNIPPET_PREFIX);
    const offered = await workbench.suggestions(SNIPPET_NAME);
    context.log(`suggestions for “${SNIPPET_PREFIX}”: ${offered.join(' | ')}`);
    await context.screenshot('offered');

    // Walk down the list to the skeleton, as a user would with the arrow keys.
    const focused = workbench.page.locator('.editor-widget.suggest-widget .monaco-list-row.focused');
    for (let step = 0; !((await focused.getAttribute('aria-label')) ?? '').includes(SNIPPET_NAME); step++) {
      assert.ok(step < offered.length, `“${SNIPPET_NAME}” can be reached in the suggestions`);
      await workbench.page.keyboard.press('ArrowDown');
    }
    await workbench.page.keyboard.press('Enter');
    // Leave the snippet's placeholders (a choice list may be open) and keep the text as inserted.
    await workbench.page.keyboard.press('Escape');
    await workbench.page.keyboard.press('Escape');
    await workbench.save();

    const text = await workbench.waitFor('the inserted skeleton saved to disk', async () => workspace.read(NAME) || undefined);
    const { document } = analyze(text);
    assert.deepEqual(
      PART_KINDS.filter((kind) => !document.parts[kind]),
      [],
      'every required part is in the inserted skeleton',
    );

    await workbench.showOutline();
    const topLevel = await workbench.waitFor('the skeleton’s three parts in the Outline', async () => {
      const rows = (await workbench.outline()).filter((row) => row.level === 1 && /^[一二三]、/.test(row.label));
      return rows.length === 3 ? rows : undefined;
    });
    context.log(`Outline: ${topLevel.map((row) => row.label).join(', ')}`);
    await workbench.showProblems();
    // The empty file had every part reported missing; now the panel must show what the core finds in the skeleton.
    const rows = await waitForCoreFindings(workbench, NAME, text);
    assert.deepEqual(rows.filter((row) => row.code === 'section/missing'), [], 'no part reported missing');
  },
};
