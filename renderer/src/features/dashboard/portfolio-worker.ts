// Web Worker that reads and evaluates the whole portfolio off the main thread, so the page never
// holds or copies tens of thousands of records: it watches the database while the dashboard
// wants it and posts, for each version of the data, the scores first, then the slower history.
import { localIsoDate } from '../../../../core/domain/dates';
import type { Dataset } from '../../../../core/domain/types';
import { watchAllData } from '../../db/portfolio-read';
import { portfolioHistory, preparePortfolio, summarizePortfolio } from './portfolio-overview';
import type {
  PortfolioRequest,
  PortfolioResponse,
  PortfolioTiming,
} from './portfolio-worker-protocol';

/** The parts of the worker's global scope used here (the web tsconfig has DOM types only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PortfolioRequest>) => void) | null;
  postMessage(message: PortfolioResponse): void;
}

const scope = self as unknown as WorkerScope;
const epochNow = () => performance.timeOrigin + performance.now();
const workerReady = epochNow();

let stopWatching: (() => void) | null = null;
/** Increases with every version of the data and every unwatch: older work is abandoned. */
let version = 0;
/** Set while the first read after a watch is under way, for the timing of the cold load. */
let readStart: number | null = null;
/**
 * The figures last sent, as JSON. The same figures again (a re-read with nothing changed, as
 * when the dashboard is opened again) are not sent: the page would only render them twice.
 */
let sent = { summary: '', history: '' };

/** Lets queued messages and changes in, so a newer version can supersede this one. */
const yieldToQueue = () => new Promise((resolve) => setTimeout(resolve, 0));

async function evaluate(dataset: Dataset): Promise<void> {
  const readEnd = epochNow();
  version += 1;
  const current = version;
  try {
    if (dataset.partnerships.length === 0 && dataset.organizations.length === 0) {
      sent = { summary: '', history: '' };
      scope.postMessage({ kind: 'empty', version: current });
      return;
    }
    // Evaluated as of the day it is now, on every version (the app may stay open overnight).
    const asOf = localIsoDate(new Date());
    const prepared = preparePortfolio(dataset);
    const summary = summarizePortfolio(prepared, asOf, dataset.settings);
    const timing: PortfolioTiming | undefined =
      readStart === null
        ? undefined
        : { workerReady, readStart, readEnd, summaryComputed: epochNow() };
    readStart = null;
    const summaryJson = JSON.stringify(summary);
    if (summaryJson !== sent.summary) {
      scope.postMessage({ kind: 'summary', version: current, summary, timing });
      sent = { summary: summaryJson, history: '' };
    }
    await yieldToQueue();
    if (current !== version) return;
    const history = portfolioHistory(prepared, asOf, dataset.settings);
    const historyJson = JSON.stringify(history);
    if (historyJson !== sent.history) {
      scope.postMessage({ kind: 'history', version: current, history });
      sent.history = historyJson;
    }
  } catch (error) {
    sent = { summary: '', history: '' };
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({
      kind: 'error',
      version: current,
      message: `The portfolio could not be evaluated: ${message}`,
    });
  }
}

function fail(error: unknown): void {
  version += 1;
  sent = { summary: '', history: '' };
  const message = error instanceof Error ? error.message : String(error);
  scope.postMessage({
    kind: 'error',
    version,
    message: `The records could not be read: ${message}`,
  });
}

scope.onmessage = (event) => {
  if (event.data.kind === 'watch') {
    if (stopWatching !== null) return;
    readStart = epochNow();
    stopWatching = watchAllData((dataset) => void evaluate(dataset), fail);
  } else {
    stopWatching?.();
    stopWatching = null;
    readStart = null;
    version += 1;
  }
};
