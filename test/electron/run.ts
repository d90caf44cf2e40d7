/**
 * The end-to-end checks in desktop VS Code, the standard way
 * (@vscode/test-electron): runs suite.ts inside VS Code with the packaged
 * .vsix as the extension under test and a temporary workspace holding our
 * examples and copies of the real notices.
 *
 * VS Code comes from VSCODE_EXECUTABLE (a local VS Code's executable) or is
 * downloaded (VS Code 1.100.3, cached in .vscode-test/). When neither works —
 * as on machines that reach only the npm registry — this says so in one line
 * and exits 0: the same scenarios then run in the browser workbench
 * (test/e2e). On Linux without a display, run it under xvfb-run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests, SilentReporter } from '@vscode/test-electron';
import { createNoticeFolder } from '../helpers/notice-folder';

/** This file (and its bundle in dist/tools) is two folders below the project root. */
const ROOT = resolve(__dirname, '../..');
/** The VS Code that code-server 4.100.3 contains, so that both suites test the same version. */
const VSCODE_VERSION = '1.100.3';
const DOWNLOAD_TIMEOUT_MS = 30_000;

async function findVSCode(): Promise<{ executable: string } | { missing: string }> {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) return existsSync(given) ? { executable: given } : { missing: `VSCODE_EXECUTABLE=${given} does not exist` };
  try {
    const executable = await downloadAndUnzipVSCode({
      version: VSCODE_VERSION,
      cachePath: join(ROOT, '.vscode-test'),
      timeout: DOWNLOAD_TIMEOUT_MS,
      // Where the download fails, the one line below is all that is said.
      reporter: new SilentReporter(),
    });
    return { executable };
  } catch (error) {
    return { missing: `VS Code ${VSCODE_VERSION} could not be downloaded (${(error as Error).message.split('\n')[0]})` };
  }
}

async function main(): Promise<number> {
  const vscode = await findVSCode();
  if ('missing' in vscode) {
    console.log(`test-electron: SKIPPED, no desktop VS Code: ${vscode.missing}; set VSCODE_EXECUTABLE to run this suite (npm run test:e2e still runs the scenarios in code-server)`);
    return 0;
  }
  console.log(`test-electron: VS Code ${vscode.executable}`);
  const root = mkdtempSync(join(tmpdir(), 'notice-electron-'));
  try {
    const vsix = join(root, 'notice.vsix');
    execFileSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    // The packaged extension, installed as users install it, is the extension under test.
    const installed = join(root, 'installed');
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscode.executable);
    execFileSync(cli, [...cliArgs, '--extensions-dir', installed, '--install-extension', vsix], { stdio: 'inherit' });
    const extension = readdirSync(installed).find((name) => name.startsWith('notice-tools.notice-'));
    if (!extension) throw new Error(`the .vsix did not install into ${installed}`);
    const workspace = join(root, 'notices');
    createNoticeFolder(workspace);
    return await runTests({
      vscodeExecutablePath: vscode.executable,
      extensionDevelopmentPath: join(installed, extension),
      extensionTestsPath: join(ROOT, 'dist', 'tools', 'electron-suite.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(root, 'user-data'),
        '--extensions-dir',
        join(root, 'extensions'),
      ],
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test-electron: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
