// Answers the desktop menu's commands (new partnership, backups, report, about); renders the
// dialogs they open. Without a desktop platform it renders nothing.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { BackupFile } from '../../../core/domain/types';
import { exportBackup, pickBackup, restoreBackup } from '../features/backup/backup-actions';
import { desktopPlatform, type DesktopPlatform, type MenuCommand } from './desktop-bridge';
import { NEW_PARTNERSHIP_PATH } from './navigation';

export function MenuCommands({
  platform = desktopPlatform,
}: {
  platform?: DesktopPlatform | null;
}) {
  const navigate = useNavigate();
  const [about, setAbout] = useState<{ name: string; version: string } | null>(null);
  const [pending, setPending] = useState<BackupFile | null>(null);

  useEffect(() => {
    if (!platform) return undefined;
    const handle = async (command: MenuCommand) => {
      if (command === 'new-partnership') navigate(NEW_PARTNERSHIP_PATH);
      else if (command === 'export-report') navigate('/reports');
      else if (command === 'export-backup') await exportBackup(platform);
      else if (command === 'import-backup') setPending(await pickBackup(platform));
      else if (command === 'about') setAbout(await platform.getAppInfo());
    };
    return platform.onMenuCommand((command) => void handle(command));
  }, [platform, navigate]);

  return (
    <>
      <Modal opened={about !== null} onClose={() => setAbout(null)} title="About">
        <Stack gap="xs">
          <Text fw={600}>{about?.name}</Text>
          <Text size="sm">Version {about?.version}</Text>
          <Text size="sm" c="dimmed">
            Your records stay on this computer. Export a backup regularly to keep a copy elsewhere.
          </Text>
        </Stack>
      </Modal>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title="Restore this backup?"
      >
        <Text size="sm">
          The backup of {pending?.exportedAt} ({pending?.data.partnerships.length} partnerships,{' '}
          {pending?.data.organizations.length} organizations) will replace everything stored now.
          You can undo right after.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setPending(null)}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={() => {
              const backup = pending;
              setPending(null);
              if (backup) void restoreBackup(backup);
            }}
          >
            Replace with backup
          </Button>
        </Group>
      </Modal>
    </>
  );
}
