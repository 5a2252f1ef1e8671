// A health band as a badge: the band's colour AND its word, so colour never carries it alone.
// Its tint and text colours come from the chart theme, chosen for AA contrast in both schemes.
import { Badge, type BadgeProps } from '@mantine/core';
import type { Band } from '../../../../core/domain/health';
import { bandWord } from '../../../../core/report/format';
import { useChartTheme } from './chart-theme';

export function BandBadge({ band, size = 'md' }: { band: Band | null; size?: BadgeProps['size'] }) {
  const theme = useChartTheme();
  if (band === null) {
    return (
      <Badge variant="default" radius="sm" size={size}>
        {bandWord(null)}
      </Badge>
    );
  }
  return (
    <Badge
      radius="sm"
      size={size}
      styles={{
        root: {
          backgroundColor: theme.bandTint[band],
          color: theme.bandText[band],
          border: `1px solid ${theme.bandStroke[band]}`,
        },
      }}
    >
      {bandWord(band)}
    </Badge>
  );
}
