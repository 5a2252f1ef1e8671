// A health band as a badge: the band's colour AND its word, so colour never carries it alone.
import { Badge, type BadgeProps } from '@mantine/core';
import type { Band } from '../../../../core/domain/health';
import { BAND_LABELS, bandColor } from './bands';

export function BandBadge({ band, size = 'md' }: { band: Band | null; size?: BadgeProps['size'] }) {
  return (
    <Badge color={bandColor(band)} variant="light" radius="sm" size={size}>
      {band === null ? 'No score' : BAND_LABELS[band]}
    </Badge>
  );
}
