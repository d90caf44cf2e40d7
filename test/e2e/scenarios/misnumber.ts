/**
 * Deliberately misnumbering an item makes the finding appear, squiggled; and,
 * when the extension offers quick fixes, the fix restores the number. Where no
 * quick fix is offered (before fixes exist), that step says it was skipped.
 */
import assert from 'node:assert/strict';
import { expectedProblems, lineStartingWith, waitForCoreFindings, type Scenario } from '../scenario';

const NAME = 'misnumbered.notice';
const MARKER = '（二）';
/** The numeral inside the marker is what the drafter retypes. */
const RIGHT = '二';
const WRONG = '四';

export const misnumber: Scenario = {
  name: 'misnumber',
  title: 'misnumbering an item shows the finding at once; the quick fix (when offered) repairs it',
  prepare(workspace) {
    workspace.write(NAME, workspace.read('clean.notice'));
  },
  async run(context) {
    const { workbench, workspace } = context;
    const original = workspace.read(NAME);
    const line = lineStartingWith(original, MARKER);
    const lines = original.split('\n');
    const edited = [...lines.slice(0, line - 1), lines[line - 1].replace(MARKER, MARKER.replace(RIGHT, WRONG)), ...lines.slice(line)].join('\n');
    const introduced = expectedProblems(NAME, edited).filter((row) => row.line === line);
    assert.ok(introduced.some((row) => row.code === 'numbering/sequence'), `the core reports the misnumbered heading`);

    await workbench.openFile(NAME);
    await workbench.showProblems();
    await waitForCoreFindings(workbench, NAME, original);

    await workbench.goToLine(line, MARKER.indexOf(RIGHT) + 1);
    await workbench.selectCharacters(RIGHT.length);
    const typed = Date.now();
    await workbench.page.keyboard.insertText(WRONG);
    await waitForCoreFindings(workbench, NAME, edited);
    context.log(`finding shown ${Date.now() - typed} ms after typing ${WRONG} on line ${line}: ${introduced.map((row) => row.message).join('; ')}`);
    await workbench.goToLine(line);
    assert.ok((await workbench.squigglesAtCursor()).includes('error'), `an error squiggle at the start of line ${line}`);
    await context.screenshot('finding');

    const fixes = await workbench.quickFixes();
    if (fixes.length === 0) {
      await workbench.page.keyboard.press('Escape');
      context.skipStep(`quick fix: none is offered on line ${line} (the extension has no fixes yet), so the repair was not tried`);
      return;
    }
    context.log(`quick fixes offered: ${fixes.join(' | ')}`);
    await context.screenshot('quick-fix-menu');
    const fix = fixes.find((label) => label.includes(MARKER)) ?? fixes[0];
    await workbench.applyQuickFix(fix);
    await waitForCoreFindings(workbench, NAME, original);
    await workbench.save();
    const saved = await workbench
      .waitFor('the repaired notice saved to disk', async () => (workspace.read(NAME) === original ? original : undefined))
      .catch(() => workspace.read(NAME));
    assert.equal(saved, original, `after “${fix}” the notice is exactly as before the mistake`);
  },
};
