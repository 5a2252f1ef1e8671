// The records left out of the app, kept up to date: re-read when the data changes through the
// app (Dexie's live query, any tab), and when a change made outside it shows: the window comes
// back into focus, or the number of stored rows changes (checked every few seconds, cheaply).
import { useEffect, useState } from 'react';
import type { QuarantinedRecord } from '../../../../core/data/quarantine';
import { countStoredRows, readQuarantine } from '../../db/quarantine-repository';
import { useLiveData, type LiveData } from '../../db/use-live-data';

/** How often the row count is compared while the list is on screen. */
const ROW_COUNT_CHECK_MS = 3_000;

export function useUnreadableRecords(): LiveData<QuarantinedRecord[]> {
  const [rereads, setRereads] = useState(0);
  useEffect(() => {
    const reread = () => setRereads((n) => n + 1);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reread();
    };
    let lastCount: number | null = null;
    const compareCount = async () => {
      const count = await countStoredRows().catch(() => lastCount);
      if (lastCount !== null && count !== lastCount) reread();
      lastCount = count;
    };
    void compareCount();
    const timer = setInterval(() => void compareCount(), ROW_COUNT_CHECK_MS);
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return useLiveData(readQuarantine, [rereads]);
}
