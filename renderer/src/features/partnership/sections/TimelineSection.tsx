// Timeline: every record of the period in date order, newest first, filterable by type.
import { Badge, Card, Chip, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatDate } from '../../../../../core/report/format';
import type { PartnershipModel } from '../partnership-model';
import { RecordActions } from '../RecordActions';
import {
  TIMELINE_LABELS,
  TIMELINE_TYPES,
  timelineItems,
  type TimelineItem,
  type TimelineType,
} from '../timeline-items';
import { RecordTable } from './RecordTable';

export function TimelineSection({ model }: { model: PartnershipModel }) {
  const { records, from, to, nameOf } = model;
  const [types, setTypes] = useState<string[]>([...TIMELINE_TYPES]);
  const all = useMemo(() => timelineItems(records, nameOf), [records, nameOf]);
  const shown = useMemo(
    () =>
      all
        .filter((item) => from <= item.date && item.date <= to && types.includes(item.kind))
        .map((item) => ({ ...item, id: item.key })),
    [all, from, to, types],
  );
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md">
        <Group gap="sm" align="center">
          <Text size="sm" fw={500} id="timeline-filter-label">
            Show
          </Text>
          <Chip.Group multiple value={types} onChange={setTypes}>
            <Group gap={6} role="group" aria-labelledby="timeline-filter-label">
              {TIMELINE_TYPES.map((type) => (
                <Chip key={type} value={type} size="sm" variant="light">
                  {TIMELINE_LABELS[type]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Group>
      </Card>
      <RecordTable<TimelineItem & { id: string }>
        title="Timeline"
        description={`${formatDate(from)} to ${formatDate(to)}, newest first.`}
        records={shown}
        emptyMessage="Nothing of the chosen types in this period."
        columns={[
          { header: 'Date', cell: (i) => formatDate(i.date), narrow: true },
          {
            header: 'Type',
            cell: (i) => (
              <Badge variant="dot" color={TYPE_COLORS[i.kind]} radius="sm">
                {TIMELINE_LABELS[i.kind]}
              </Badge>
            ),
            narrow: true,
          },
          {
            header: 'What happened',
            cell: (i) => (
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {i.title}
                </Text>
                {i.detail && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {i.detail}
                  </Text>
                )}
              </Stack>
            ),
          },
        ]}
        actions={(i) => (
          <RecordActions
            kind={i.kind}
            partnershipId={records.partnership.id}
            recordId={i.recordId}
            goalId={i.goalId}
            label={`${TIMELINE_LABELS[i.kind].toLowerCase()} of ${formatDate(i.date)}: ${i.title}`}
          />
        )}
      />
    </Stack>
  );
}

const TYPE_COLORS: Record<TimelineType, string> = {
  pulse: 'indigo',
  'check-in': 'cyan',
  goal: 'violet',
  'goal-update': 'grape',
  contribution: 'teal',
  friction: 'orange',
  review: 'blue',
  win: 'yellow',
};
