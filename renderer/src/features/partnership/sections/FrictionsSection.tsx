// Frictions: the open ones with their age and severity (resolve, edit, delete), then the resolved.
import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { daysBetween } from '../../../../../core/domain/dates';
import type { Friction, FrictionSeverity } from '../../../../../core/domain/types';
import { formatDate } from '../../../../../core/report/format';
import {
  FRICTION_CATEGORY_LABELS,
  FRICTION_SEVERITY_LABELS,
} from '../../../components/record-labels';
import { useEntryStore } from '../../../store/entry-store';
import type { PartnershipModel } from '../partnership-model';
import { RecordActions } from '../RecordActions';
import { RecordTable, type RecordColumn } from './RecordTable';

const SEVERITY_COLORS: Record<FrictionSeverity, string> = {
  high: 'red',
  medium: 'orange',
  low: 'gray',
};
const SEVERITY_ORDER: Record<FrictionSeverity, number> = { high: 0, medium: 1, low: 2 };

function plural(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function FrictionsSection({ model }: { model: PartnershipModel }) {
  const { records, today } = model;
  const partnershipId = records.partnership.id;
  const { open, resolved } = useMemo(() => {
    const isOpen = (f: Friction) =>
      f.openedDate <= today && (!f.resolvedDate || f.resolvedDate > today);
    return {
      open: records.frictions
        .filter(isOpen)
        .sort(
          (a, b) =>
            SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
            a.openedDate.localeCompare(b.openedDate),
        ),
      resolved: records.frictions
        .filter((f) => !isOpen(f))
        .sort((a, b) =>
          (b.resolvedDate ?? b.openedDate).localeCompare(a.resolvedDate ?? a.openedDate),
        ),
    };
  }, [records.frictions, today]);
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
      collection="frictions"
      partnershipId={partnershipId}
      recordId={f.id}
      label={`friction ${f.title}`}
    />
  );
  return (
    <Stack gap="lg">
      <RecordTable<Friction>
        title="Open frictions"
        description="Each open friction lowers the friction score: low 5, medium 15, high 30 points, ×1.5 once older than 30 days."
        records={open}
        emptyMessage="No friction is open."
        columns={[
          ...common,
          {
            header: 'Age',
            cell: (f) => plural(daysBetween(f.openedDate, today), 'day'),
            narrow: true,
          },
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
              f.resolvedDate ? plural(daysBetween(f.openedDate, f.resolvedDate), 'day') : '\u2013',
            narrow: true,
          },
        ]}
        actions={actions}
      />
    </Stack>
  );
}
