// The Edit and Delete icon buttons at the end of a list's row. Their accessible names are the
// contract's "Edit" and "Delete"; the row they act on is their accessible description, so a
// screen reader says "Delete, button, Acme" without the name changing from row to row.
import { ActionIcon, Group, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';

export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  /** What the row shows, given to the buttons as their accessible description. */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const rowId = useId();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {/* Hidden from view and from reading order; aria-describedby still reads hidden text. */}
      <span id={rowId} hidden>
        {name}
      </span>
      <Tooltip label="Edit">
        <ActionIcon variant="subtle" aria-label="Edit" aria-describedby={rowId} onClick={onEdit}>
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Delete">
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label="Delete"
          aria-describedby={rowId}
          onClick={onDelete}
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** The header cell above the row actions: empty to the eye, "Actions" to a screen reader. */
export function RowActionsHeader() {
  return (
    <Table.Th>
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  );
}
