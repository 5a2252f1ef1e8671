// Notification body for a reversible action: what happened and an Undo button.
import { Button, Group, Text } from '@mantine/core';

export function UndoMessage({ text, onUndo }: { text: string; onUndo: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{text}</Text>
      <Button size="compact-sm" onClick={onUndo}>
        Undo
      </Button>
    </Group>
  );
}
