// The records left out of the app, kept up to date: re-read when the data changes through the
// app (Dexie's live query, any tab), and when the window comes back into view, since a change
// made outside the app (another program, a damaged file) shows no other sign.
import { useEffect, useState } from 'react';
import type { QuarantinedRecord } from '../../../../core/data/quarantine';
import { readQuarantine } from '../../db/quarantine-repository';
import { useLiveData, type LiveData } from '../../db/use-live-data';

export function useUnreadableRecords(): LiveData<QuarantinedRecord[]> {
  const [rereads, setRereads] = useState(0);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setRereads((n) => n + 1);
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return useLiveData(readQuarantine, [rereads]);
}
