// Settings → Data: "Records that could not be read", shown only when there are some: which
// records the app leaves out and why, with "Export them" and "Delete" (with Undo).
import { Alert, Button, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { platform } from '../../platform/platform';
import { COLLECTION_LABELS } from './backup-summary';
import { deleteUnreadable, exportUnreadable, unreadableRows } from './unreadable-records';
import { useUnreadableRecords } from './use-unreadable-records';

/** Rows shown; a longer list shows these and counts the rest (the export has them all). */
const SHOWN_ROWS = 100;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function UnreadableRecords() {
  const state = useUnreadableRecords();
  const [busy, setBusy] = useState<'export' | 'delete' | null>(null);
  if (state.status !== 'ready' || state.data.length === 0) return null;
  const quarantined = state.data;
  const rows = unreadableRows(quarantined);
  const heldBack = quarantined.length - rows.length;

  return (
    <Stack gap="sm" component="section" aria-labelledby="unreadable-records-title">
      <Title order={3} fz="h5" id="unreadable-records-title">
        Records that could not be read
      </Title>
      <Alert color="orange" variant="light" p="sm">
        <Text size="sm">
          {rows.length === 1
            ? '1 record breaks the rules of the data model'
            : `${rows.length} records break the rules of the data model`}{' '}
          (written by an older or newer version, or damaged), so the app leaves{' '}
          {rows.length === 1 ? 'it' : 'them'} out of every screen and report.
          {heldBack > 0 &&
            ` ${plural(heldBack, 'other record is', 'other records are')} held back with ${rows.length === 1 ? 'it' : 'them'} because ${heldBack === 1 ? 'it depends' : 'they depend'} on ${rows.length === 1 ? 'it' : 'them'}.`}{' '}
          Nothing is changed on disk and backups keep them as they are. Export them to keep a copy,
          or delete them.
        </Text>
      </Alert>
      <ScrollArea.Autosize
        mah={360}
        viewportProps={{ tabIndex: 0, 'aria-label': 'Records that could not be read (scrollable)' }}
      >
        <Table withTableBorder striped fz="sm" aria-label="Records that could not be read">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Collection</Table.Th>
              <Table.Th scope="col">Id</Table.Th>
              <Table.Th scope="col">Rule broken</Table.Th>
              <Table.Th scope="col" ta="right">
                Held back with it
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN_ROWS).map(({ entry, heldBack: count }) => (
              <Table.Tr key={`${entry.collection}/${entry.id}`}>
                <Table.Td>
                  {entry.collection === 'settings'
                    ? 'Settings'
                    : COLLECTION_LABELS[entry.collection]}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.id}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {entry.rule}
                  {entry.collection === 'settings' && ' (the default settings are used instead)'}
                </Table.Td>
                <Table.Td ta="right">
                  {count === 0 ? 'none' : plural(count, 'record', 'records')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rows.length > SHOWN_ROWS && (
        <Text size="sm" c="dimmed">
          …and {rows.length - SHOWN_ROWS} more; the exported file lists them all.
        </Text>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          loading={busy === 'export'}
          onClick={async () => {
            setBusy('export');
            await exportUnreadable(platform, quarantined);
            setBusy(null);
          }}
        >
          Export them
        </Button>
        <Button
          variant="default"
          color="red"
          loading={busy === 'delete'}
          onClick={async () => {
            setBusy('delete');
            await deleteUnreadable(rows);
            setBusy(null);
          }}
        >
          Delete
        </Button>
      </Group>
    </Stack>
  );
}
