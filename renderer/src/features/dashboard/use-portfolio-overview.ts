// The dashboard's live figures: every stored record and the settings, read through liveQuery,
// are sent to the portfolio worker whenever they change; its answers come back in two steps.
import { useEffect, useState } from 'react';
import { localIsoDate } from '../../../../core/domain/dates';
import type { Dataset } from '../../../../core/domain/types';
import { readAllData } from '../../db/dataset-repository';
import { useLiveData } from '../../db/use-live-data';
import type { PortfolioHistory, PortfolioSummary } from './portfolio-overview';
import type { PortfolioRequest, PortfolioResponse } from './portfolio-worker-protocol';

export interface PortfolioOverview {
  /** 'empty': nothing stored yet (first run). */
  status: 'loading' | 'empty' | 'ready' | 'error';
  summary: PortfolioSummary | null;
  /** Arrives after the summary; null until then. */
  history: PortfolioHistory | null;
  error: Error | null;
}

/** One worker for the app's life: starting it again on every visit would cost each time. */
let worker: Worker | null = null;
let nextRequestId = 1;
/** The last figures computed, shown at once when the dashboard is opened again. */
let lastFigures: { summary: PortfolioSummary; history: PortfolioHistory | null } | null = null;

function portfolioWorker(): Worker {
  worker ??= new Worker(new URL('./portfolio-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function isEmpty(dataset: Dataset): boolean {
  return dataset.partnerships.length === 0 && dataset.organizations.length === 0;
}

/** Evaluates `dataset` in the worker and keeps its latest answers (summary, then history). */
function useWorkerFigures(dataset: Dataset | undefined) {
  const [figures, setFigures] = useState(lastFigures);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (dataset === undefined || isEmpty(dataset)) return;
    const target = portfolioWorker();
    const requestId = nextRequestId++;
    const onMessage = (event: MessageEvent<PortfolioResponse>) => {
      const response = event.data;
      if (response.requestId !== requestId) return;
      if (response.kind === 'summary') {
        lastFigures = { summary: response.summary, history: lastFigures?.history ?? null };
      } else if (response.kind === 'history') {
        lastFigures = { summary: lastFigures!.summary, history: response.history };
      } else {
        setError(new Error(`The portfolio could not be evaluated: ${response.message}`));
        return;
      }
      setError(null);
      setFigures(lastFigures);
    };
    const onError = (event: ErrorEvent) =>
      setError(
        new Error(
          `The portfolio could not be evaluated (${event.message || 'the worker stopped'}). Reload the app to try again.`,
        ),
      );
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    const request: PortfolioRequest = { requestId, dataset, asOf: localIsoDate(new Date()) };
    target.postMessage(request);
    return () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
  }, [dataset]);
  return { figures, error };
}

/** Everything the dashboard shows, recomputed on every change of records or settings. */
export function usePortfolioOverview(): PortfolioOverview {
  const data = useLiveData(readAllData, []);
  const { figures, error } = useWorkerFigures(data.data);
  if (data.status === 'error' || error) {
    return { status: 'error', summary: null, history: null, error: data.error ?? error };
  }
  if (data.status === 'ready' && isEmpty(data.data)) {
    return { status: 'empty', summary: null, history: null, error: null };
  }
  if (figures === null) return { status: 'loading', summary: null, history: null, error: null };
  return { status: 'ready', summary: figures.summary, history: figures.history, error: null };
}
