// The line each party draws in a partnership chart, from the `party:<id>` values of the chart's
// rows. A function returning elements (not a component) so recharts sees its own children.
import { Line } from 'recharts';
import { SERIES_DASHES, type ChartTheme } from '../../../components/charts/chart-theme';

/** One line per party, each in its own series colour and dash pattern, named by its party. */
export function partyLines(
  partyIds: readonly string[],
  nameOf: (id: string) => string,
  theme: ChartTheme,
) {
  return partyIds.map((id, i) => (
    <Line
      key={id}
      type="monotone"
      dataKey={`party:${id}`}
      name={nameOf(id)}
      stroke={theme.series[i % theme.series.length]}
      strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
      strokeWidth={2}
      dot={false}
      isAnimationActive={false}
    />
  ));
}
