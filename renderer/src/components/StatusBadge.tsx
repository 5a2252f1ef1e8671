// A partnership's status as a badge: a coloured dot, and the status in words (dark text, so
// it stays readable in both themes).
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
    <Badge
      color={COLORS[status]}
      variant="dot"
      radius="sm"
      tt="none"
      // A badge in a narrow table column must show its word whole, not "ACT…".
      style={{ minWidth: 'max-content' }}
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}
