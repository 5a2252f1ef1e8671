// Edit and delete buttons for one record in a list: edit opens its entry dialog, delete removes
// it with an Undo notification.
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { deleteRecordWithUndo } from '../entry/delete-record';
import { ENTRY_KINDS } from '../entry/entry-kinds';
import { useEntryStore, type EntryKind } from '../../store/entry-store';

export function RecordActions(props: {
  /** The record's entry kind, which also names the collection it is deleted from. */
  kind: EntryKind;
  partnershipId: string;
  recordId: string;
  /** Names the record in the buttons' accessible names and the undo message. */
  label: string;
  goalId?: string;
}) {
  const { kind, partnershipId, recordId, label, goalId } = props;
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label="Edit" withArrow>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Edit ${label}`}
          onClick={() => useEntryStore.getState().open({ kind, partnershipId, recordId, goalId })}
        >
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Delete" withArrow>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Delete ${label}`}
          onClick={() => void deleteRecordWithUndo(ENTRY_KINDS[kind].collection, recordId, label)}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
