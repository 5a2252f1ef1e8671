// Frictions: the open ones with their age, severity and cost (resolve, edit, delete), then the
// resolved ones, and any not counted yet.
import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import {
  FRICTION_AGE_DAYS,
  FRICTION_AGE_FACTOR,
  FRICTION_COST,
} from '../../../../../core/domain/friction';
import { daysBetween } from '../../../../../core/domain/dates';
import type { Friction, FrictionSeverity } from '../../../../../core/domain/types';
import { formatCount, formatDate } from '../../../../../core/report/format';
import {
  FRICTION_CATEGORY_LABELS,
  FRICTION_SEVERITY_LABELS,
} from '../../../components/record-labels';
import { useEntryStore } from '../../../store/entry-store';
import { frictionLists, type OpenFriction } from '../friction-lists';
import type { PartnershipModel } from '../partnership-model';
import { RecordActions } from '../RecordActions';
import { RecordTable, type RecordColumn } from './RecordTable';

const SEVERITY_COLORS: Record<FrictionSeverity, string> = {
  high: 'red',
  medium: 'orange',
  low: 'gray',
};

export function FrictionsSection({ model }: { model: PartnershipModel }) {
  const { records, today, result } = model;
  const partnershipId = records.partnership.id;
  const openToday = result.dimensions.friction.open;
  const { open, resolved, notCounted } = useMemo(
    () => frictionLists(records.frictions, openToday, today),
    [records.frictions, openToday, today],
  );
  const common: RecordColumn<Friction>[] = [
    {
      header: 'Title',
      cell: (f) => (
        <Text size="sm" fw={500}>
          {f.title}
        </Text>
      ),
    },
    {
      header: 'Severity',
      cell: (f) => (
        <Badge color={SEVERITY_COLORS[f.severity]} variant="dot" radius="sm">
          {FRICTION_SEVERITY_LABELS[f.severity]}
        </Badge>
      ),
      narrow: true,
    },
    { header: 'Category', cell: (f) => FRICTION_CATEGORY_LABELS[f.category], narrow: true },
    { header: 'Opened', cell: (f) => formatDate(f.openedDate), narrow: true },
  ];
  const actions = (f: Friction) => (
    <RecordActions
      kind="friction"
      partnershipId={partnershipId}
      recordId={f.id}
      label={`friction ${f.title}`}
    />
  );
  return (
    <Stack gap="lg">
      <RecordTable<OpenFriction>
        title="Open frictions"
        description={`Each open friction lowers the friction score: low ${FRICTION_COST.low}, medium ${FRICTION_COST.medium}, high ${FRICTION_COST.high} points, ×${FRICTION_AGE_FACTOR} once older than ${FRICTION_AGE_DAYS} days.`}
        records={open}
        emptyMessage="No friction is open."
        columns={[
          ...common,
          { header: 'Age', cell: (f) => formatCount(f.ageDays, 'day'), narrow: true },
          { header: 'Cost', cell: (f) => formatCount(f.cost, 'point'), narrow: true },
        ]}
        actions={(f) => (
          <Group gap={4} wrap="nowrap" justify="flex-end">
            <Tooltip label="Mark as resolved" withArrow>
              <ActionIcon
                variant="subtle"
                color="teal"
                aria-label={`Resolve friction ${f.title}`}
                onClick={() =>
                  useEntryStore
                    .getState()
                    .open({ kind: 'friction-resolve', partnershipId, recordId: f.id })
                }
              >
                <IconCircleCheck size={16} />
              </ActionIcon>
            </Tooltip>
            {actions(f)}
          </Group>
        )}
      />
      <RecordTable<Friction>
        title="Resolved frictions"
        records={resolved}
        emptyMessage="No friction has been resolved yet."
        columns={[
          ...common,
          {
            header: 'Resolved',
            cell: (f) => (f.resolvedDate ? formatDate(f.resolvedDate) : '\u2013'),
            narrow: true,
          },
          {
            header: 'Open for',
            cell: (f) =>
              f.resolvedDate
                ? formatCount(daysBetween(f.openedDate, f.resolvedDate), 'day')
                : '\u2013',
            narrow: true,
          },
        ]}
        actions={actions}
      />
      {notCounted.length > 0 && (
        <RecordTable<Friction>
          title="Frictions not counted yet"
          description="Dated after today, or the partnership has not started yet: the score counts them from their opening date."
          records={notCounted}
          emptyMessage=""
          columns={common}
          actions={actions}
        />
      )}
    </Stack>
  );
}
