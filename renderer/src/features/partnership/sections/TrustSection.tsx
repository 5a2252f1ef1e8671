// Trust: each party's trust over time, the perception gap between them, and the pulses.
import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Legend, Line, LineChart, ReferenceLine } from 'recharts';
import { PERCEPTION_GAP_CRITICAL, PERCEPTION_GAP_WARNING } from '../../../../../core/domain/alerts';
import { TRUST_ITEMS, type Pulse } from '../../../../../core/domain/types';
import { formatDate, formatScore } from '../../../../../core/report/format';
import { ChartCard } from '../../../components/charts/ChartCard';
import {
  chartGrid,
  chartTooltip,
  legendStyle,
  xAxis,
  yAxis,
} from '../../../components/charts/chart-parts';
import { useChartTheme } from '../../../components/charts/chart-theme';
import { formatStepDate } from '../format';
import { inPeriod, newestFirst, type PartnershipModel } from '../partnership-model';
import { RecordActions } from '../RecordActions';
import { partyLines } from './party-lines';
import { RecordTable } from './RecordTable';

const ITEM_LABELS: Record<(typeof TRUST_ITEMS)[number], string> = {
  reliability: 'Reliability',
  openness: 'Openness',
  sharedMission: 'Shared mission',
  respect: 'Respect',
};

export function TrustSection({ model }: { model: PartnershipModel }) {
  const theme = useChartTheme();
  const { series, step, records, nameOf } = model;
  const partyIds = records.partnership.partyIds;
  const rows = useMemo(
    () =>
      series.map((p) => ({
        label: formatStepDate(p.date, step),
        gap: p.perceptionGap,
        ...Object.fromEntries(partyIds.map((id) => [`party:${id}`, p.trustByParty[id] ?? null])),
      })),
    [series, step, partyIds],
  );
  const pulses = useMemo(
    () => newestFirst(inPeriod(records.pulses, model.from, model.to)),
    [records.pulses, model.from, model.to],
  );
  const stepAxis = step === 'month' ? 'Month end' : 'Week end';
  return (
    <Stack gap="lg">
      <ChartCard
        title="Trust per party"
        description={`How each party rates trust (0–100), over the last ${model.settings.lookbackDays} days at each ${step} end.`}
        table={{
          columns: ['Date', ...partyIds.map((id) => <bdi key={id}>{nameOf(id)}</bdi>)],
          rows: series.map((p) => [
            formatDate(p.date),
            ...partyIds.map((id) => formatScore(p.trustByParty[id] ?? null)),
          ]),
        }}
      >
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          {chartGrid(theme)}
          {xAxis(theme, stepAxis)}
          {yAxis(theme, 'Trust (0–100)', { domain: [0, 100], ticks: [0, 25, 50, 75, 100] })}
          {chartTooltip(theme)}
          <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
          {partyLines(partyIds, nameOf, theme)}
        </LineChart>
      </ChartCard>

      <ChartCard
        title="Perception gap"
        description={`Points between the most and the least trusting party. A gap of ${PERCEPTION_GAP_WARNING} raises a warning, ${PERCEPTION_GAP_CRITICAL} a critical alert.`}
        table={{
          columns: ['Date', 'Perception gap'],
          rows: series.map((p) => [formatDate(p.date), formatScore(p.perceptionGap)]),
        }}
        height={220}
      >
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          {chartGrid(theme)}
          {xAxis(theme, stepAxis)}
          {yAxis(theme, 'Gap (points)', { domain: [0, 'auto'] })}
          {chartTooltip(theme)}
          <ReferenceLine
            y={PERCEPTION_GAP_WARNING}
            stroke={theme.bandStroke.watch}
            strokeDasharray="4 4"
            label={{ value: 'Warning', position: 'insideTopRight', fill: theme.axis, fontSize: 11 }}
          />
          <ReferenceLine
            y={PERCEPTION_GAP_CRITICAL}
            stroke={theme.bandStroke['at-risk']}
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
            label={{
              value: 'Critical',
              position: 'insideTopRight',
              fill: theme.axis,
              fontSize: 11,
            }}
          />
          <Line
            type="monotone"
            dataKey="gap"
            name="Perception gap"
            stroke={theme.primary}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartCard>

      <RecordTable<Pulse>
        title="Pulses"
        description={`Ratings from 1 (strongly disagree) to 5 (strongly agree), ${formatDate(model.from)} to ${formatDate(model.to)}.`}
        records={pulses}
        emptyMessage="No pulse in this period. Use “Record pulse” to add one."
        columns={[
          { header: 'Date', cell: (p) => formatDate(p.date), narrow: true },
          { header: 'Party', cell: (p) => <bdi>{nameOf(p.partyId)}</bdi>, narrow: true },
          { header: 'Respondent', cell: (p) => p.respondent || 'Anonymous', narrow: true },
          ...TRUST_ITEMS.map((item) => ({
            header: ITEM_LABELS[item],
            cell: (p: Pulse) => p.scores[item] ?? '\u2013',
            narrow: true,
          })),
          {
            header: 'Comment',
            cell: (p) => (
              <Text size="sm" lineClamp={2} miw={200}>
                {p.comment ?? ''}
              </Text>
            ),
          },
        ]}
        actions={(p) => (
          <RecordActions
            kind="pulse"
            partnershipId={records.partnership.id}
            recordId={p.id}
            label={`pulse of ${formatDate(p.date)} from ${nameOf(p.partyId)}`}
          />
        )}
      />
    </Stack>
  );
}
