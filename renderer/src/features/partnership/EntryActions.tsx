// The page's buttons that open the entry dialogs for this partnership: the two frequent ones
// first, the others in a labelled toolbar beside them.
import { Button, Group } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCoin,
  IconHeartHandshake,
  IconNotes,
  IconProgress,
  IconTarget,
  IconTrophy,
  IconAlertTriangle,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useEntryStore, type EntryKind } from '../../store/entry-store';

const SECONDARY: { kind: EntryKind; label: string; icon: ReactNode }[] = [
  { kind: 'goal', label: 'New goal', icon: <IconTarget size={16} /> },
  { kind: 'goal-update', label: 'Update goal', icon: <IconProgress size={16} /> },
  { kind: 'contribution', label: 'Log contribution', icon: <IconCoin size={16} /> },
  { kind: 'friction', label: 'Log friction', icon: <IconAlertTriangle size={16} /> },
  { kind: 'review', label: 'Record review', icon: <IconNotes size={16} /> },
  { kind: 'win', label: 'Add win', icon: <IconTrophy size={16} /> },
];

export function EntryActions({ partnershipId }: { partnershipId: string }) {
  const open = (kind: EntryKind) => useEntryStore.getState().open({ kind, partnershipId });
  return (
    <Group gap="xs" wrap="wrap" role="toolbar" aria-label="Record activity">
      <Button leftSection={<IconHeartHandshake size={16} />} onClick={() => open('pulse')}>
        Record pulse
      </Button>
      <Button
        variant="light"
        leftSection={<IconCalendarEvent size={16} />}
        onClick={() => open('check-in')}
      >
        Log check-in
      </Button>
      {SECONDARY.map((action) => (
        <Button
          key={action.kind}
          variant="default"
          size="sm"
          leftSection={action.icon}
          onClick={() => open(action.kind)}
        >
          {action.label}
        </Button>
      ))}
    </Group>
  );
}
