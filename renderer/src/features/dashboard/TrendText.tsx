// A trend as an arrow and the whole-number change ("↓ 6"), coloured, with its meaning in words
// for screen readers ("Declining: down 6 points in 30 days").
import { Text, VisuallyHidden, type MantineSize } from '@mantine/core';
import type { Trend } from '../../../../core/domain/health';
import { trendArrow, trendWord } from '../../../../core/report/format';
import type { ChartTheme } from '../../components/charts/chart-theme';

/** "Declining: down 6 points in 30 days"; "No trend yet" when there is nothing to compare. */
export function trendSentence(trend: Trend | null, delta: number | null, days: number): string {
  if (trend === null || delta === null) return trendWord(null);
  const points = Math.abs(Math.round(delta));
  const change = points === 0 ? 'no change' : `${delta > 0 ? 'up' : 'down'} ${points} points`;
  return `${trendWord(trend)}: ${change} in ${days} days`;
}

export function TrendText(props: {
  trend: Trend | null;
  delta: number | null;
  days: number;
  colors: ChartTheme;
  size?: MantineSize;
}) {
  const { trend, delta, days, colors, size = 'sm' } = props;
  if (trend === null || delta === null) {
    return (
      <Text span size={size} c="dimmed">
        <span aria-hidden>–</span>
        <VisuallyHidden>{trendWord(null)}</VisuallyHidden>
      </Text>
    );
  }
  return (
    <Text span size={size} fw={600} style={{ color: colors.trend[trend], whiteSpace: 'nowrap' }}>
      <span aria-hidden title={trendSentence(trend, delta, days)}>
        {trendArrow(trend)} {Math.abs(Math.round(delta))}
      </span>
      <VisuallyHidden>{trendSentence(trend, delta, days)}</VisuallyHidden>
    </Text>
  );
}
