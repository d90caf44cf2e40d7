/**
 * The Problems panel lists each notice's findings, with their rule ids, and
 * the editor squiggles each one. What must be listed is what the analysis
 * core finds in the same text; the real notices add what DOMAIN.md says of
 * them (003 lacks the petition-handling and contact parts).
 */
import assert from 'node:assert/strict';
import { waitForCoreFindings, type Scenario, type ScenarioContext, type WorkspaceNotice } from '../scenario';
import type { ProblemRow } from '../workbench-page';

/** Squiggles are checked for this many findings per file: enough to cover each kind, few enough to stay quick. */
const SQUIGGLES_CHECKED_PER_FILE = 8;

async function assertProblemsShown(context: ScenarioContext, notice: WorkspaceNotice): Promise<ProblemRow[]> {
  const { workbench } = context;
  await workbench.closeAllEditors();
  await workbench.openFile(notice.name);
  await workbench.showProblems();
  const shown = await waitForCoreFindings(workbench, notice.name, notice.text);
  context.log(`${notice.name}: ${shown.length} problems shown, as the core finds (${[...new Set(shown.map((row) => row.code))].join(', ') || 'none'})`);

  for (const problem of shown.slice(0, SQUIGGLES_CHECKED_PER_FILE)) {
    await workbench.goToLine(problem.line, problem.column);
    const squiggles = await workbench.waitFor(`a ${problem.severity} squiggle at ${problem.line}:${problem.column} of ${notice.name}`, async () => {
      const found = await workbench.squigglesAtCursor();
      return found.includes(problem.severity) ? found : undefined;
    });
    assert.ok(squiggles.includes(problem.severity));
  }
  return shown;
}

export const problems: Scenario = {
  name: 'problems',
  title: 'the Problems panel lists the findings with their rule ids, and the editor squiggles them',
  async run(context) {
    const notices: WorkspaceNotice[] = [
      ...context.corpus,
      { name: 'with-mistakes.notice', text: context.workspace.read('with-mistakes.notice') },
    ];
    for (const notice of notices) {
      const shown = await assertProblemsShown(context, notice);
      if (notice.name.startsWith('003')) {
        // DOMAIN.md: 003 lacks the petition-handling and the contact parts.
        assert.equal(shown.filter((row) => row.code === 'section/missing').length, 2, 'section/missing rows for 003');
      }
    }
    // The file the screenshot shows.
    await context.workbench.goToLine(1);
  },
};
