// The records left out of the app, kept up to date: re-read when the data changes through the
// app (any tab), and when the window comes back into focus (a change made outside Dexie).
import { useEffect, useState } from 'react';
import type { QuarantinedRecord } from '../../../../core/data/quarantine';
import { readQuarantine } from '../../db/quarantine-repository';
import { useLiveData, type LiveData } from '../../db/use-live-data';

export function useUnreadableRecords(): LiveData<QuarantinedRecord[]> {
  const [visits, setVisits] = useState(0);
  useEffect(() => {
    const reread = () => {
      if (document.visibilityState === 'visible') setVisits((n) => n + 1);
    };
    window.addEventListener('focus', reread);
    document.addEventListener('visibilitychange', reread);
    return () => {
      window.removeEventListener('focus', reread);
      document.removeEventListener('visibilitychange', reread);
    };
  }, []);
  return useLiveData(readQuarantine, [visits]);
}
