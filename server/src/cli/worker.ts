/** A worker thread of `notice-lint`: checks the files it claims and sends back each outcome (see ./check-files). */
import { parentPort, workerData } from 'node:worker_threads';
import { FileChecker } from './check-file';
import { claimAll, type WorkerMessage, type WorkerTask } from './check-files';

const task = workerData as WorkerTask;
const port = parentPort!;
claimAll(task.files, new Int32Array(task.shared), new FileChecker(task.request), (index, outcome) =>
  port.postMessage({ index, outcome } satisfies WorkerMessage),
);
port.postMessage({ done: true } satisfies WorkerMessage);
