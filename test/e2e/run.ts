/**
 * `npm run test:e2e`: the end-to-end scenarios in a real VS Code workbench.
 *
 * Packages the extension into a .vsix (the artifact users install), installs
 * it into an isolated code-server, opens a temporary workspace holding our
 * examples and copies of the real notices, drives the workbench through
 * Debian's Chromium with playwright-core, and runs each scenario with a bound,
 * saving a screenshot of each under test-results/e2e/. Whatever happens
 * (failure, Ctrl+C), the browser and every code-server process are ended and
 * the temporary folders removed.
 *
 * Options: `--only name,name` runs only those scenarios.
 * When something the workbench needs is missing and cannot be installed from
 * here, says exactly what and exits 0 (1 with NOTICE_E2E_REQUIRED=1).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbench, stopAllWorkbenches, type RunningWorkbench } from '../../scripts/workbench/code-server';
import { ensureWorkbench, MissingRequirement, type Workbench } from '../../scripts/workbench/requirements';
import { createNoticeFolder } from '../helpers/notice-folder';
import { Skipped, Workspace, type Scenario, type ScenarioContext, type WorkspaceNotice } from './scenario';
import { SCENARIOS } from './scenarios';
import { WorkbenchPage } from './workbench-page';

/** The project root: this file (and its bundle in dist/tools) is two folders below it. */
const ROOT = resolve(__dirname, '../..');
const RESULTS = join(ROOT, 'test-results', 'e2e');
/** A scenario that takes longer than this is stuck; it fails and the next one runs. */
const SCENARIO_TIMEOUT_MS = 180_000;
const VIEWPORT = { width: 1400, height: 900 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Outcome = 'passed' | 'failed' | 'skipped';

interface Result {
  scenario: Scenario;
  outcome: Outcome;
  detail: string;
  skippedSteps: string[];
  seconds: number;
}

const log = (line: string) => console.log(`e2e: ${line}`);

/** Ended in reverse order by `cleanUp`, on success, failure or a signal. */
const cleanups: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;
/** Set by a signal: the scenario in progress is abandoned and no other starts. */
let interruptedBy: NodeJS.Signals | undefined;

/** Runs the clean-ups once, however many callers (the end of the run, a signal) ask for them. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()!();
      } catch (error) {
        console.error(`e2e: clean-up step failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

async function finish(code: number): Promise<never> {
  await cleanUp();
  process.exit(interruptedBy ? (interruptedBy === 'SIGINT' ? 130 : 143) : code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interruptedBy = signal;
    log(`${signal}: stopping the workbench and the browser`);
    void finish(1);
  });
}

function selectedScenarios(): Scenario[] {
  const at = process.argv.indexOf('--only');
  if (at < 0) return SCENARIOS;
  const names = (process.argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes scenario names among: ${SCENARIOS.map((scenario) => scenario.name).join(', ')}`);
  }
  return SCENARIOS.filter((scenario) => names.includes(scenario.name));
}

/** Runs a project tool, showing its output only when it fails. */
function runQuietly(command: string, args: string[], what: string, cwd = ROOT): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${what} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

function prepareWorkspace(folder: string): { workspace: Workspace; corpus: WorkspaceNotice[] } {
  const corpus = createNoticeFolder(folder);
  if (corpus.length === 0) log('the corpus (../shared/corpus) is absent: scenarios use our examples only');
  return { workspace: new Workspace(folder), corpus };
}

/**
 * The workbench address that opens the window as an Extension Development
 * Host: the installed notice extension is the one under development, and
 * VS Code runs the `extensionTests` module in its extension host.
 */
function developmentUrl(server: RunningWorkbench, extensionTests: string): string {
  const extension = readdirSync(server.extensionsDir).find((name) => name.startsWith('notice-tools.notice-'));
  if (!extension) throw new Error(`the notice extension is not installed in ${server.extensionsDir}`);
  // code-server's workbench names its server `remote`; files there are vscode-remote URIs.
  const remote = (path: string) => `vscode-remote://remote${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(join(server.extensionsDir, extension))],
    ['extensionTestsPath', remote(extensionTests)],
  ];
  return `${server.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

class Session {
  private readonly consoleLog = join(RESULTS, 'console.log');
  private browser!: BrowserContext;
  private main!: { server: RunningWorkbench; page: WorkbenchPage };
  /** The page the current scenario is looking at; its screenshot is taken. */
  private current!: WorkbenchPage;
  private extraWorkbenches: { server: RunningWorkbench; page: Page }[] = [];

  constructor(
    private readonly tools: Workbench,
    private readonly root: string,
    private readonly vsix: string,
    private readonly workspace: Workspace,
    private readonly corpus: WorkspaceNotice[],
  ) {}

  async start(): Promise<void> {
    this.browser = await chromium.launchPersistentContext(join(this.root, 'browser-profile'), {
      executablePath: this.tools.chromium,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORT,
      // The signal handlers above close the browser, after the scenario in progress is abandoned.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    cleanups.push(() => this.browser.close());
    const server = await this.startServer();
    const page = await this.openPage(server.url);
    this.main = { server, page };
    this.current = page;
  }

  private async startServer(locale?: string): Promise<RunningWorkbench> {
    const server = await startWorkbench({
      entry: this.tools.codeServerEntry,
      extensions: [this.vsix],
      folder: this.workspace.folder,
      locale,
      // VS Code for the web saves after each pause by default; scenarios save when they mean to.
      settings: { 'files.autoSave': 'off' },
      log,
    });
    return server;
  }

  private async openPage(url: string, page?: Page): Promise<WorkbenchPage> {
    const target = page ?? (await this.browser.newPage());
    target.on('console', (message) => appendFileSync(this.consoleLog, `${message.type()}: ${message.text()}\n`));
    target.on('pageerror', (error) => appendFileSync(this.consoleLog, `pageerror: ${error.message}\n`));
    const workbench = new WorkbenchPage(target);
    await workbench.load(url);
    return workbench;
  }

  private context(scenario: Scenario, skippedSteps: string[]): ScenarioContext {
    let shots = 0;
    return {
      projectRoot: ROOT,
      workbench: this.main.page,
      workspace: this.workspace,
      corpus: this.corpus,
      openWorkbench: async ({ locale, extensionTests }) => {
        const server = await this.startServer(locale);
        const page = await this.browser.newPage();
        this.extraWorkbenches.push({ server, page });
        this.current = await this.openPage(extensionTests ? developmentUrl(server, extensionTests) : server.url, page);
        return this.current;
      },
      packageFixtureExtension: (folder) => {
        const out = join(this.root, `${folder}.vsix`);
        runQuietly(
          process.execPath,
          [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--skip-license', '--out', out],
          `packaging test/e2e/fixtures/${folder}`,
          join(ROOT, 'test', 'e2e', 'fixtures', folder),
        );
        return out;
      },
      updateUserSettings: async (changes) => {
        const file = this.main.server.userSettingsFile;
        const wanted = { ...JSON.parse(readFileSync(file, 'utf8')), ...changes };
        await this.main.page.replaceUserSettings(JSON.stringify(wanted, null, 2));
        const parse = (text: string): unknown => {
          try {
            return JSON.parse(text);
          } catch {
            return undefined;
          }
        };
        await this.main.page
          .waitFor('the settings on disk', async () => (isDeepStrictEqual(parse(readFileSync(file, 'utf8')), wanted) ? true : undefined))
          .catch(() => {
            throw new Error(`the settings editor saved something else than ${JSON.stringify(wanted)}:\n${readFileSync(file, 'utf8')}`);
          });
      },
      screenshot: async (label) => {
        await this.current.page.screenshot({ path: join(RESULTS, `${scenario.name}-${++shots}-${label}.png`) });
      },
      log: (line) => log(`  ${line}`),
      skip: (reason) => {
        throw new Skipped(reason);
      },
      skipStep: (reason) => {
        skippedSteps.push(reason);
        log(`  step skipped: ${reason}`);
      },
    };
  }

  /** Back to a known state between scenarios: no open menu, every editor saved and closed. */
  private async resetMain(): Promise<void> {
    const { page } = this.main;
    await page.page.keyboard.press('Escape');
    await page.page.keyboard.press('Escape');
    await page.runCommand('File: Save All Files');
    await page.runCommand('View: Close All Editors');
  }

  private async endExtraWorkbenches(): Promise<void> {
    for (const { server, page } of this.extraWorkbenches.splice(0)) {
      await page.close();
      await server.stop();
    }
    this.current = this.main.page;
  }

  async run(scenario: Scenario, index: number): Promise<Result> {
    const started = Date.now();
    const skippedSteps: string[] = [];
    let outcome: Outcome = 'passed';
    let detail = '';
    log(`▶ ${scenario.name}: ${scenario.title}`);
    let timer: NodeJS.Timeout | undefined;
    try {
      await this.resetMain();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish within ${SCENARIO_TIMEOUT_MS / 1000} s`)), SCENARIO_TIMEOUT_MS);
      });
      await Promise.race([scenario.run(this.context(scenario, skippedSteps)), timeout]);
    } catch (error) {
      outcome = error instanceof Skipped ? 'skipped' : 'failed';
      detail = error instanceof Error ? (outcome === 'failed' ? (error.stack ?? error.message) : error.message) : String(error);
    } finally {
      clearTimeout(timer);
    }
    // The browser and the workbench are going: nothing more to see or say.
    if (interruptedBy) return { scenario, outcome: 'failed', detail: `interrupted by ${interruptedBy}`, skippedSteps, seconds: 0 };
    const screenshot = join(RESULTS, `${String(index + 1).padStart(2, '0')}-${scenario.name}.png`);
    try {
      await this.current.page.screenshot({ path: screenshot });
    } catch (error) {
      log(`  no screenshot: ${(error as Error).message}`);
    }
    await this.endExtraWorkbenches();
    const seconds = (Date.now() - started) / 1000;
    log(`${outcome === 'passed' ? '✔' : outcome === 'skipped' ? '–' : '✘'} ${scenario.name} ${outcome} in ${seconds.toFixed(1)} s${detail ? `: ${detail}` : ''}`);
    return { scenario, outcome, detail, skippedSteps, seconds };
  }
}

function report(results: Result[]): boolean {
  console.log('\nend-to-end scenarios (code-server + Chromium):');
  for (const { scenario, outcome, skippedSteps, seconds } of results) {
    console.log(`  ${outcome.padEnd(7)} ${scenario.name.padEnd(10)} ${seconds.toFixed(1).padStart(5)} s  ${scenario.title}`);
    for (const step of skippedSteps) console.log(`          step skipped: ${step}`);
  }
  const failed = results.filter((result) => result.outcome === 'failed');
  console.log(`${results.length - failed.length} of ${results.length} did not fail; screenshots in ${RESULTS}`);
  return failed.length === 0;
}

async function main(): Promise<number> {
  const scenarios = selectedScenarios();
  let tools: Workbench;
  try {
    tools = ensureWorkbench(log);
  } catch (error) {
    if (!(error instanceof MissingRequirement)) throw error;
    const required = process.env.NOTICE_E2E_REQUIRED === '1';
    console.log(`e2e: ${required ? 'FAILED' : 'SKIPPED'}, the workbench cannot run here: ${error.message}`);
    return required ? 1 : 0;
  }

  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const root = mkdtempSync(join(tmpdir(), 'notice-e2e-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  cleanups.push(stopAllWorkbenches);

  log('packaging the extension (npm run package)');
  const vsix = join(root, 'notice.vsix');
  runQuietly('npm', ['run', 'package', '--', '--out', vsix], 'npm run package');
  const { workspace, corpus } = prepareWorkspace(join(root, 'notices'));
  for (const scenario of scenarios) scenario.prepare?.(workspace);

  const session = new Session(tools, root, vsix, workspace, corpus);
  log('starting code-server and Chromium');
  await session.start();
  const results: Result[] = [];
  for (const scenario of scenarios) {
    if (interruptedBy) return 1;
    results.push(await session.run(scenario, SCENARIOS.indexOf(scenario)));
  }
  return report(results) ? 0 : 1;
}

main().then(finish, (error: unknown) => {
  if (!interruptedBy) console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return finish(1);
});
