/**
 * A code-server (a real VS Code workbench served to a browser) isolated from
 * the user's own: its HOME, XDG folders, user data and extensions live in a
 * temporary folder. It runs in its own process group (setsid), because its
 * file watcher and extension hosts outlive the main process otherwise; `stop`
 * ends the whole group and removes the folder.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from './requirements';

/** code-server answers /healthz within seconds; the bound covers a loaded machine. */
const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

/** User settings that keep the workbench quiet and predictable: no welcome page, tips, trust prompts or telemetry. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
};

export interface WorkbenchOptions {
  /** code-server's entry script. */
  entry: string;
  /** Extensions to install first: paths of .vsix files. */
  extensions: string[];
  /** The folder the workbench opens. */
  folder: string;
  /** Bind to this port; a free one when absent. */
  port?: number;
  /** VS Code's display language (`--locale`); needs a language pack among `extensions` for anything but English. */
  locale?: string;
  /** Added to the quiet user settings. */
  settings?: Record<string, unknown>;
  log: Log;
}

export interface RunningWorkbench {
  /** The address that opens the workbench on `folder`. */
  url: string;
  /** The user settings file, which the workbench watches. */
  userSettingsFile: string;
  /** Where the extensions are installed, one folder each (`publisher.name-version`). */
  extensionsDir: string;
  /** Ends every process of the workbench and removes its temporary folder; safe to call more than once. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isolatedEnvironment(root: string): NodeJS.ProcessEnv {
  const home = join(root, 'home');
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: join(home, 'runtime'),
    TMPDIR: join(root, 'tmp'),
  };
  // code-server reads these; the user's own must not leak into the test.
  for (const name of ['PASSWORD', 'HASHED_PASSWORD', 'PORT', 'VSCODE_IPC_HOOK_CLI', 'CODE_SERVER_CONFIG']) delete environment[name];
  for (const folder of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR', 'TMPDIR']) {
    mkdirSync(environment[folder]!, { recursive: true, mode: 0o700 });
  }
  return environment;
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Sends `signal` to every process of the group `pgid`; false when none is left. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(pgid: number): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline && signalGroup(pgid, 0)) await new Promise((resolve) => setTimeout(resolve, 100));
  signalGroup(pgid, 'SIGKILL');
}

/** The `stop` of every workbench started and not yet stopped, including those still starting. */
const running = new Set<() => Promise<void>>();

/** Stops every workbench this process started; for signal handlers, which may come while one is starting. */
export async function stopAllWorkbenches(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

export async function startWorkbench(options: WorkbenchOptions): Promise<RunningWorkbench> {
  const root = mkdtempSync(join(tmpdir(), 'notice-workbench-'));
  let child: ChildProcess | undefined;
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      if (child?.pid) await stopGroup(child.pid);
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
      running.delete(stop);
    })();
    return stopped;
  };
  running.add(stop);
  try {
    const environment = isolatedEnvironment(root);
    const userData = join(root, 'user-data');
    const extensions = join(root, 'extensions');
    const config = join(root, 'config.yaml');
    const userSettingsFile = join(userData, 'User', 'settings.json');
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(userSettingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
    // An empty config keeps code-server from writing one (with a password) under HOME.
    writeFileSync(config, 'auth: none\n');
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', config];

    for (const vsix of options.extensions) {
      options.log(`installing ${vsix} into the workbench`);
      execFileSync(process.execPath, [options.entry, ...common, '--force', '--install-extension', vsix], {
        env: environment,
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: STARTUP_TIMEOUT_MS,
      });
    }

    const port = options.port ?? (await freePort());
    const url = `http://127.0.0.1:${port}`;
    const args = [
      options.entry,
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(options.locale ? ['--locale', options.locale] : []),
      options.folder,
    ];
    let output = '';
    // `detached` makes it the leader of a new session and process group (setsid), which `stop` ends as a whole.
    child = spawn(process.execPath, args, { env: environment, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    await waitUntilHealthy(url, child, () => output);
    return { url: `${url}/?folder=${encodeURIComponent(options.folder)}`, userSettingsFile, extensionsDir: extensions, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
