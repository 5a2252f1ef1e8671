// React hook: the automatic backups listed by the desktop shell, loaded again after each new
// automatic backup and on request. In the browser it reports that there are none to list.
import { useCallback, useEffect, useState } from 'react';
import type { AutomaticBackupList } from '../../../../core/bridge/desktop-api';
import { errorMessage } from '../../app/error-message';
import { platform } from '../../platform/platform';
import { useAutomaticBackupStatus } from './automatic-backups';

export type BackupListState =
  | { status: 'browser' }
  | { status: 'loading' }
  | { status: 'ready'; list: AutomaticBackupList }
  | { status: 'error'; message: string };

export function useAutomaticBackupList(): { state: BackupListState; reload: () => void } {
  const lastWritten = useAutomaticBackupStatus().last?.name;
  const [state, setState] = useState<BackupListState>(
    platform.isDesktop ? { status: 'loading' } : { status: 'browser' },
  );
  const [request, setRequest] = useState(0);
  const reload = useCallback(() => setRequest((n) => n + 1), []);

  useEffect(() => {
    if (!platform.isDesktop) return;
    let current = true;
    platform.listAutomaticBackups().then(
      (list) => current && setState({ status: 'ready', list }),
      (error: unknown) => current && setState({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [lastWritten, request]);

  return { state, reload };
}
