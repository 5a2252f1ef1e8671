// Answers the desktop menu's commands (new partnership, backups, report, about); renders the
// About dialog. In a browser no menu commands arrive, so it renders nothing visible.
import { Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AppInfo, MenuCommand } from '../../../core/bridge/desktop-api';
import { backUpData } from '../features/backup/backup-actions';
import { chooseBackupToRestore } from '../features/backup/restore-flow';
import { platform as appPlatform, type Platform } from '../platform/platform';
import { NEW_PARTNERSHIP_PATH } from './navigation';

export function MenuCommands({ platform = appPlatform }: { platform?: Platform }) {
  const navigate = useNavigate();
  const [about, setAbout] = useState<AppInfo | null>(null);

  useEffect(() => {
    const handle = async (command: MenuCommand) => {
      if (command === 'new-partnership') navigate(NEW_PARTNERSHIP_PATH);
      else if (command === 'export-report') navigate('/reports');
      else if (command === 'export-backup') await backUpData(platform);
      else if (command === 'import-backup') await chooseBackupToRestore(platform);
      else if (command === 'about') setAbout(await platform.getAppInfo());
    };
    return platform.onMenuCommand((command) => void handle(command));
  }, [platform, navigate]);

  return (
    <Modal opened={about !== null} onClose={() => setAbout(null)} title="About">
      <Stack gap="xs">
        <Text fw={600}>{about?.productName}</Text>
        <Text size="sm">Version {about?.version}</Text>
        <Text size="sm" c="dimmed">
          Your records stay on this computer. Export a backup regularly to keep a copy elsewhere.
        </Text>
      </Stack>
    </Modal>
  );
}
