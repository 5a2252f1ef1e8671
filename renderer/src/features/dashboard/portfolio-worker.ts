// Web Worker that reads and evaluates the whole portfolio off the main thread, so the page never
// holds or copies tens of thousands of records. While the dashboard wants figures it reads the
// data, and again after every change, and posts the scores first, then the slower history.
// While it does not, changes are only noted: opening the dashboard again with nothing changed
// costs no read at all.
import { localIsoDate } from '../../../../core/domain/dates';
import type { Dataset } from '../../../../core/domain/types';
import { onDataChanged, readAllData } from '../../db/portfolio-read';
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

let watching = false;
/** True when the data may differ from what was last read (nothing read yet, or a write since). */
let stale = true;
let reading = false;
/** Increases with every version of the data and every unwatch: older work is abandoned. */
let version = 0;
/** Set while the first read after a watch is under way, for the timing of the cold load. */
let readStart: number | null = null;
/**
 * The figures last sent, as JSON. The same figures again (a re-read with nothing changed, as
 * when the dashboard is opened again) are not sent: the page would only render them twice.
 */
let sent = { summary: '', history: '' };
/** The day the figures sent are as of. */
let evaluatedOn: string | null = null;

/** Lets queued messages and changes in, so a newer version can supersede this one. */
const yieldToQueue = () => new Promise((resolve) => setTimeout(resolve, 0));

async function evaluate(dataset: Dataset, readEnd: number): Promise<void> {
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
    evaluatedOn = asOf;
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
    if (current !== version || stale) {
      // Superseded by a change, or no longer watched: the next watch reads and finishes again.
      stale = true;
      return;
    }
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

/** Reads and evaluates until the figures sent match the data, as long as someone is watching. */
async function refresh(): Promise<void> {
  if (reading) return; // The read under way is followed by another: `stale` is set.
  reading = true;
  try {
    while (watching && stale) {
      stale = false;
      const dataset = await readAllData();
      await evaluate(dataset, epochNow());
    }
  } catch (error) {
    stale = true; // Tried again on the next change or the next watch.
    fail(error);
  } finally {
    reading = false;
  }
}

onDataChanged(() => {
  stale = true;
  if (watching) void refresh();
});

scope.onmessage = (event) => {
  if (event.data.kind === 'watch') {
    if (watching) return;
    watching = true;
    // Read again after an empty or failed answer (the page shows 'loading' meanwhile) and on a
    // new day (the figures are as of today); otherwise only if the data changed.
    if (sent.summary === '' || evaluatedOn !== localIsoDate(new Date())) stale = true;
    readStart = stale ? epochNow() : null;
    void refresh();
  } else {
    watching = false;
    readStart = null;
    version += 1;
  }
};
