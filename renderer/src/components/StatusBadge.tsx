// A partnership's status as a coloured badge whose text says the status in words.
import { Badge } from '@mantine/core';
import type { PartnershipStatus } from '../../../core/domain/types';

const COLORS: Record<PartnershipStatus, string> = {
  forming: 'blue',
  active: 'teal',
  paused: 'yellow',
  closed: 'gray',
};

export const STATUS_LABELS: Record<PartnershipStatus, string> = {
  forming: 'Forming',
  active: 'Active',
  paused: 'Paused',
  closed: 'Closed',
};

export function StatusBadge({ status }: { status: PartnershipStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
