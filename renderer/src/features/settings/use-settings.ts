// Live settings for screens (defaults until the user saves their own).
import { readSettings } from '../../db/settings-repository';
import { useLiveData } from '../../db/use-live-data';

export function useSettings() {
  return useLiveData(readSettings, []);
}
