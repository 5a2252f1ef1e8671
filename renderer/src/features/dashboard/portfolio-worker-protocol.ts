// The messages between the dashboard and its Web Worker. The page asks the worker to watch the
// database (while the dashboard is shown) or to stop; the worker reads the records itself and
// answers each version of the data first with the summary (scores), then with the history
// (sparklines, band counts). Times are epoch milliseconds (performance.timeOrigin + now()).
import type { PortfolioHistory, PortfolioSummary } from './portfolio-overview';

export type PortfolioRequest = { kind: 'watch' } | { kind: 'unwatch' };

/** When the worker's first read after a watch began and ended, and its summary was ready. */
export interface PortfolioTiming {
  workerReady: number;
  readStart: number;
  readEnd: number;
  summaryComputed: number;
}

export type PortfolioResponse =
  | { kind: 'empty'; version: number }
  | { kind: 'summary'; version: number; summary: PortfolioSummary; timing?: PortfolioTiming }
  | { kind: 'history'; version: number; history: PortfolioHistory }
  | { kind: 'error'; version: number; message: string };
