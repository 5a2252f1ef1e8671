// The frame every entry form shares: the <form> (Enter submits; Ctrl/Cmd+Enter submits from a
// multi-line field too), problems no field shows, and the footer with Delete, Cancel and Save.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { modifierLabel } from '../../app/navigation';
import type { EntryForm } from './use-entry-form';

interface EntryFormFrameProps<D> {
  form: EntryForm<D>;
  onCancel: () => void;
  /** Shown when editing: deletes the record (with Undo) and closes the dialog. */
  onDelete?: () => void;
  submitLabel?: string;
  children: ReactNode;
}

function submitOnModEnter(event: React.KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

export function EntryFormFrame<D>({
  form,
  onCancel,
  onDelete,
  submitLabel = 'Save',
  children,
}: EntryFormFrameProps<D>) {
  const general = form.errors[''];
  return (
    <form ref={form.formRef} onSubmit={form.submit} onKeyDown={submitOnModEnter} noValidate>
      <Stack gap="md">
        {children}
        {general && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not saved" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="space-between" mt="xs">
          {onDelete ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={onDelete}
            >
              Delete
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {modifierLabel()}+Enter saves
            </Text>
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={form.saving}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
