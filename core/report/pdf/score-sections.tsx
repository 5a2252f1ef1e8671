/* @jsxRuntime automatic */
/* @jsxImportSource react */
// Partnership report sections about scores: the scorecard, health and dimensions over the
// period (with the step stated), and the goals table with each goal against its expected pace.

import { DIMENSION_LABELS, DIMENSIONS } from '../../domain/dimension-names';
import { formatChange, formatDate, formatPercent, formatScore, formatValue } from '../format';
import type {
  GoalChart,
  GoalRow,
  GoalStatusName,
  PartnershipReport,
  ScorecardRow,
} from '../report-model';
import { Legend, LineChart } from './charts';
import { BandBadge, Section, TableSection, type Column } from './parts';
import { Text, View } from './react-pdf';
import { COLORS, CONTENT_WIDTH, DIMENSION_COLORS, styles } from './theme';

const scorecardColumns: Column<ScorecardRow>[] = [
  {
    title: 'Dimension',
    width: 1.3,
    cell: (r) => <Text style={{ fontWeight: 600 }}>{r.label}</Text>,
  },
  {
    title: 'Score',
    width: 0.6,
    align: 'right',
    cell: (r) => <Text style={{ fontWeight: 600 }}>{formatScore(r.score)}</Text>,
  },
  { title: 'Band', width: 0.9, cell: (r) => <BandBadge band={r.band} /> },
  { title: 'Change', width: 0.7, align: 'right', cell: (r) => formatChange(r.change) },
  {
    title: 'Why',
    width: 4.2,
    cell: (r) => <Text style={{ fontSize: 8, color: COLORS.muted }}>{r.note}</Text>,
  },
];

export function ScorecardSection({ report }: { report: PartnershipReport }) {
  return (
    <TableSection
      kicker="Scorecard"
      title="The five dimensions at the end of the period"
      columns={scorecardColumns}
      rows={report.scorecard}
      empty="No scores."
    >
      <Text style={{ ...styles.small, marginTop: 4 }}>
        Change: from {formatDate(report.header.period.from)} to{' '}
        {formatDate(report.header.period.to)}.
      </Text>
    </TableSection>
  );
}

function stepWord(step: 'week' | 'month'): string {
  return step === 'week' ? 'weekly (each Sunday)' : 'monthly (each month end)';
}

export function TrendSection({
  report,
  withDimensions,
}: {
  report: PartnershipReport;
  withDimensions: boolean;
}) {
  const { charts, header } = report;
  const { from, to } = header.period;
  const smallWidth = (CONTENT_WIDTH - 16) / 3;
  return (
    <Section
      kicker="Over the period"
      title={withDimensions ? 'Health and its dimensions' : 'Health over the period'}
    >
      <View wrap={false}>
        <Text style={styles.h3}>Composite health</Text>
        <LineChart
          width={CONTENT_WIDTH}
          height={150}
          from={from}
          to={to}
          yDomain={[0, 100]}
          bands={charts.bands}
          series={[
            {
              name: 'Health',
              color: COLORS.primary,
              points: charts.health.map((p) => ({ date: p.date, value: p.health })),
            },
          ]}
        />
        <Text style={styles.small}>
          Step: {stepWord(charts.step)} and the period's last day, {charts.health.length} points.
          Shaded zones: Healthy ≥ {charts.bands.healthy}, Watch ≥ {charts.bands.watch}, At risk
          below.
        </Text>
      </View>
      {withDimensions ? (
        <View wrap={false} style={{ marginTop: 14 }}>
          <Text style={styles.h3}>Dimensions</Text>
          <View style={{ flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' }}>
            {DIMENSIONS.map((name) => (
              <View key={name} style={{ width: smallWidth, marginBottom: 8 }}>
                <Text style={{ fontSize: 8, fontWeight: 600, color: DIMENSION_COLORS[name] }}>
                  {DIMENSION_LABELS[name]} ·{' '}
                  {formatScore(report.scorecard.find((r) => r.dimension === name)?.score ?? null)}
                </Text>
                <LineChart
                  compact
                  width={smallWidth}
                  height={80}
                  from={from}
                  to={to}
                  yDomain={[0, 100]}
                  series={[
                    {
                      name,
                      color: DIMENSION_COLORS[name],
                      points: charts.dimensions.map((p) => ({
                        date: p.date,
                        value: p.scores[name],
                      })),
                    },
                  ]}
                />
              </View>
            ))}
            <View style={{ width: smallWidth }} />
          </View>
        </View>
      ) : null}
    </Section>
  );
}

const STATUS_WORD: Record<GoalStatusName, string> = {
  'on-track': 'On track',
  behind: 'Behind',
  'at-risk': 'At risk',
  achieved: 'Achieved',
};
const STATUS_COLOR: Record<GoalStatusName, string> = {
  'on-track': COLORS.healthy,
  behind: COLORS.watch,
  'at-risk': COLORS.atRisk,
  achieved: COLORS.primary,
};

const goalColumns: Column<GoalRow>[] = [
  { title: 'Goal', width: 2.6, cell: (r) => <Text style={{ fontWeight: 600 }}>{r.title}</Text> },
  { title: 'Target', width: 1.1, align: 'right', cell: (r) => formatValue(r.target, r.unit) },
  { title: 'Current', width: 1.1, align: 'right', cell: (r) => formatValue(r.current, r.unit) },
  { title: 'Progress', width: 0.8, align: 'right', cell: (r) => formatPercent(r.progress) },
  { title: 'Expected', width: 0.8, align: 'right', cell: (r) => formatPercent(r.expected) },
  {
    title: 'Status',
    width: 0.9,
    cell: (r) => (
      <Text style={{ color: STATUS_COLOR[r.status], fontWeight: 600 }}>
        {STATUS_WORD[r.status]}
      </Text>
    ),
  },
  { title: 'Due', width: 1.3, align: 'right', cell: (r) => formatDate(r.dueDate) },
];

export function GoalsSection({
  report,
  withCharts,
}: {
  report: PartnershipReport;
  withCharts: boolean;
}) {
  const width = (CONTENT_WIDTH - 14) / 2;
  return (
    <TableSection
      kicker="Shared goals"
      title="Goals against their expected pace"
      columns={goalColumns}
      rows={report.goals}
      empty="No shared goal is tracked at the end of the period."
    >
      {withCharts && report.charts.goals.length > 0 ? (
        <View
          style={{
            flexDirection: 'row',
            flexWrap: 'wrap',
            justifyContent: 'space-between',
            marginTop: 12,
          }}
        >
          {report.charts.goals.map((goal) => (
            <GoalChartBlock
              key={goal.goalId}
              goal={goal}
              width={width}
              to={report.header.period.to}
            />
          ))}
        </View>
      ) : null}
      {withCharts && report.charts.goals.length > 0 ? (
        <Legend
          items={[
            { name: 'Measured value', color: COLORS.primary },
            {
              name: 'Expected pace (baseline at start → target at due date)',
              color: COLORS.faint,
              dashed: true,
            },
          ]}
        />
      ) : null}
    </TableSection>
  );
}

function GoalChartBlock({ goal, width, to }: { goal: GoalChart; width: number; to: string }) {
  const due = goal.expected[1].date;
  return (
    <View wrap={false} style={{ width, marginBottom: 10 }}>
      <Text style={{ fontSize: 8, fontWeight: 600 }}>{goal.title}</Text>
      <LineChart
        compact
        width={width}
        height={90}
        from={goal.expected[0].date}
        to={due > to ? due : to}
        yFormat={(v) => formatValue(v)}
        series={[
          { name: 'expected', color: COLORS.faint, dashed: true, points: goal.expected },
          { name: 'actual', color: COLORS.primary, dots: true, points: goal.actual },
        ]}
      />
    </View>
  );
}
