// Notification body after a save: what was saved and an Edit button that reopens the record,
// for the typo noticed just after pressing Enter.
import { Button, Group, Text } from '@mantine/core';

export function SavedMessage({ text, onEdit }: { text: string; onEdit: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{text}</Text>
      <Button size="compact-sm" onClick={onEdit}>
        Edit
      </Button>
    </Group>
  );
}
