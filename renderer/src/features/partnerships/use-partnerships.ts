// Live partnerships for screens: the whole list, and one by id.
import { getPartnership, listPartnerships } from '../../db/partnership-repository';
import { useLiveData } from '../../db/use-live-data';

export function usePartnerships() {
  return useLiveData(listPartnerships, []);
}

export function usePartnership(id: string | undefined) {
  return useLiveData(async () => (id === undefined ? undefined : getPartnership(id)), [id]);
}
