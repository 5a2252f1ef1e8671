// Settings → Automatic backups: where the desktop app keeps them, the last one, and each kept
// backup with its check result and a Restore button (through the restore preview, with undo).
// In the browser it explains that automatic backups belong to the desktop app.
import {
  Alert,
  Button,
  Code,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import type { AutomaticBackupInfo } from '../../../../core/bridge/desktop-api';
import { errorMessage } from '../../app/error-message';
import { platform } from '../../platform/platform';
import { requestRestore } from '../backup/restore-flow';
import { useAutomaticBackupStatus } from './automatic-backups';
import { backupRows, lastBackupLine, restoreSourceLabel } from './backup-list-format';
import { useAutomaticBackupList } from './use-automatic-backup-list';

async function restoreAutomaticBackup(backup: AutomaticBackupInfo): Promise<void> {
  try {
    const text = await platform.readAutomaticBackup(backup.name);
    await requestRestore(text, restoreSourceLabel(backup));
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Backup not opened',
      message: errorMessage(error),
    });
  }
}

async function revealFolder(): Promise<void> {
  try {
    await platform.revealAutomaticBackups();
  } catch (error) {
    notifications.show({ color: 'red', title: 'Folder not shown', message: errorMessage(error) });
  }
}

export function AutomaticBackupsPanel() {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="automatic-backups-title">
      <Title order={2} fz="h4" mb="xs" id="automatic-backups-title">
        Automatic backups
      </Title>
      {platform.isDesktop ? <DesktopBackups /> : <BrowserExplanation />}
    </Paper>
  );
}

function BrowserExplanation() {
  return (
    <Text size="sm">
      Automatic backups are a feature of the desktop app: it saves a copy of your data when it
      opens, every 15 minutes while you work, and before every restore or import. In the browser,
      use &ldquo;Back up data&rdquo; under Data to save a backup file regularly.
    </Text>
  );
}

function DesktopBackups() {
  const { state, reload } = useAutomaticBackupList();
  const { lastError, lastNotice } = useAutomaticBackupStatus();
  if (state.status === 'loading' || state.status === 'browser') {
    return <Loader size="sm" aria-label="Loading automatic backups" />;
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        The app saves a copy of your data when it opens, every 15 minutes while you work, and before
        every restore or import. It keeps the last five of today, one a day for a week and one a
        week for two months; a copy taken before a restore or import is kept for 30 days.
      </Text>
      {lastNotice !== null && (
        <Alert color="blue" title="No new automatic backup">
          {lastNotice}
        </Alert>
      )}
      {lastError !== null && (
        <Alert color="red" title="The latest automatic backup failed">
          {lastError}
        </Alert>
      )}
      {state.status === 'error' ? (
        <Alert color="red" title="The automatic backups could not be listed">
          {state.message}{' '}
          <Button variant="subtle" size="compact-sm" onClick={reload}>
            Try again
          </Button>
        </Alert>
      ) : (
        <>
          <Group gap="sm" justify="space-between">
            <Text size="sm">
              {lastBackupLine(state.list.backups)} Folder: <Code>{state.list.folder}</Code>
            </Text>
            <Button variant="default" size="xs" onClick={() => void revealFolder()}>
              Show folder
            </Button>
          </Group>
          <BackupTable backups={state.list.backups} />
        </>
      )}
    </Stack>
  );
}

function BackupTable({ backups }: { backups: AutomaticBackupInfo[] }) {
  const tableId = useId();
  if (backups.length === 0) return null;
  const rows = backupRows(backups);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Caption>Automatic backups, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Saved</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Records</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">Check</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup, index) => {
            const row = rows[index];
            if (row === undefined) return null;
            return (
              <Table.Tr key={row.name}>
                <Table.Td id={`${tableId}-${index}`}>{row.when}</Table.Td>
                <Table.Td>{row.reason}</Table.Td>
                <Table.Td>{row.records}</Table.Td>
                <Table.Td>{row.size}</Table.Td>
                <Table.Td>{row.check}</Table.Td>
                <Table.Td>
                  {row.restorable && (
                    <Button
                      variant="default"
                      size="xs"
                      // Named "Restore" (issue 6); the row's time says which backup.
                      aria-describedby={`${tableId}-${index}`}
                      onClick={() => void restoreAutomaticBackup(backup)}
                    >
                      Restore
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
