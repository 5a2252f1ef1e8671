// Web Worker that reads the whole database and writes it as backup text, off the page's thread.
import { errorMessage } from '../../app/error-message';
import { readBackupText, type BackupTextAnswer, type BackupTextRequest } from './backup-writer';

/** The parts of the worker's global scope used here (the web tsconfig has DOM types only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupTextRequest>) => void) | null;
  postMessage(message: BackupTextAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  readBackupText(event.data).then(
    (text) => scope.postMessage({ ok: true, text }),
    (error: unknown) => scope.postMessage({ ok: false, message: errorMessage(error) }),
  );
};
