// The Edit and Delete icon buttons at the end of a list's row. Their accessible names are the
// contract's "Edit" and "Delete"; the row's name, shown in the row, is their accessible
// description, so a screen reader says "Delete, button, Acme" while the name stays the same.
import { ActionIcon, Group, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';

export function RowActions({
  nameId,
  onEdit,
  onDelete,
}: {
  /** The id of the element in the row that shows its name (the buttons' description). */
  nameId: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Tooltip label="Edit">
        <ActionIcon variant="subtle" aria-label="Edit" aria-describedby={nameId} onClick={onEdit}>
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Delete">
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label="Delete"
          aria-describedby={nameId}
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
