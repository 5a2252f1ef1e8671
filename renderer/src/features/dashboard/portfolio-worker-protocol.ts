// The messages between the dashboard and its Web Worker: one request per version of the data,
// answered first with the summary (scores) and then with the history (sparklines, band counts).
import type { Dataset, IsoDate } from '../../../../core/domain/types';
import type { PortfolioHistory, PortfolioSummary } from './portfolio-overview';

export interface PortfolioRequest {
  requestId: number;
  dataset: Dataset;
  asOf: IsoDate;
}

export type PortfolioResponse =
  | { requestId: number; kind: 'summary'; summary: PortfolioSummary }
  | { requestId: number; kind: 'history'; history: PortfolioHistory }
  | { requestId: number; kind: 'error'; message: string };
