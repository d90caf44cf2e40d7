/**
 * The picture for the README: a notice with mistakes, its findings in the
 * Problems panel and squiggled in the editor, its Outline, and on a
 * misnumbered heading the Quick Fix menu (when the extension offers fixes)
 * or else the finding's hover.
 */
import assert from 'node:assert/strict';
import { waitForCoreFindings, type Scenario } from '../scenario';

const NAME = 'with-mistakes.notice';

export const overview: Scenario = {
  name: 'overview',
  title: 'diagnostics, Outline and quick fixes together, for the README',
  async run(context) {
    const { workbench, workspace } = context;
    const text = workspace.read(NAME);
    await workbench.openFile(NAME);
    // Give the Outline the Explorer's room.
    await workbench.collapseExplorerFolders();
    await workbench.showOutline();
    await workbench.showProblems();
    const shown = await waitForCoreFindings(workbench, NAME, text);
    const outline = await workbench.outline();
    assert.ok(outline.filter((row) => row.level === 1).length >= 3, 'the Outline shows the parts');

    const misnumbered = shown.find((row) => row.code === 'numbering/sequence' && row.column === 1);
    assert.ok(misnumbered, 'a misnumbered heading to show a fix on');
    await workbench.goToLine(misnumbered.line, misnumbered.column);
    const fixes = await workbench.quickFixes();
    if (fixes.length > 0) {
      context.log(`quick fixes on line ${misnumbered.line}: ${fixes.join(' | ')}`);
      return;
    }
    await workbench.page.keyboard.press('Escape');
    context.skipStep('quick fix menu: none offered yet, so the picture shows the finding’s hover instead');
    const hover = await workbench.hoverSquiggleAtCursor();
    assert.ok(hover.includes(misnumbered.message), `the hover shows “${misnumbered.message}”`);
  },
};
