// Settings → Data: back up, restore (with undo), the records that could not be read, and CSV
// import/export, each through the platform (desktop dialogs, or browser downloads and file pickers).
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CsvExportDialog } from '../data-transfer/CsvExportDialog';
import { CsvImportWizard } from '../data-transfer/CsvImportWizard';
import { platform } from '../../platform/platform';
import { backUpData } from './backup-actions';
import { formatTimestamp } from './format-time';
import { UnreadableRecords } from './UnreadableRecords';
import { chooseBackupToRestore, undoLastRestore } from './restore-flow';
import { useBackupStatus } from './use-backup-status';

export function DataSection() {
  const status = useBackupStatus();
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'import' | 'export' | null>(null);
  const data = status.status === 'ready' ? status.data : null;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="data-section-title">
      <Title order={2} fz="h4" mb="xs" id="data-section-title">
        Data
      </Title>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {data?.lastBackupAt
            ? `Last backup saved here: ${formatTimestamp(data.lastBackupAt)}.`
            : 'No backup saved from this app yet.'}{' '}
          A backup file holds every record and the settings; keep copies outside this computer.
        </Text>
        <Group gap="sm">
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              await backUpData(platform);
              setBusy(false);
            }}
          >
            Back up data
          </Button>
          <Button variant="default" onClick={() => void chooseBackupToRestore(platform)}>
            Restore from backup
          </Button>
          {data?.undo && (
            <Button variant="default" color="orange" onClick={() => void undoLastRestore()}>
              Undo restore
            </Button>
          )}
        </Group>
        {data?.undo && (
          <Text size="sm" c="dimmed">
            The data from before the restore of {data.undo.source} (
            {formatTimestamp(data.undo.restoredAt)}) is kept until the next restore.
          </Text>
        )}
        <UnreadableRecords />
        <Text size="sm" c="dimmed">
          Spreadsheets: import pulses, check-ins or goal updates from a CSV file, or export records
          and health series as CSV.
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => setDialog('import')}>
            Import CSV
          </Button>
          <Button variant="default" onClick={() => setDialog('export')}>
            Export CSV
          </Button>
        </Group>
      </Stack>
      <CsvImportWizard opened={dialog === 'import'} onClose={() => setDialog(null)} />
      <CsvExportDialog opened={dialog === 'export'} onClose={() => setDialog(null)} />
    </Paper>
  );
}
