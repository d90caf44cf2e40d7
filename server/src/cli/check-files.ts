/**
 * Checks many files on several threads: the main thread and workers running
 * `cli-worker.js`, a bundle of ./worker.ts. Each thread claims the next
 * unclaimed file from a counter they share, so a thread held up by a large
 * file simply takes fewer; the outcomes are handed on in file order, so the
 * output is the same whatever the number of threads.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { FileChecker, type CheckRequest, type FileOutcome } from './check-file';

/**
 * Files per thread below which another thread is not worth starting: each
 * thread warms up its own JIT, about 400 ms of CPU. On two processors, two
 * threads were slower than one up to about 1 500 files of corpus size, and
 * faster from 2 000 (by 10-15 %; by 30 % at 6 000).
 */
const FILES_PER_THREAD = 1000;

/**
 * Threads started when not told, however many processors there are: each
 * adds about 55 MB, and every outcome passes through the main thread, which
 * writes them all. `--jobs` goes beyond it.
 */
const MAX_DEFAULT_THREADS = 8;

/**
 * The threads to use when not told: one per processor at most (a thread
 * keeps about 1.1 processors busy, V8 compiling and collecting beside it),
 * no more than the files keep busy, and no more than `MAX_DEFAULT_THREADS`.
 */
export function defaultThreads(fileCount: number, processors = availableParallelism()): number {
  return Math.max(1, Math.min(processors, MAX_DEFAULT_THREADS, Math.floor(fileCount / FILES_PER_THREAD)));
}

export interface WorkerTask {
  files: readonly string[];
  request: CheckRequest;
  /** Int32s the threads share: at `NEXT_FILE`, the index of the next file to claim; at `PAUSED`, 1 while they are to wait. */
  shared: SharedArrayBuffer;
}

const NEXT_FILE = 0;
const PAUSED = 1;

export type WorkerMessage = { index: number; outcome: FileOutcome } | { done: true };

/** A worker's loop: claims and checks files until none is left, waiting whenever the main thread pauses it. */
export function claimAll(files: readonly string[], shared: Int32Array, checker: FileChecker, deliver: (index: number, outcome: FileOutcome) => void): void {
  for (;;) {
    Atomics.wait(shared, PAUSED, 1);
    const index = Atomics.add(shared, NEXT_FILE, 1);
    if (index >= files.length) return;
    deliver(index, checker.check(files[index]));
  }
}

/** Starts `count` workers on `task`; each promise settles when that worker is done, or has failed. */
async function startWorkers(task: WorkerTask, count: number, deliver: (index: number, outcome: FileOutcome) => void): Promise<Array<Promise<void>>> {
  // Loaded only here: a run on one thread is spared the module and what it loads.
  const { Worker } = await import('node:worker_threads');
  return Array.from({ length: count }, () => new Promise<void>((resolve) => {
    // The worker bundle lies beside this one in dist/.
    const worker = new Worker(join(__dirname, 'cli-worker.js'), { workerData: task });
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) resolve();
      else deliver(message.index, message.outcome);
    });
    // A worker that fails leaves its unfinished files to the main thread, which checks them afterwards.
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  }));
}

/**
 * Checks `files` on `threads` threads and passes each outcome to `consume`
 * in file order, each as soon as it and all before it are done. When
 * `whenWritable` gives a promise after an outcome is consumed, no thread
 * starts another file until it settles: output written to a pipe is queued,
 * not sent, until the main thread yields, and a run over thousands of files
 * would otherwise hold all of it.
 */
export async function checkFiles(
  files: readonly string[],
  request: CheckRequest,
  threads: number,
  consume: (outcome: FileOutcome) => void,
  whenWritable: () => Promise<void> | undefined = () => undefined,
): Promise<void> {
  const shared = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  let paused: Promise<void> | undefined;
  const pauseWhileBackedUp = () => {
    const writable = whenWritable();
    if (!writable || paused) return;
    Atomics.store(shared, PAUSED, 1);
    paused = writable.then(() => {
      paused = undefined;
      Atomics.store(shared, PAUSED, 0);
      Atomics.notify(shared, PAUSED);
    });
  };
  // Outcomes that arrived before one of the files ahead of them.
  const waiting = new Map<number, FileOutcome>();
  let next = 0;
  const deliver = (index: number, outcome: FileOutcome) => {
    waiting.set(index, outcome);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next);
      consume(ready);
      next++;
      pauseWhileBackedUp();
    }
  };
  const task: WorkerTask = { files, request, shared: shared.buffer as SharedArrayBuffer };
  const workers = threads > 1 ? await startWorkers(task, threads - 1, deliver) : [];
  const checker = new FileChecker(request);
  for (let index = Atomics.add(shared, NEXT_FILE, 1); index < files.length; index = Atomics.add(shared, NEXT_FILE, 1)) {
    deliver(index, checker.check(files[index]));
    // This thread's outcomes wait for the workers' before them: let their messages in, or nothing is written until the end.
    if (waiting.size) await setImmediate();
    await paused;
  }
  await Promise.all(workers);
  // All threads are done, so a file still missing was claimed by a worker that failed.
  while (next < files.length) deliver(next, checker.check(files[next]));
}
