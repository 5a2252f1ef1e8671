// Web Worker that evaluates the whole portfolio off the main thread, so the dashboard stays
// responsive with hundreds of partnerships: scores first, then the slower history.
import { portfolioHistory, preparePortfolio, summarizePortfolio } from './portfolio-overview';
import type { PortfolioRequest, PortfolioResponse } from './portfolio-worker-protocol';

/** The parts of the worker's global scope used here (the web tsconfig has DOM types only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PortfolioRequest>) => void) | null;
  postMessage(message: PortfolioResponse): void;
}

const scope = self as unknown as WorkerScope;
let latestRequest = 0;

/** Lets queued messages in, so a newer request can supersede this one. */
const yieldToQueue = () => new Promise((resolve) => setTimeout(resolve, 0));

scope.onmessage = async (event) => {
  const { requestId, dataset, asOf } = event.data;
  latestRequest = requestId;
  try {
    const prepared = preparePortfolio(dataset);
    const summary = summarizePortfolio(prepared, asOf, dataset.settings);
    scope.postMessage({ requestId, kind: 'summary', summary });
    await yieldToQueue();
    if (requestId !== latestRequest) return;
    const history = portfolioHistory(prepared, asOf, dataset.settings);
    scope.postMessage({ requestId, kind: 'history', history });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ requestId, kind: 'error', message });
  }
};
