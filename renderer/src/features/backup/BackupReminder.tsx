// A small banner in the browser build when no backup was saved yet, or the last one is more
// than a week old while data is stored. The desktop app keeps automatic backups instead.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { platform } from '../../platform/platform';
import { backUpData } from './backup-actions';
import { backupReminder, reminderText } from './backup-reminder';
import { useBackupStatus } from './use-backup-status';

export function BackupReminder() {
  const status = useBackupStatus();
  const [saving, setSaving] = useState(false);
  // Read once per render: the reminder only needs day precision.
  const [now] = useState(() => new Date());
  if (status.status !== 'ready') return null;
  const reminder = backupReminder({ ...status.data, isDesktop: platform.isDesktop, now });
  if (reminder === null) return null;
  return (
    <Alert color="yellow" variant="light" mb="md" py="xs" aria-label="Backup reminder">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{reminderText(reminder)}</Text>
        <Button
          size="compact-sm"
          variant="default"
          loading={saving}
          onClick={async () => {
            setSaving(true);
            await backUpData(platform);
            setSaving(false);
          }}
        >
          Back up now
        </Button>
      </Group>
    </Alert>
  );
}
