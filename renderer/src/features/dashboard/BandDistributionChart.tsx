// How many partnerships were healthy, on watch or at risk at each month end of the last year,
// as stacked bars with the same numbers behind "Show as table". Loaded after the first screen
// (recharts is large): see BandDistributionPending.
import { Bar, BarChart, Legend } from 'recharts';
import { bandWord, formatDate, formatMonth } from '../../../../core/report/format';
import { ChartCard } from '../../components/charts/ChartCard';
import {
  chartGrid,
  chartTooltip,
  legendStyle,
  xAxis,
  yAxis,
} from '../../components/charts/chart-parts';
import { useChartTheme } from '../../components/charts/chart-theme';
import {
  BAND_CHART_DESCRIPTION,
  BAND_CHART_PENDING,
  BAND_CHART_TITLE,
} from './BandDistributionPending';
import type { PortfolioHistory } from './portfolio-overview';

export function BandDistributionChart({ history }: { history: PortfolioHistory | null }) {
  const theme = useChartTheme();
  const months = history?.distribution ?? [];
  const label = (date: string, i: number) =>
    i === months.length - 1 ? `${formatMonth(date)} (to ${formatDate(date)})` : formatMonth(date);
  const data = months.map((month) => ({ ...month, label: formatMonth(month.date) }));
  return (
    <ChartCard
      title={BAND_CHART_TITLE}
      headingOrder={2}
      description={BAND_CHART_DESCRIPTION}
      height={240}
      emptyMessage={history === null ? BAND_CHART_PENDING : 'No partnerships yet.'}
      table={{
        columns: [
          'Month',
          bandWord('healthy'),
          bandWord('watch'),
          bandWord('at-risk'),
          bandWord(null),
        ],
        rows: months.map((m, i) => [label(m.date, i), m.healthy, m.watch, m.atRisk, m.noScore]),
      }}
    >
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        {chartGrid(theme)}
        {xAxis(theme, 'Month')}
        {yAxis(theme, 'Partnerships', { domain: [0, 'auto'] })}
        {chartTooltip(theme)}
        {/* Bands in stack order (healthy at the bottom), not alphabetical. */}
        <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
        <Bar
          dataKey="healthy"
          name={bandWord('healthy')}
          stackId="bands"
          fill={theme.bandStroke.healthy}
          isAnimationActive={false}
        />
        <Bar
          dataKey="watch"
          name={bandWord('watch')}
          stackId="bands"
          fill={theme.bandStroke.watch}
          isAnimationActive={false}
        />
        <Bar
          dataKey="atRisk"
          name={bandWord('at-risk')}
          stackId="bands"
          fill={theme.bandStroke['at-risk']}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartCard>
  );
}
