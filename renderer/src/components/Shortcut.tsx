// Shows a keyboard shortcut as keys, e.g. Ctrl + N, with the platform's modifier name.
import { Group, Kbd } from '@mantine/core';
import { modifierLabel } from '../app/navigation';

export function Shortcut({ keyName, size = 'xs' }: { keyName: string; size?: 'xs' | 'sm' }) {
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Kbd size={size}>{modifierLabel()}</Kbd>
      <Kbd size={size}>{keyName}</Kbd>
    </Group>
  );
}
