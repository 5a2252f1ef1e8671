// Web Worker of the restore flow: parses and checks a backup, then restores it or undoes the
// latest restore, all off the page's thread (IndexedDB works in workers; the page's live queries
// see the change). It answers one request at a time, in order.
import { answerRequest, inlineEngine } from './restore-engine';
import type { WorkerMessage, WorkerRequest } from './restore-protocol';

/** The parts of the worker's global scope used here (the web tsconfig has DOM types only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;
const engine = inlineEngine();
let queue = Promise.resolve();

scope.onmessage = (event) => {
  queue = queue.then(() =>
    answerRequest(engine, event.data, (message) => scope.postMessage(message)),
  );
};
