// The dashboard's live figures: while it is shown, the portfolio worker watches the database and
// sends the scores, then the history, after every change (see portfolio-feed.ts).
import { useEffect, useSyncExternalStore } from 'react';
import {
  currentPortfolio,
  subscribeToPortfolio,
  watchPortfolio,
  type PortfolioOverview,
} from './portfolio-feed';

export type { PortfolioOverview } from './portfolio-feed';

/** Everything the dashboard shows, recomputed on every change of records or settings. */
export function usePortfolioOverview(): PortfolioOverview {
  useEffect(() => watchPortfolio(), []);
  return useSyncExternalStore(subscribeToPortfolio, currentPortfolio);
}
