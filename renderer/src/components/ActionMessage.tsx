// Notification body for an action the user may want to take back or revisit: what happened, and
// one button (Undo after a delete, Edit after a save).
import { Button, Group, Text } from '@mantine/core';

export function ActionMessage(props: { text: string; action: string; onAction: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{props.text}</Text>
      <Button size="compact-sm" onClick={props.onAction}>
        {props.action}
      </Button>
    </Group>
  );
}
