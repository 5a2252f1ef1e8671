// Communication: check-ins per week or month against the cadence, who takes the initiative,
// and the check-in log.
import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Bar, BarChart, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Interaction } from '../../../../../core/domain/types';
import { formatDate } from '../../../../../core/report/format';
import { ChartCard } from '../../../components/charts/ChartCard';
import { INTERACTION_KIND_LABELS } from '../../../components/record-labels';
import { chartGrid, chartTooltip, xAxis, yAxis } from '../../../components/charts/chart-parts';
import { useChartTheme } from '../../../components/charts/chart-theme';
import { formatNumber, formatStepDate } from '../format';
import { inPeriod, newestFirst, type PartnershipModel } from '../partnership-model';
import { countPerBucket, periodBuckets } from '../period';
import { RecordActions } from '../RecordActions';
import { RecordTable } from './RecordTable';

export function CommunicationSection({ model }: { model: PartnershipModel }) {
  const theme = useChartTheme();
  const { records, step, from, to, nameOf, result } = model;
  const cadence = records.partnership.checkInCadenceDays;
  const expectedPerStep = (step === 'month' ? 30 : 7) / cadence;
  const perStep = useMemo(() => {
    const buckets = periodBuckets(from, to, step);
    const counts = countPerBucket(
      buckets,
      records.interactions.map((i) => i.date),
    );
    return buckets.map((b, i) => ({
      label: formatStepDate(b.end, step),
      start: b.start,
      end: b.end,
      count: counts[i]!,
    }));
  }, [records.interactions, from, to, step]);
  const log = useMemo(
    () => newestFirst(inPeriod(records.interactions, from, to)),
    [records.interactions, from, to],
  );
  const communication = result.dimensions.communication;
  const shares = communication.initiatorShares.map((s) => ({
    label: nameOf(s.partyId),
    share: Math.round(100 * s.share),
    count: s.count,
  }));
  const stepWord = step === 'month' ? 'month' : 'week';
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartCard
          title={`Check-ins per ${stepWord}`}
          description={`Logged interactions against the cadence of one every ${cadence} days (${formatNumber(expectedPerStep)} per ${stepWord}, dashed line).`}
          table={{
            columns: ['Period', 'Check-ins', 'Expected'],
            rows: perStep.map((b) => [
              `${formatDate(b.start)} – ${formatDate(b.end)}`,
              b.count,
              formatNumber(expectedPerStep),
            ]),
          }}
        >
          <BarChart data={perStep} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            {chartGrid(theme)}
            {xAxis(theme, step === 'month' ? 'Month' : 'Week ending')}
            {yAxis(theme, 'Check-ins (count)', { domain: [0, 'auto'], allowDecimals: false })}
            {chartTooltip(theme, (v) => String(v))}
            <Bar
              dataKey="count"
              name="Check-ins"
              fill={theme.series[0]}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
            <ReferenceLine
              y={expectedPerStep}
              stroke={theme.reference}
              strokeDasharray="6 4"
              strokeWidth={1.5}
              ifOverflow="extendDomain"
              label={{
                value: `Expected ${formatNumber(expectedPerStep)}`,
                position: 'insideTopRight',
                fill: theme.axis,
                fontSize: 11,
              }}
            />
          </BarChart>
        </ChartCard>
        <ChartCard
          title="Who takes the initiative"
          description={`Share of the check-ins each party initiated, last ${communication.windowDays} days (${communication.initiatedCount} with an initiator).`}
          table={{
            columns: ['Party', 'Share', 'Check-ins initiated'],
            rows: shares.map((s) => [s.label, `${s.share}%`, s.count]),
          }}
          emptyMessage="No check-in in the window names who initiated it."
        >
          <BarChart
            data={shares}
            layout="vertical"
            margin={{ top: 8, right: 40, bottom: 4, left: 8 }}
          >
            {chartGrid(theme)}
            <XAxis
              type="number"
              domain={[0, 100]}
              unit="%"
              stroke={theme.axis}
              tick={{ fill: theme.axis, fontSize: 12 }}
              height={44}
              label={{
                value: 'Share of check-ins initiated (%)',
                position: 'insideBottom',
                offset: 0,
                fill: theme.axis,
                fontSize: 12,
              }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              stroke={theme.axis}
              tick={{ fill: theme.axis, fontSize: 12 }}
            />
            {chartTooltip(theme, (v) => `${v}%`)}
            <Bar dataKey="share" name="Share" isAnimationActive={false} radius={[0, 3, 3, 0]}>
              {shares.map((s, i) => (
                <Cell key={s.label} fill={theme.series[i % theme.series.length]} />
              ))}
              <LabelList
                dataKey="share"
                position="right"
                formatter={(v) => `${String(v)}%`}
                fill={theme.text}
                fontSize={12}
              />
            </Bar>
          </BarChart>
        </ChartCard>
      </SimpleGrid>

      <RecordTable<Interaction>
        title="Check-in log"
        description={`${formatDate(from)} to ${formatDate(to)}.`}
        records={log}
        emptyMessage="No check-in in this period. Use “Log check-in” to add one."
        columns={[
          { header: 'Date', cell: (i) => formatDate(i.date), narrow: true },
          {
            header: 'Kind',
            cell: (i) => (
              <Badge variant="dot" color="gray" radius="sm">
                {INTERACTION_KIND_LABELS[i.kind]}
              </Badge>
            ),
            narrow: true,
          },
          {
            header: 'Initiated by',
            cell: (i) => (i.initiatorPartyId ? <bdi>{nameOf(i.initiatorPartyId)}</bdi> : '\u2013'),
          },
          {
            header: 'Quality',
            cell: (i) => (i.quality ? `${i.quality}/5` : '\u2013'),
            narrow: true,
          },
          {
            header: 'Summary',
            cell: (i) => (
              <Text size="sm" lineClamp={2}>
                {i.summary ?? ''}
              </Text>
            ),
          },
          {
            header: 'Follow-ups',
            cell: (i) => {
              const items = i.followUps ?? [];
              return items.length === 0
                ? '\u2013'
                : `${items.filter((f) => f.done).length}/${items.length} done`;
            },
            narrow: true,
          },
        ]}
        actions={(i) => (
          <RecordActions
            kind="check-in"
            partnershipId={records.partnership.id}
            recordId={i.id}
            label={`${INTERACTION_KIND_LABELS[i.kind].toLowerCase()} of ${formatDate(i.date)}`}
          />
        )}
      />
    </Stack>
  );
}
