// Settings → Data: "Records that could not be read", shown only when there are some: which
// records the app leaves out and why, with "Export them" and "Delete" (with Undo).
import { Button, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { platform } from '../../platform/platform';
import { COLLECTION_LABELS } from './backup-summary';
import {
  deleteUnreadable,
  exportUnreadable,
  unreadableRows,
  unreadableSummary,
} from './unreadable-records';
import { useUnreadableRecords } from './use-unreadable-records';

/** Rows shown; a longer list shows these and counts the rest (the export has them all). */
const SHOWN_ROWS = 100;

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
      <Text size="sm">{unreadableSummary(rows.length, heldBack)}</Text>
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
              <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                Held back with it
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN_ROWS).map(({ entry, heldBack: { length: count } }) => (
              <Table.Tr key={`${entry.collection}/${entry.id}`}>
                <Table.Td>
                  {entry.collection === 'settings'
                    ? 'Settings'
                    : COLLECTION_LABELS[entry.collection]}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.id}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {entry.rule}
                  {entry.collection === 'settings' && ' (the default settings are used instead)'}
                </Table.Td>
                <Table.Td ta="right">
                  {count === 0 ? 'none' : count === 1 ? '1 record' : `${count} records`}
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
