// Goals: each goal's progress against the pace it should have by now, its status, and a chart
// of its measured values against the expected pace line.
import { Badge, Button, Card, Group, Progress, Grid, Stack, Text, Title } from '@mantine/core';
import { IconProgress } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Legend, Line, LineChart, XAxis } from 'recharts';
import { fromDayNumber } from '../../../../../core/domain/dates';
import type { GoalEvaluation, GoalStatus } from '../../../../../core/domain/goals';
import type { Goal, GoalUpdate } from '../../../../../core/domain/types';
import { formatDate, formatPercent } from '../../../../../core/report/format';
import { ChartCard } from '../../../components/charts/ChartCard';
import { GOAL_CONFIDENCE_LABELS } from '../../../components/record-labels';
import {
  chartGrid,
  chartTooltip,
  legendStyle,
  yAxis,
} from '../../../components/charts/chart-parts';
import { useChartTheme } from '../../../components/charts/chart-theme';
import { useEntryStore } from '../../../store/entry-store';
import { formatNumber } from '../format';
import { goalChartPoints } from '../goal-chart-data';
import { newestFirst, type PartnershipModel } from '../partnership-model';
import { RecordActions } from '../RecordActions';
import { RecordTable } from './RecordTable';

const STATUS: Record<GoalStatus, { label: string; color: string }> = {
  'on-track': { label: 'On track', color: 'teal' },
  behind: { label: 'Behind', color: 'yellow' },
  'at-risk': { label: 'At risk', color: 'red' },
  achieved: { label: 'Achieved', color: 'blue' },
};

/** The goal's status today in words: the engine's when it counts the goal, else the record's. */
function statusOf(goal: Goal, evaluation: GoalEvaluation | undefined, today: string) {
  if (evaluation) return STATUS[evaluation.status];
  if (goal.status === 'dropped') return { label: 'Dropped', color: 'gray' };
  if (goal.status === 'achieved') return { label: 'Achieved', color: 'blue' };
  if (goal.startDate > today) return { label: 'Not started', color: 'gray' };
  return { label: 'Not counted', color: 'gray' };
}

const ORDER: Record<Goal['status'], number> = { active: 0, achieved: 1, dropped: 2 };

export function GoalsSection({ model }: { model: PartnershipModel }) {
  const { records, result } = model;
  const goals = useMemo(
    () =>
      [...records.goals].sort(
        (a, b) => ORDER[a.status] - ORDER[b.status] || a.dueDate.localeCompare(b.dueDate),
      ),
    [records.goals],
  );
  const evaluations = new Map(result.goals.map((g) => [g.goalId, g]));
  if (goals.length === 0) {
    return (
      <Card withBorder radius="md" padding="xl">
        <Text size="sm" c="dimmed" ta="center">
          No shared goal yet. Use “New goal” to set one.
        </Text>
      </Card>
    );
  }
  return (
    <Stack gap="xl">
      {goals.map((goal) => (
        <GoalBlock key={goal.id} goal={goal} evaluation={evaluations.get(goal.id)} model={model} />
      ))}
    </Stack>
  );
}

function GoalBlock(props: {
  goal: Goal;
  evaluation: GoalEvaluation | undefined;
  model: PartnershipModel;
}) {
  const { goal, evaluation, model } = props;
  const theme = useChartTheme();
  const partnershipId = model.records.partnership.id;
  const unit = goal.unit ? ` ${goal.unit}` : '';
  const status = statusOf(goal, evaluation, model.today);
  const updates = useMemo(
    () => newestFirst(model.records.goalUpdates.filter((u) => u.goalId === goal.id)),
    [model.records.goalUpdates, goal.id],
  );
  const points = useMemo(
    () => goalChartPoints(goal, model.records.goalUpdates),
    [goal, model.records.goalUpdates],
  );
  const titleId = `goal-${goal.id}`;
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Card withBorder radius="md" padding="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={3} fz="lg" fw={600} id={titleId}>
                {goal.title}
              </Title>
              <Badge color={status.color} variant="dot" radius="sm">
                {status.label}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              From {formatNumber(goal.baseline)}
              {unit} to {formatNumber(goal.target)}
              {unit} · {formatDate(goal.startDate)} to {formatDate(goal.dueDate)} · weight{' '}
              {formatNumber(goal.weight)}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconProgress size={14} />}
              aria-label={`Update ${goal.title}`}
              onClick={() =>
                useEntryStore
                  .getState()
                  .open({ kind: 'goal-update', partnershipId, goalId: goal.id })
              }
            >
              Update
            </Button>
            <RecordActions
              kind="goal"
              partnershipId={partnershipId}
              recordId={goal.id}
              label={`goal ${goal.title}`}
            />
          </Group>
        </Group>
        {evaluation && (
          <Stack gap={6} mt="md">
            <Group justify="space-between">
              <Text size="sm">
                Latest value{' '}
                <b>
                  {formatNumber(evaluation.value)}
                  {unit}
                </b>
              </Text>
              <Text size="sm">
                Progress <b>{formatPercent(evaluation.progress)}</b> · expected by now{' '}
                <b>{formatPercent(evaluation.expected)}</b>
              </Text>
            </Group>
            <Progress.Root
              size="lg"
              radius="sm"
              aria-label={`${goal.title}: progress ${formatPercent(evaluation.progress)}, expected ${formatPercent(evaluation.expected)}`}
            >
              <Progress.Section value={100 * evaluation.progress} color={status.color} />
            </Progress.Root>
            <div style={{ position: 'relative', height: 0 }} aria-hidden>
              <div
                style={{
                  position: 'absolute',
                  left: `${100 * evaluation.expected}%`,
                  top: -22,
                  height: 24,
                  borderLeft: `2px dashed ${theme.reference}`,
                }}
              />
            </div>
          </Stack>
        )}
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <ChartCard
            title={`Progress of ${goal.title}`}
            headingOrder={4}
            description="The goal's whole life: measured values (solid) against the even pace from baseline to target (dashed)."
            table={{
              columns: ['Date', `Measured${unit}`, `Expected${unit}`],
              rows: points.map((p) => [
                formatDate(p.date),
                p.actual === null ? '\u2013' : formatNumber(p.actual),
                formatNumber(Math.round(p.expected * 10) / 10),
              ]),
            }}
            height={240}
          >
            <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
              {chartGrid(theme)}
              <XAxis
                dataKey="day"
                type="number"
                domain={['dataMin', 'dataMax']}
                stroke={theme.axis}
                tick={{ fill: theme.axis, fontSize: 12 }}
                tickFormatter={(day: number) => formatDate(fromDayNumber(day))}
                minTickGap={40}
                height={44}
                label={{
                  value: 'Date',
                  position: 'insideBottom',
                  offset: 0,
                  fill: theme.axis,
                  fontSize: 12,
                }}
              />
              {yAxis(theme, goal.unit ? `Value (${goal.unit})` : 'Value')}
              {chartTooltip(theme, (v) => formatNumber(Math.round(v * 10) / 10))}
              <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
              <Line
                dataKey="expected"
                name="Expected pace"
                stroke={theme.reference}
                strokeDasharray="6 4"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="actual"
                name="Measured"
                stroke={theme.primary}
                strokeWidth={2.5}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <RecordTable<GoalUpdate>
            title={`Updates of ${goal.title}`}
            records={updates}
            emptyMessage="No measurement yet."
            columns={[
              { header: 'Date', cell: (u) => formatDate(u.date), narrow: true },
              {
                header: 'Value',
                cell: (u) => (
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatNumber(u.value)}
                      {unit}
                    </Text>
                    {u.note && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {u.note}
                      </Text>
                    )}
                  </Stack>
                ),
              },
              {
                header: 'Owner’s view',
                cell: (u) => (u.confidence ? GOAL_CONFIDENCE_LABELS[u.confidence] : '\u2013'),
                narrow: true,
              },
            ]}
            actions={(u) => (
              <RecordActions
                kind="goal-update"
                partnershipId={partnershipId}
                recordId={u.id}
                goalId={goal.id}
                label={`update of ${formatDate(u.date)} to ${goal.title}`}
              />
            )}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
