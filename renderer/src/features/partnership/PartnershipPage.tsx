// A partnership's page: its health today with the reasons, the buttons that record activity,
// and its sections as tabs, every chart following the chosen period and step.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconFileTypePdf, IconPencil } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { localIsoDate } from '../../../../core/domain/dates';
import { DIMENSION_LABELS } from '../../../../core/domain/dimension-names';
import { evaluatePrepared } from '../../../../core/domain/health';
import { healthSeries } from '../../../../core/domain/health-series';
import { prepareRecords } from '../../../../core/domain/prepared-records';
import { editPartnershipPath } from '../../app/navigation';
import { NameList } from '../../components/NameList';
import { StatusBadge } from '../../components/StatusBadge';
import type { PartnershipPageData } from '../../db/partnership-records-query';
import { EntryActions } from './EntryActions';
import { HealthHeader } from './HealthHeader';
import { partyNamer, type PartnershipModel } from './partnership-model';
import { periodRange, type PeriodChoice } from './period';
import { PeriodPicker } from './PeriodPicker';
import { CommunicationSection } from './sections/CommunicationSection';
import { FrictionsSection } from './sections/FrictionsSection';
import { GiveTakeSection } from './sections/GiveTakeSection';
import { GoalsSection } from './sections/GoalsSection';
import { OverviewSection } from './sections/OverviewSection';
import { ReviewsWinsSection } from './sections/ReviewsWinsSection';
import { TimelineSection } from './sections/TimelineSection';
import { TrustSection } from './sections/TrustSection';
import { usePartnershipPageData } from './use-partnership-page-data';

const TABS: { value: string; label: string; render: (m: PartnershipModel) => ReactNode }[] = [
  { value: 'overview', label: 'Overview', render: (m) => <OverviewSection model={m} /> },
  { value: 'trust', label: 'Trust', render: (m) => <TrustSection model={m} /> },
  {
    value: 'communication',
    label: 'Communication',
    render: (m) => <CommunicationSection model={m} />,
  },
  { value: 'goals', label: 'Goals', render: (m) => <GoalsSection model={m} /> },
  {
    value: 'give-take',
    label: DIMENSION_LABELS.reciprocity,
    render: (m) => <GiveTakeSection model={m} />,
  },
  { value: 'frictions', label: 'Frictions', render: (m) => <FrictionsSection model={m} /> },
  { value: 'reviews', label: 'Reviews & wins', render: (m) => <ReviewsWinsSection model={m} /> },
  { value: 'timeline', label: 'Timeline', render: (m) => <TimelineSection model={m} /> },
];

export function PartnershipPage() {
  const { id = '' } = useParams();
  const live = usePartnershipPageData(id);
  if (live.status === 'loading') {
    return (
      <Group justify="center" py="xl">
        <Loader aria-label="Loading the partnership" />
      </Group>
    );
  }
  if (live.status === 'error') {
    return (
      <Alert color="red" title="The partnership could not be read">
        {live.error.message} Reload the app; if it happens again, restore your latest backup.
      </Alert>
    );
  }
  if (live.data === null) {
    return (
      <Stack gap="sm">
        <Title order={1} fz="h2">
          Partnership not found
        </Title>
        <Text>
          It may have been deleted.{' '}
          <Anchor component={Link} to="/partnerships">
            Back to the partnerships
          </Anchor>
        </Text>
      </Stack>
    );
  }
  return <PartnershipView data={live.data} />;
}

function PartnershipView({ data }: { data: PartnershipPageData }) {
  const { records, parties, settings } = data;
  const partnership = records.partnership;
  const [today] = useState(() => localIsoDate(new Date()));
  const [choice, setChoice] = useState<PeriodChoice>({
    preset: '1y',
    customFrom: '',
    customTo: '',
    step: 'month',
  });
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = TABS.some((t) => t.value === searchParams.get('tab'))
    ? searchParams.get('tab')!
    : 'overview';
  const nameOf = useMemo(() => partyNamer(parties), [parties]);
  const prepared = useMemo(() => prepareRecords(records), [records]);
  const result = useMemo(
    () => evaluatePrepared(prepared, today, settings),
    [prepared, today, settings],
  );
  const range = periodRange(choice, today, partnership.startDate);
  // An invalid custom range keeps the charts on the last valid one while the user types.
  const [lastValid, setLastValid] = useState({ from: partnership.startDate, to: today });
  if (range.ok && (range.from !== lastValid.from || range.to !== lastValid.to)) {
    setLastValid({ from: range.from, to: range.to });
  }
  const from = range.ok ? range.from : lastValid.from;
  const to = range.ok ? range.to : lastValid.to;
  const series = useMemo(
    () => healthSeries(records, { from, to, step: choice.step }, settings),
    [records, from, to, choice.step, settings],
  );
  const model: PartnershipModel = {
    records,
    prepared,
    parties,
    settings,
    today,
    from,
    to,
    step: choice.step,
    result,
    series,
    nameOf,
  };
  return (
    <Stack gap={0} data-page="partnership">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Title order={1} fz="h2">
            <bdi>{partnership.name}</bdi>
          </Title>
          <Group gap="xs">
            <StatusBadge status={partnership.status} />
            <Text size="sm" c="dimmed">
              <NameList names={parties.map((p) => p.name)} />
              {partnership.owner && (
                <>
                  {' · managed by '}
                  <bdi>{partnership.owner}</bdi>
                </>
              )}
            </Text>
            {partnership.tags.map((tag) => (
              <Badge key={tag} variant="default" color="gray" radius="sm" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group gap="sm">
          <Button
            component={Link}
            to={`/reports?partnership=${encodeURIComponent(partnership.id)}`}
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
          >
            Export report
          </Button>
          <Button
            component={Link}
            to={editPartnershipPath(partnership.id)}
            variant="default"
            leftSection={<IconPencil size={16} />}
          >
            Edit partnership
          </Button>
        </Group>
      </Group>

      <HealthHeader result={result} settings={settings} nameOf={nameOf} />

      <Card withBorder radius="md" padding="md" mb="lg">
        <Stack gap="md">
          <EntryActions partnershipId={partnership.id} />
          <PeriodPicker
            choice={choice}
            onChange={setChoice}
            error={range.ok ? null : range.message}
          />
        </Stack>
      </Card>

      <Tabs
        value={tab}
        onChange={(value) =>
          setSearchParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value}>
            <VisuallyHidden component="h2">{t.label}</VisuallyHidden>
            {tab === t.value && t.render(model)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
