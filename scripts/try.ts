/**
 * `npm run try`: the extension in a real VS Code workbench in the browser,
 * for a reviewer without VS Code. Packages the extension, installs it into an
 * isolated code-server (installing code-server first if needed, see
 * scripts/workbench/requirements.ts), opens a copy of examples/ (the web
 * workbench saves as you type, and the repository's examples stay as they
 * are), prints the address and runs until Ctrl+C, which stops every process
 * it started.
 *
 * Options: `--port N` (default 8080, or a free port when 8080 is taken).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWorkbench, stopAllWorkbenches } from './workbench/code-server';
import { ensureWorkbench, MissingRequirement } from './workbench/requirements';

/** This file (and its bundle in dist/tools) is two folders below the project root. */
const ROOT = resolve(__dirname, '../..');
const DEFAULT_PORT = 8080;

const log = (line: string) => console.log(`try: ${line}`);

function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

async function chosenPort(): Promise<number | undefined> {
  const at = process.argv.indexOf('--port');
  if (at >= 0) {
    const port = Number(process.argv[at + 1]);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error('--port takes a port number');
    return port;
  }
  // undefined: code-server's launcher picks a free port.
  return (await isFree(DEFAULT_PORT)) ? DEFAULT_PORT : undefined;
}

async function main(): Promise<void> {
  const port = await chosenPort();
  const tools = ensureWorkbench(log);
  const root = mkdtempSync(join(tmpdir(), 'notice-try-'));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    await stopAllWorkbenches();
    rmSync(root, { recursive: true, force: true });
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
  try {
    log('packaging the extension (npm run package)');
    const vsix = join(root, 'notice.vsix');
    execFileSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const folder = join(root, 'examples');
    cpSync(join(ROOT, 'examples'), folder, { recursive: true });
    const workbench = await startWorkbench({ entry: tools.codeServerEntry, extensions: [vsix], folder, port, log });
    console.log(`\nThe notice extension in VS Code, with a copy of examples/ open:\n\n    ${workbench.url}\n\nOpen it in a browser. Files you add to ${folder} appear there. Ctrl+C stops it.\n`);
  } catch (error) {
    console.error(`try: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(`try: ${error instanceof MissingRequirement ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
