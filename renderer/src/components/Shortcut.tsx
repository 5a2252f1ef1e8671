// Shows a keyboard shortcut as keys, e.g. Ctrl + N, with the platform's modifier name, and gives
// the matching aria-keyshortcuts value. The key caps are hidden from assistive tech: a control's
// accessible name stays its label, and the shortcut is announced through aria-keyshortcuts.
import { Group, Kbd } from '@mantine/core';
import { isApplePlatform, modifierLabel } from '../app/navigation';

/**
 * The aria-keyshortcuts value of the app's Ctrl/Cmd+key shortcuts (Mantine's "mod"): Meta on
 * Apple platforms, Control elsewhere, in the ARIA syntax ("Control+N").
 */
export function ariaKeyShortcut(keyName: string): string {
  return `${isApplePlatform() ? 'Meta' : 'Control'}+${keyName}`;
}

export function Shortcut({ keyName, size = 'xs' }: { keyName: string; size?: 'xs' | 'sm' }) {
  return (
    <Group gap={4} wrap="nowrap" component="span" aria-hidden>
      <Kbd size={size}>{modifierLabel()}</Kbd>
      <Kbd size={size}>{keyName}</Kbd>
    </Group>
  );
}
