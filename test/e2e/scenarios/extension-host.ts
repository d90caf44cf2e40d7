/**
 * The @vscode/test-electron suite (test/electron/suite.ts), which cannot run
 * here as intended because desktop VS Code cannot be downloaded, runs instead
 * in code-server's extension host: a window opened as an Extension
 * Development Host with the installed .vsix as the extension under
 * development. Every check of the suite must pass.
 */
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FILE } from '../../electron/report-file';
import type { Scenario } from '../scenario';

/** The whole suite takes about half a minute. */
const SUITE_TIMEOUT_MS = 150_000;

export const extensionHost: Scenario = {
  name: 'api-suite',
  title: 'the test-electron suite passes in code-server’s extension host',
  async run(context) {
    const suite = join(context.projectRoot, 'dist', 'tools', 'electron-suite.js');
    assert.ok(existsSync(suite), `${suite} is built (node scripts/build.mjs --tools)`);
    rmSync(context.workspace.path(REPORT_FILE), { force: true });
    const workbench = await context.openWorkbench({ extensionTests: suite });
    const report = await workbench.waitFor(
      'the extension tests to finish',
      async () => {
        const text = existsSync(context.workspace.path(REPORT_FILE)) ? context.workspace.read(REPORT_FILE) : '';
        return /^done:/m.test(text) ? text.trim().split('\n') : undefined;
      },
      SUITE_TIMEOUT_MS,
    );
    for (const line of report) context.log(line);
    const failed = report.filter((line) => line.startsWith('✘'));
    assert.deepEqual(failed, [], 'every check of the suite passes');
    for (const line of report.filter((text) => /skipped/.test(text))) context.skipStep(`in the suite: ${line.trim().replace(/^– /, '')}`);
  },
};
