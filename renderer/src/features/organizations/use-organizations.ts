// Live list of organizations for screens (re-renders when any organization changes).
import { listOrganizations } from '../../db/organization-repository';
import { useLiveData } from '../../db/use-live-data';

export function useOrganizations() {
  return useLiveData(listOrganizations, []);
}
