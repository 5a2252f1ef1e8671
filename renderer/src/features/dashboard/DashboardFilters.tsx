// Search by name and filter by band, status, tag and owner; says how many partnerships match.
import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { PARTNERSHIP_STATUSES } from '../../../../core/domain/types';
import { bandWord, formatCount } from '../../../../core/report/format';
import { STATUS_LABELS } from '../../components/StatusBadge';
import { distinctValues, type BandFilter } from './dashboard-rows';
import type { PartnershipSummary } from './portfolio-overview';
import type { DashboardView } from './use-dashboard-view';

const BAND_CHOICES: { value: BandFilter; label: string }[] = [
  { value: 'healthy', label: bandWord('healthy') },
  { value: 'watch', label: bandWord('watch') },
  { value: 'at-risk', label: bandWord('at-risk') },
  { value: 'none', label: 'No score' },
];
const STATUS_CHOICES = PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

export function DashboardFilters(props: {
  rows: readonly PartnershipSummary[];
  shown: number;
  view: DashboardView;
}) {
  const { rows, shown, view } = props;
  const { filters, setFilter } = view;
  const tags = distinctValues(rows, (r) => r.tags);
  const owners = distinctValues(rows, (r) => [r.owner]);
  const filtered =
    filters.band !== null ||
    filters.status !== null ||
    filters.tag !== null ||
    filters.owner !== null ||
    filters.search.trim() !== '';
  const selectProps = {
    clearable: true,
    w: 150,
    size: 'sm' as const,
    comboboxProps: { withinPortal: true },
  };
  return (
    <Group gap="sm" align="flex-end" mb="sm" wrap="wrap">
      <TextInput
        label="Search by name"
        placeholder="Partnership name"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.search}
        onChange={(event) => setFilter('search', event.currentTarget.value)}
        w={220}
        size="sm"
      />
      <Select
        label="Band"
        placeholder="All bands"
        data={BAND_CHOICES}
        value={filters.band}
        onChange={(value) => setFilter('band', value as BandFilter | null)}
        {...selectProps}
      />
      <Select
        label="Status"
        placeholder="All statuses"
        data={STATUS_CHOICES}
        value={filters.status}
        onChange={(value) =>
          setFilter('status', value as (typeof PARTNERSHIP_STATUSES)[number] | null)
        }
        {...selectProps}
      />
      <Select
        label="Tag"
        placeholder="All tags"
        data={tags}
        value={filters.tag}
        onChange={(value) => setFilter('tag', value)}
        searchable
        {...selectProps}
      />
      <Select
        label="Owner"
        placeholder="All owners"
        data={owners}
        value={filters.owner}
        onChange={(value) => setFilter('owner', value)}
        searchable
        {...selectProps}
      />
      {filtered && (
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconX size={14} />}
          onClick={view.clearFilters}
        >
          Clear filters
        </Button>
      )}
      <Text size="sm" c="dimmed" ml="auto" aria-live="polite" pb={6}>
        {filtered
          ? `${shown} of ${formatCount(rows.length, 'partnership')}`
          : formatCount(rows.length, 'partnership')}
      </Text>
    </Group>
  );
}
