// Overview: health over time against the bands, the dimensions over time, today's dimensions,
// and the alerts with their sentences.
import { Badge, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Legend, Line, LineChart } from 'recharts';
import { DIMENSION_LABELS } from '../../../../../core/domain/dimension-names';
import { DIMENSIONS } from '../../../../../core/domain/health';
import { bandWord, formatDate, formatScore } from '../../../../../core/report/format';
import { ChartCard } from '../../../components/charts/ChartCard';
import {
  bandZones,
  chartGrid,
  chartTooltip,
  legendStyle,
  xAxis,
  yAxis,
} from '../../../components/charts/chart-parts';
import { SERIES_DASHES, useChartTheme } from '../../../components/charts/chart-theme';
import { formatStepDate } from '../format';
import type { PartnershipModel } from '../partnership-model';

const SCORE_TICKS = [0, 20, 40, 60, 80, 100];

export function OverviewSection({ model }: { model: PartnershipModel }) {
  const theme = useChartTheme();
  const { series, step, settings, result } = model;
  const rows = useMemo(
    () =>
      series.map((point) => ({
        label: formatStepDate(point.date, step),
        date: point.date,
        health: point.health === null ? null : Math.round(point.health * 10) / 10,
        ...Object.fromEntries(
          DIMENSIONS.map((d) => [d, point.dimensions[d] === null ? null : point.dimensions[d]]),
        ),
      })),
    [series, step],
  );
  const stepAxis = step === 'month' ? 'Month end' : 'Week end';
  return (
    <Stack gap="lg">
      <ChartCard
        title="Health over time"
        description={`Health score at each ${step} end, against the bands (healthy from ${settings.bands.healthy}, watch from ${settings.bands.watch}).`}
        table={{
          columns: ['Date', 'Health', 'Band'],
          rows: series.map((p) => [formatDate(p.date), formatScore(p.health), bandWord(p.band)]),
        }}
        height={280}
      >
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          {bandZones(settings, theme)}
          {chartGrid(theme)}
          {xAxis(theme, stepAxis)}
          {yAxis(theme, 'Health (0–100)', { domain: [0, 100], ticks: SCORE_TICKS })}
          {chartTooltip(theme)}
          <Line
            type="monotone"
            dataKey="health"
            name="Health"
            stroke={theme.primary}
            strokeWidth={2.5}
            dot={rows.length <= 16}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartCard>

      <ChartCard
        title="Dimensions over time"
        description="Each dimension's score (0–100); lines differ in dash as well as colour."
        table={{
          columns: ['Date', ...DIMENSIONS.map((d) => DIMENSION_LABELS[d])],
          rows: series.map((p) => [
            formatDate(p.date),
            ...DIMENSIONS.map((d) => formatScore(p.dimensions[d])),
          ]),
        }}
        height={300}
      >
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          {chartGrid(theme)}
          {xAxis(theme, stepAxis)}
          {yAxis(theme, 'Score (0–100)', { domain: [0, 100], ticks: SCORE_TICKS })}
          {chartTooltip(theme)}
          <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
          {DIMENSIONS.map((d, i) => (
            <Line
              key={d}
              type="monotone"
              dataKey={d}
              name={DIMENSION_LABELS[d]}
              stroke={theme.series[i]}
              strokeDasharray={SERIES_DASHES[i]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ChartCard>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="dims-now">
          <Title order={3} fz="md" fw={600} id="dims-now" mb={4}>
            Dimensions today
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Score out of 100 and its weight in the health score.
          </Text>
          <Stack gap="sm">
            {DIMENSIONS.map((d) => {
              const score = result.dimensions[d].score;
              return (
                <div key={d}>
                  <Group justify="space-between" mb={4}>
                    <Text size="sm" fw={500}>
                      {DIMENSION_LABELS[d]}
                    </Text>
                    <Text size="sm" fw={600}>
                      {score === null ? 'No score' : formatScore(score)}
                      <Text span size="xs" c="dimmed" fw={400}>
                        {' '}
                        · weight {Math.round(100 * settings.weights[d])}%
                      </Text>
                    </Text>
                  </Group>
                  <Progress
                    value={score ?? 0}
                    size="md"
                    radius="sm"
                    aria-label={`${DIMENSION_LABELS[d]} ${score === null ? 'has no score' : formatScore(score)}`}
                  />
                </div>
              );
            })}
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="alerts-now">
          <Title order={3} fz="md" fw={600} id="alerts-now" mb={4}>
            Alerts
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            What needs attention today, most serious first.
          </Text>
          {result.alerts.length === 0 ? (
            <Text size="sm">No alerts: nothing needs attention today.</Text>
          ) : (
            <List spacing="sm" listStyleType="none" p={0}>
              {result.alerts.map((alert, i) => (
                <List.Item key={`${alert.code}-${i}`}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge
                      color={alert.severity === 'critical' ? 'red' : 'yellow'}
                      variant="dot"
                      radius="sm"
                      style={{ flexShrink: 0 }}
                    >
                      {alert.severity === 'critical' ? 'Critical' : 'Warning'}
                    </Badge>
                    <Text size="sm">{alert.message}</Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
