/**
 * Changing a rule's severity in the settings (`notice.rules`) changes what the
 * Problems panel shows: raised to error, the rule's rows become errors; turned
 * off, they disappear; back to the default, they are warnings again.
 */
import assert from 'node:assert/strict';
import type { RuleSetting } from '../../../server/src/core';
import { expectedProblems, waitForCoreFindings, type Scenario, type ScenarioContext } from '../scenario';
import type { ProblemRow } from '../workbench-page';

const NAME = 'with-mistakes.notice';
const RULE = 'numbering/style';

const STEPS: { setting: RuleSetting | undefined; check: (rows: ProblemRow[]) => void }[] = [
  { setting: 'error', check: (rows) => assert.ok(rows.some((row) => row.code === RULE && row.severity === 'error')) },
  { setting: 'off', check: (rows) => assert.ok(!rows.some((row) => row.code === RULE)) },
  // The rule's default is a warning.
  { setting: undefined, check: (rows) => assert.ok(rows.some((row) => row.code === RULE && row.severity === 'warning')) },
];

async function runSteps(context: ScenarioContext): Promise<void> {
  const { workbench, workspace } = context;
  const text = workspace.read(NAME);
  for (const { setting, check } of STEPS) {
    const rules: Record<string, RuleSetting> = setting ? { [RULE]: setting } : {};
    await context.updateUserSettings({ 'notice.rules': rules });
    await workbench.openFile(NAME);
    await workbench.showProblems();
    check(expectedProblems(NAME, text, { locale: 'en', rules }));
    const shown = await waitForCoreFindings(workbench, NAME, text, { locale: 'en', rules });
    const severities = shown.filter((row) => row.code === RULE).map((row) => row.severity);
    context.log(`${RULE}: ${setting ?? 'default'} → ${severities.join(', ') || 'not shown'}`);
    if (setting === 'error') await context.screenshot('as-error');
  }
}

export const severity: Scenario = {
  name: 'severity',
  title: 'changing a rule’s severity in the settings changes what the Problems panel shows',
  async run(context) {
    try {
      await runSteps(context);
    } finally {
      // Later scenarios expect the defaults.
      await context.updateUserSettings({ 'notice.rules': {} });
    }
  },
};
