// Shown instead of the app when the database does not open: what happened, and the ways out —
// try again, save what can be read, restore a backup. Nothing here deletes the database.
import {
  Alert,
  Button,
  Code,
  Container,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDatabaseExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { openAppDatabase, type OpenFailure } from '../../db/open-database';
import { platform } from '../../platform/platform';
import { RestoreDialog } from '../backup/RestoreDialog';
import { chooseBackupToRestore, useRestoreState } from '../backup/restore-flow';
import { savedWhere } from '../backup/saved-files';
import { saveWhatCanBeRead, type SalvageOutcome } from './salvage-backup';

type Busy = 'saving' | 'reopening' | null;

export function RecoveryScreen({ failure }: { failure: OpenFailure }) {
  const [busy, setBusy] = useState<Busy>(null);
  const [salvage, setSalvage] = useState<SalvageOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const restore = useRestoreState();
  // Closing the restore dialog resets its state; the screen keeps showing that it worked.
  const [restored, setRestored] = useState(false);
  if (restore.step === 'restored' && !restored) setRestored(true);

  async function save() {
    setBusy('saving');
    setProblem(null);
    try {
      setSalvage(await saveWhatCanBeRead(platform));
    } catch (error) {
      setProblem(`The file was not saved: ${errorMessage(error)} Nothing was changed; try again.`);
    } finally {
      setBusy(null);
    }
  }

  // A backup can only be restored into a database that opens: try once more, and never delete.
  async function restoreFromBackup() {
    setBusy('reopening');
    setProblem(null);
    const outcome = await openAppDatabase();
    setBusy(null);
    if (outcome.ok) {
      await chooseBackupToRestore(platform);
      return;
    }
    setProblem(
      `The database still does not open (${outcome.failure.title.toLowerCase()}), so a backup cannot be restored into it, and Partnership Health never deletes it to make room. Save what can be read first. To start over from a backup, remove the damaged database yourself (in a browser: clear this site's data; on the desktop: see "Data safety" in the documentation), start the app again and restore the backup.`,
    );
  }

  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Group gap="sm">
          <IconDatabaseExclamation size={32} aria-hidden />
          <Title order={1}>{failure.title}</Title>
        </Group>
        <Text>{failure.explanation}</Text>
        <Group>
          <Button onClick={() => window.location.reload()} disabled={busy !== null}>
            Try again
          </Button>
          <Button variant="default" onClick={save} loading={busy === 'saving'}>
            Save what can be read
          </Button>
          <Button
            variant="default"
            onClick={restoreFromBackup}
            loading={busy === 'reopening'}
            disabled={busy === 'saving'}
          >
            Restore from backup
          </Button>
        </Group>
        {problem && (
          <Alert color="red" title="Not done" role="alert">
            {problem}
          </Alert>
        )}
        {salvage && <SalvageReport outcome={salvage} />}
        {restored && (
          <Alert color="teal" title="Backup restored" role="status">
            <Stack gap="xs">
              <Text>The backup is in place. Open the app to carry on.</Text>
              <Group>
                <Button onClick={() => window.location.reload()}>Open Partnership Health</Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Paper withBorder p="sm">
          <Text size="sm" fw={600}>
            Details for support
          </Text>
          {/* Wrapped, not scrolled: a scrolling box would need its own keyboard focus. */}
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {failure.technical}
          </Code>
        </Paper>
      </Stack>
      <RestoreDialog />
    </Container>
  );
}

function SalvageReport({ outcome }: { outcome: SalvageOutcome }) {
  if (outcome.step === 'nothing') {
    return (
      <Alert color="yellow" title="Nothing to save" role="status">
        {outcome.reason}
      </Alert>
    );
  }
  const read = outcome.lines.filter((line) => line.inBackup);
  const failed = read.filter((line) => line.error !== null);
  return (
    <Alert
      color={outcome.step === 'saved' ? 'teal' : 'gray'}
      title={outcome.step === 'saved' ? 'What could be read is saved' : 'Not saved (cancelled)'}
      role="status"
    >
      <Stack gap="xs">
        {outcome.step === 'saved' && (
          <Text>
            {`${savedWhere(outcome.path)} Keep it safe: it can be restored like any backup.`}
          </Text>
        )}
        <List size="sm">
          {read.map((line) => (
            <List.Item key={line.store}>
              {line.store}: {line.records} {line.records === 1 ? 'record' : 'records'}
              {line.leftOut > 0
                ? `, ${line.leftOut} of them left out (they break the data model's rules, or depend on a record that does)`
                : ''}
              {line.error ? ` (stopped: ${line.error})` : ''}
            </List.Item>
          ))}
        </List>
        {failed.length > 0 && (
          <Text size="sm">
            Some records could not be read; the file holds every record that could.
          </Text>
        )}
        {read.some((line) => line.leftOut > 0) && (
          <Text size="sm">
            The file keeps the records that break the rules as they are; restoring it offers to
            restore the valid records and saves the others to a file first.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
