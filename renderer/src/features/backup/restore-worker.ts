// Web Worker that parses and checks a backup file off the page's thread, so a 100 MB file
// never freezes the window. It only reads: the page decides what to store.
import { checkBackupText, type CheckRequest, type WorkerMessage } from './restore-protocol';

/** The parts of the worker's global scope used here (the web tsconfig has DOM types only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const result = checkBackupText(event.data.text, (stage, records) =>
    scope.postMessage({ type: 'progress', stage, records }),
  );
  scope.postMessage({ type: 'result', result });
};
