// The one dialog of the restore flow (mounted once in the app shell): progress while a backup is
// checked, its problems when refused, the preview before anything changes, then Undo.
import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Modal,
  Progress,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { COLLECTIONS } from '../../../../core/domain/types';
import { COLLECTION_LABELS, type BackupSummary } from './backup-summary';
import { formatBytes, formatTimestamp } from './format-time';
import { PartialRestoreOffer, RestoreValidButton } from './PartialRestoreOffer';
import {
  closeRestore,
  confirmRestore,
  undoLastRestore,
  useRestoreState,
  type RestoreState,
} from './restore-flow';

/** Partnerships named in the preview; a larger backup lists these and counts the rest. */
const LISTED_PARTNERSHIPS = 200;

const TITLES: Record<RestoreState['step'], string> = {
  idle: 'Restore from backup',
  checking: 'Checking the backup',
  invalid: 'This backup cannot be restored',
  preview: 'Restore this backup?',
  restoring: 'Restoring',
  restored: 'Backup restored',
  undoing: 'Undoing the restore',
  undone: 'Restore undone',
  failed: 'Restore failed',
};

export function RestoreDialog() {
  const state = useRestoreState();
  return (
    <Modal
      opened={state.step !== 'idle'}
      onClose={closeRestore}
      title={TITLES[state.step]}
      size="lg"
      closeOnClickOutside={state.step !== 'restoring' && state.step !== 'undoing'}
      withCloseButton={state.step !== 'restoring' && state.step !== 'undoing'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <RestoreContent state={state} />
    </Modal>
  );
}

function RestoreContent({ state }: { state: RestoreState }) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
      return (
        <Stack gap="sm">
          <Text size="sm">
            {state.stage === 'parsing'
              ? `Reading ${state.source} (${formatBytes(state.bytes)})…`
              : `Checking ${state.records ?? 'the'} records of ${state.source}…`}
          </Text>
          <Progress
            value={state.stage === 'parsing' ? 35 : 75}
            animated
            aria-label="Checking progress"
          />
          <Text size="sm" c="dimmed">
            Nothing changes until you confirm.
          </Text>
        </Stack>
      );
    case 'invalid':
      return (
        <Stack gap="sm">
          <Alert color="red" title="Nothing was changed">
            {state.source} has {state.total === 1 ? 'a problem' : `${state.total} problems`}.{' '}
            {state.partial
              ? 'Fix the file, choose another backup, or restore only its valid records.'
              : 'Fix the file or choose another backup.'}
          </Alert>
          <ScrollArea.Autosize
            mah={320}
            viewportProps={{ tabIndex: 0, 'aria-label': 'Problems in the backup (scrollable)' }}
          >
            <List size="sm" spacing={4} aria-label="Problems in the backup">
              {state.problems.map((problem, i) => (
                <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
                  {problem}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
          {state.total > state.problems.length && (
            <Text size="sm">…and {state.total - state.problems.length} more problems.</Text>
          )}
          {state.partial && <PartialRestoreOffer state={state} />}
          <Group justify="flex-end">
            {state.partial ? (
              <>
                <Button variant="default" onClick={closeRestore}>
                  Close
                </Button>
                <RestoreValidButton />
              </>
            ) : (
              <Button onClick={closeRestore}>Close</Button>
            )}
          </Group>
        </Stack>
      );
    case 'preview':
      return (
        <Stack gap="md">
          <BackupPreview source={state.source} summary={state.summary} />
          <Alert color="orange" title="Everything stored now will be replaced">
            A copy of your current data is kept: you can undo the restore afterwards, even after
            closing the app.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeRestore}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void confirmRestore()}>
              Replace my data with this backup
            </Button>
          </Group>
        </Stack>
      );
    case 'restoring':
      return (
        <Group gap="sm">
          <Loader size="sm" aria-label="Restoring" />
          <Text size="sm">Replacing your data with the backup…</Text>
        </Group>
      );
    case 'undoing':
      return (
        <Group gap="sm">
          <Loader size="sm" aria-label="Undoing" />
          <Text size="sm">Putting back your data from before the restore…</Text>
        </Group>
      );
    case 'restored':
      return (
        <Stack gap="md">
          <Text size="sm">
            Your data now comes from {state.source} ({state.summary.totalRecords} records,{' '}
            {state.summary.counts.partnerships} partnerships). The data from before is kept until
            the next restore.
          </Text>
          {state.rejected && (
            <Text size="sm">
              {state.rejected.count === 1
                ? 'The record that could not be restored was'
                : `The ${state.rejected.count} records that could not be restored were`}{' '}
              saved first. {state.rejected.savedWhere}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void undoLastRestore()}>
              Undo restore
            </Button>
            <Button onClick={closeRestore}>Done</Button>
          </Group>
        </Stack>
      );
    case 'undone':
      return (
        <Stack gap="md">
          <Text size="sm">Your data from before the restore is back.</Text>
          <Group justify="flex-end">
            <Button onClick={closeRestore}>Done</Button>
          </Group>
        </Stack>
      );
    case 'failed':
      return (
        <Stack gap="md">
          <Alert color="red" title="Nothing was changed">
            {state.message}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={closeRestore}>Close</Button>
          </Group>
        </Stack>
      );
  }
}

/** What the backup holds, shown before anything changes. */
export function BackupPreview({ source, summary }: { source: string; summary: BackupSummary }) {
  const range =
    summary.firstDate === null ? 'no dated records' : `${summary.firstDate} to ${summary.lastDate}`;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={2}>
        <Text size="sm" fw={600}>
          File
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {source}
        </Text>
        <Text size="sm" fw={600}>
          Saved
        </Text>
        <Text size="sm">{formatTimestamp(summary.exportedAt)}</Text>
        <Text size="sm" fw={600}>
          Written by
        </Text>
        <Text size="sm">
          {summary.appName || 'unknown app'} {summary.appVersion}
        </Text>
        <Text size="sm" fw={600}>
          Records dated
        </Text>
        <Text size="sm">{range}</Text>
      </SimpleGrid>
      <Table withTableBorder striped fz="sm" aria-label="Records in the backup">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Collection</Table.Th>
            <Table.Th ta="right">Records</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COLLECTIONS.map((collection) => (
            <Table.Tr key={collection}>
              <Table.Td>{COLLECTION_LABELS[collection]}</Table.Td>
              <Table.Td ta="right">{summary.counts[collection]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600}>
        Partnerships ({summary.partnerships.length})
      </Text>
      <ScrollArea.Autosize
        mah={160}
        viewportProps={{ tabIndex: 0, 'aria-label': 'Partnerships in the backup (scrollable)' }}
      >
        <List size="sm" spacing={2} aria-label="Partnerships in the backup">
          {summary.partnerships.slice(0, LISTED_PARTNERSHIPS).map((p) => (
            <List.Item key={p.id}>
              <bdi>{p.name}</bdi>{' '}
              <Text span c="dimmed" size="sm">
                ({p.status})
              </Text>
            </List.Item>
          ))}
        </List>
        {summary.partnerships.length > LISTED_PARTNERSHIPS && (
          <Text size="sm" c="dimmed" mt={4}>
            …and {summary.partnerships.length - LISTED_PARTNERSHIPS} more.
          </Text>
        )}
      </ScrollArea.Autosize>
    </Stack>
  );
}
