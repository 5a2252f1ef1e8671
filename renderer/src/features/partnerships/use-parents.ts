// Live organizations and partnerships from one read, for screens that show both (the lists of
// both and the partnership form), so the same check does not run twice per change.
import { useMemo } from 'react';
import type { Organization, Partnership } from '../../../../core/domain/types';
import { listParents } from '../../db/parents-query';
import { useLiveData, type LiveData } from '../../db/use-live-data';

/** Each list as its own LiveData, both from the same read. */
export function useParents(): {
  organizations: LiveData<Organization[]>;
  partnerships: LiveData<Partnership[]>;
} {
  const parents = useLiveData(listParents, []);
  return useMemo(() => {
    if (parents.status !== 'ready') return { organizations: parents, partnerships: parents };
    const ready = (data: unknown) => ({ status: 'ready', data, error: undefined }) as const;
    return {
      organizations: ready(parents.data.organizations) as LiveData<Organization[]>,
      partnerships: ready(parents.data.partnerships) as LiveData<Partnership[]>,
    };
  }, [parents]);
}
