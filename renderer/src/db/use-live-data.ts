// React hook over Dexie's liveQuery: runs a read against IndexedDB and re-renders whenever the
// tables it read change (in this tab or another).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type LiveData<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: Error };

/**
 * Subscribes to `query` (a read through the repositories) and returns its latest result.
 * `deps` are the values the query closes over, as for useEffect.
 */
export function useLiveData<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveData<T> {
  const [state, setState] = useState<LiveData<T>>({
    status: 'loading',
    data: undefined,
    error: undefined,
  });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (data) => setState({ status: 'ready', data, error: undefined }),
      error: (error: unknown) =>
        setState({
          status: 'error',
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps stand for everything the query closes over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
