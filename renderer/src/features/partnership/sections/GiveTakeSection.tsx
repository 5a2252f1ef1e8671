// Give and take: each party's share of contributions over time (the model's rolling ledger window)
// against the agreed shares, contributions per week or month, and the ledger itself.
import { Stack, Text } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { Bar, BarChart, Legend, LineChart, ReferenceLine } from 'recharts';
import { agreedShares } from '../../../../../core/domain/reciprocity';
import type { Contribution } from '../../../../../core/domain/types';
import { formatDate, formatPercent } from '../../../../../core/report/format';
import { ChartCard } from '../../../components/charts/ChartCard';
import { CONTRIBUTION_KIND_LABELS } from '../../../components/record-labels';
import {
  chartGrid,
  chartTooltip,
  legendStyle,
  xAxis,
  yAxis,
} from '../../../components/charts/chart-parts';
import { useChartTheme } from '../../../components/charts/chart-theme';
import { formatNumber, formatStepDate } from '../format';
import { contributionShares } from '../contribution-shares';
import { inPeriod, newestFirst, type PartnershipModel } from '../partnership-model';
import { periodBuckets } from '../period';
import { RecordActions } from '../RecordActions';
import { partyLines } from './party-lines';
import { RecordTable } from './RecordTable';

export function GiveTakeSection({ model }: { model: PartnershipModel }) {
  const theme = useChartTheme();
  const { records, prepared, series, step, settings, from, to, nameOf } = model;
  const partyIds = records.partnership.partyIds;
  const agreed = agreedShares(partyIds, records.partnership.partyShares);
  const ledgerDays = 2 * settings.lookbackDays;
  const shareRows = useMemo(() => {
    const dates = series.map((point) => point.date);
    return contributionShares(prepared, dates, settings.lookbackDays).map(({ date, shares }) => {
      const row: Record<string, string | number | null> = {
        label: formatStepDate(date, step),
        date,
      };
      partyIds.forEach((id, i) => {
        row[`party:${id}`] = shares ? shares[i]! : null;
      });
      return row;
    });
  }, [prepared, series, step, settings.lookbackDays, partyIds]);
  const perStep = useMemo(() => {
    const buckets = periodBuckets(from, to, step);
    return buckets.map((b) => {
      const row: Record<string, string | number> = { label: formatStepDate(b.end, step) };
      for (const id of partyIds) row[`party:${id}`] = 0;
      for (const c of records.contributions) {
        if (b.start <= c.date && c.date <= b.end && partyIds.includes(c.partyId)) {
          row[`party:${c.partyId}`] = (row[`party:${c.partyId}`] as number) + c.value;
        }
      }
      return row;
    });
  }, [records.contributions, from, to, step, partyIds]);
  const ledger = useMemo(
    () => newestFirst(inPeriod(records.contributions, from, to)),
    [records.contributions, from, to],
  );
  const equalShares = agreed.every((a) => Math.abs(a - agreed[0]!) < 1e-9);
  return (
    <Stack gap="lg">
      <ChartCard
        title="Share of contributions"
        description={`Each party's share of the contributions logged in the ${ledgerDays} days up to each ${step} end (solid and dashed lines), against the agreed shares (dotted reference lines).`}
        table={{
          columns: [
            'Date',
            ...partyIds.map((id, i) => (
              <Fragment key={id}>
                <bdi>{nameOf(id)}</bdi> (agreed {formatPercent(agreed[i]!)})
              </Fragment>
            )),
          ],
          rows: shareRows.map((r) => [
            formatDate(r.date as string),
            ...partyIds.map((id) => {
              const v = r[`party:${id}`];
              return typeof v === 'number' ? `${Math.round(v)}%` : '\u2013';
            }),
          ]),
        }}
        height={280}
      >
        <LineChart data={shareRows} margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          {chartGrid(theme)}
          {xAxis(theme, step === 'month' ? 'Month end' : 'Week end')}
          {yAxis(theme, 'Share (%)', { domain: [0, 100], ticks: [0, 25, 50, 75, 100] })}
          {chartTooltip(theme, (v) => `${Math.round(v)}%`)}
          <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
          {equalShares ? (
            <ReferenceLine
              y={100 * agreed[0]!}
              stroke={theme.reference}
              strokeDasharray="2 4"
              strokeWidth={1.5}
              label={{
                value: `Agreed ${formatPercent(agreed[0]!)} each`,
                position: 'insideTopRight',
                fill: theme.axis,
                fontSize: 11,
              }}
            />
          ) : (
            partyIds.map((id, i) => (
              <ReferenceLine
                key={id}
                y={100 * agreed[i]!}
                stroke={theme.series[i % theme.series.length]}
                strokeDasharray="2 4"
                strokeWidth={1.5}
                label={{
                  value: `${nameOf(id)} agreed ${formatPercent(agreed[i]!)}`,
                  position: 'insideTopRight',
                  fill: theme.axis,
                  fontSize: 11,
                }}
              />
            ))
          )}
          {partyLines(partyIds, nameOf, theme)}
        </LineChart>
      </ChartCard>

      <ChartCard
        title={`Contributions per ${step}`}
        description="Effort points each party contributed, stacked."
        table={{
          columns: ['Period', ...partyIds.map((id) => <bdi key={id}>{nameOf(id)}</bdi>)],
          rows: perStep.map((r) => [
            r.label as string,
            ...partyIds.map((id) => formatNumber(r[`party:${id}`] as number)),
          ]),
        }}
      >
        <BarChart data={perStep} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          {chartGrid(theme)}
          {xAxis(theme, step === 'month' ? 'Month' : 'Week ending')}
          {yAxis(theme, 'Effort points')}
          {chartTooltip(theme, (v) => formatNumber(Math.round(v * 10) / 10))}
          <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
          {partyIds.map((id, i) => (
            <Bar
              key={id}
              dataKey={`party:${id}`}
              name={nameOf(id)}
              stackId="parties"
              fill={theme.series[i % theme.series.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartCard>

      <RecordTable<Contribution>
        title="Contribution ledger"
        description={`${formatDate(from)} to ${formatDate(to)}.`}
        records={ledger}
        emptyMessage="No contribution in this period. Use “Log contribution” to add one."
        columns={[
          { header: 'Date', cell: (c) => formatDate(c.date), narrow: true },
          { header: 'Party', cell: (c) => <bdi>{nameOf(c.partyId)}</bdi> },
          { header: 'Kind', cell: (c) => CONTRIBUTION_KIND_LABELS[c.kind], narrow: true },
          { header: 'Value', cell: (c) => formatNumber(c.value), narrow: true },
          {
            header: 'Description',
            cell: (c) => (
              <Text size="sm" lineClamp={2}>
                {c.description ?? ''}
              </Text>
            ),
          },
        ]}
        actions={(c) => (
          <RecordActions
            kind="contribution"
            partnershipId={records.partnership.id}
            recordId={c.id}
            label={`contribution of ${formatDate(c.date)} from ${nameOf(c.partyId)}`}
          />
        )}
      />
    </Stack>
  );
}
