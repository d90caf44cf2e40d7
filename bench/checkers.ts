/**
 * Our checker against markdownlint-cli2 on the same files, each run as a
 * whole process the way a records office would run it over a folder:
 * start-up, reading, checking and printing all count.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { summarise, type Timing } from './measure';

const ROOT = resolve(__dirname, '../..');
const CHECKER = join(ROOT, 'bin/notice-lint.js');
/** Bundled beside this benchmark by `npm run bench`. */
const ANALYSES_ONLY = join(__dirname, 'analyse-only.js');

function markdownlintEntry(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules/markdownlint-cli2/package.json'), 'utf8'));
  return join(ROOT, 'node_modules/markdownlint-cli2', manifest.bin['markdownlint-cli2']);
}

/**
 * The environment both checkers run in. NODE_EXTRA_CA_CERTS is left out: Node
 * reads the certificates it names at every start-up (about 50 ms on the
 * machine these figures were first taken on), and neither checker uses TLS.
 */
export const CHECKER_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'));

function timeProcess(args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', env: CHECKER_ENV });
  const elapsed = performance.now() - start;
  if (result.error) throw result.error;
  // Both exit 1 when they find something, which on these files they do; 2 or more is a failure to run.
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} exited with ${result.status ?? result.signal}`);
  return elapsed;
}

export interface CheckerComparison {
  copies: number;
  /** With its default number of threads. */
  ours: Timing;
  /** With `--jobs 1`. */
  oursOneThread: Timing;
  markdownlint: Timing;
  /** A Node process that does nothing (`node -e 0`): what every whole-process run pays before its own code. */
  bareNode: Timing;
  /** A process that loads the analysis core and analyses the text as many times as there are copies, and does nothing else. */
  analysesOnly: Timing;
}

/** `copies` copies of `source`, as `.notice` for us and `.md` for markdownlint-cli2, timed alternately `runs` times. */
export function compareCheckers(source: string, copies: number, runs: number): CheckerComparison {
  const text = readFileSync(source);
  const workspace = mkdtempSync(join(tmpdir(), 'notice-bench-'));
  try {
    const noticeDir = join(workspace, 'notices');
    const markdownDir = join(workspace, 'markdown');
    mkdirSync(noticeDir);
    mkdirSync(markdownDir);
    for (let i = 1; i <= copies; i++) {
      const name = `notice-${String(i).padStart(3, '0')}`;
      writeFileSync(join(noticeDir, `${name}.notice`), text);
      writeFileSync(join(markdownDir, `${name}.md`), text);
    }
    const ourRun = () => timeProcess([CHECKER, noticeDir], ROOT);
    const ourOneThreadRun = () => timeProcess([CHECKER, '--jobs', '1', noticeDir], ROOT);
    const theirRun = () => timeProcess([markdownlintEntry(), '*.md'], markdownDir);
    const bareNodeRun = () => timeProcess(['-e', '0'], ROOT);
    const analysesOnlyRun = () => timeProcess([ANALYSES_ONLY, source, String(copies)], ROOT);
    // One untimed run each fills the file cache for both.
    ourRun();
    theirRun();
    const ours: number[] = [];
    const oursOneThread: number[] = [];
    const theirs: number[] = [];
    const bareNode: number[] = [];
    const analysesOnly: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(ourRun());
      oursOneThread.push(ourOneThreadRun());
      theirs.push(theirRun());
      bareNode.push(bareNodeRun());
      analysesOnly.push(analysesOnlyRun());
    }
    return {
      copies,
      ours: summarise(ours),
      oursOneThread: summarise(oursOneThread),
      markdownlint: summarise(theirs),
      bareNode: summarise(bareNode),
      analysesOnly: summarise(analysesOnly),
    };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
