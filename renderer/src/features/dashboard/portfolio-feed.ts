// The page's side of the portfolio worker: one worker for the app's life, watching the database
// while at least one caller wants the figures, and the latest figures it sent, as a small store
// for useSyncExternalStore. The last figures stay after the dashboard is left, so coming back
// shows them at once while the worker reads again.
import type { PortfolioHistory, PortfolioSummary } from './portfolio-overview';
import type { PortfolioResponse, PortfolioTiming } from './portfolio-worker-protocol';

export interface PortfolioOverview {
  /** 'empty': nothing stored yet (first run). */
  status: 'loading' | 'empty' | 'ready' | 'error';
  summary: PortfolioSummary | null;
  /** Arrives after the summary; null until then. */
  history: PortfolioHistory | null;
  error: Error | null;
}

/**
 * How long the worker keeps watching after the last caller let go: StrictMode's second effect
 * and a quick look at another screen then do not read everything again.
 */
const RELEASE_AFTER_MS = 1000;

let worker: Worker | null = null;
let overview: PortfolioOverview = { status: 'loading', summary: null, history: null, error: null };
/** The version of the data the summary shown belongs to: older answers are ignored. */
let shownVersion = -1;
let watchers = 0;
let releaseTimer: ReturnType<typeof setTimeout> | null = null;
/** The start-up's watch (primePortfolio), handed over to the dashboard's own watch. */
let primed: (() => void) | null = null;
const listeners = new Set<() => void>();

function publish(next: PortfolioOverview): void {
  overview = next;
  listeners.forEach((listener) => listener());
}

/** Records the worker's timings of a cold load as performance marks, for the bench and DevTools. */
function markTiming(timing: PortfolioTiming): void {
  const mark = (name: string, epoch: number) =>
    performance.mark(`ph:${name}`, { startTime: epoch - performance.timeOrigin });
  mark('worker-ready', timing.workerReady);
  mark('read-start', timing.readStart);
  mark('read-end', timing.readEnd);
  mark('summary-computed', timing.summaryComputed);
}

function receive(response: PortfolioResponse): void {
  if (response.version < shownVersion) return;
  shownVersion = response.version;
  if (response.kind === 'summary') {
    if (response.timing) markTiming(response.timing);
    performance.mark('ph:summary-received');
    // The previous history stays until the new one arrives: sparklines do not blink.
    publish({ status: 'ready', summary: response.summary, history: overview.history, error: null });
  } else if (response.kind === 'history') {
    if (overview.summary === null) return;
    publish({ ...overview, history: response.history });
  } else if (response.kind === 'empty') {
    publish({ status: 'empty', summary: null, history: null, error: null });
  } else {
    publish({ ...overview, status: 'error', error: new Error(response.message) });
  }
}

function portfolioWorker(): Worker {
  if (worker === null) {
    worker = new Worker(new URL('./portfolio-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<PortfolioResponse>) =>
      receive(event.data),
    );
    worker.addEventListener('error', (event) =>
      publish({
        ...overview,
        status: 'error',
        error: new Error(
          `The portfolio could not be evaluated (${event.message || 'the worker stopped'}). Reload the app to try again.`,
        ),
      }),
    );
  }
  return worker;
}

/** Starts the worker's script loading now, before anything asks for figures. */
export function startPortfolioWorker(): void {
  portfolioWorker();
}

/**
 * Has the worker read and evaluate the portfolio now, while React renders the first screen;
 * the dashboard's own watch takes over from this one when it mounts.
 */
export function primePortfolio(): void {
  if (watchers === 0) primed = watchPortfolio();
}

/**
 * Has the worker watch the database (reading it at once) until the returned function is called
 * and RELEASE_AFTER_MS pass with no other caller.
 */
export function watchPortfolio(): () => void {
  watchers += 1;
  if (releaseTimer !== null) {
    clearTimeout(releaseTimer);
    releaseTimer = null;
  } else if (watchers === 1) {
    // Figures kept from an earlier visit are shown meanwhile; a first-run or failed state is not.
    if (overview.status === 'empty' || overview.status === 'error') {
      publish({ status: 'loading', summary: null, history: null, error: null });
    }
    portfolioWorker().postMessage({ kind: 'watch' });
  }
  const handOver = primed;
  primed = null;
  handOver?.();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    watchers -= 1;
    if (watchers > 0) return;
    releaseTimer = setTimeout(() => {
      releaseTimer = null;
      worker?.postMessage({ kind: 'unwatch' });
    }, RELEASE_AFTER_MS);
  };
}

export function subscribeToPortfolio(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentPortfolio(): PortfolioOverview {
  return overview;
}
