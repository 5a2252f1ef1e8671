// The portfolio dashboard, the screen a manager opens every day: the portfolio in numbers, what
// needs attention, every partnership's health, the bands over the last year and the dimensions.
// On first run (nothing stored) it shows the welcome instead.
import { Alert, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useId, useMemo } from 'react';
import { formatCount, formatDate } from '../../../../core/report/format';
import { prefetchScreensWhenIdle } from '../../app/screens';
import { useChartTheme } from '../../components/charts/chart-theme';
import { PageHeader } from '../../components/PageHeader';
import { LoadSampleButton } from '../portfolio/LoadSampleButton';
import { WelcomeEmptyState } from '../portfolio/WelcomeEmptyState';
import { BandDistributionPending } from './BandDistributionPending';
import { visibleRows } from './dashboard-rows';
import { DashboardFilters } from './DashboardFilters';
import { HealthHeatMap } from './HealthHeatMap';
import { NeedsAttention } from './NeedsAttention';
import { PartnershipTable } from './PartnershipTable';
import { SummaryTiles } from './SummaryTiles';
import { useDashboardView } from './use-dashboard-view';
import { usePortfolioOverview } from './use-portfolio-overview';

const TITLE = 'Portfolio';

/** The chart library is loaded after the first screen: the rows with scores come first. */
const BandDistributionChart = lazy(async () => ({
  default: (await import('./BandDistributionChart')).BandDistributionChart,
}));

export function DashboardPage() {
  const overview = usePortfolioOverview();
  const view = useDashboardView();
  const colors = useChartTheme();
  const tableTitleId = useId();
  const { summary, history } = overview;

  const rows = useMemo(
    () => (summary ? visibleRows(summary.rows, view.filters, view.sort, view.direction) : []),
    [summary, view.filters, view.sort, view.direction],
  );
  const names = useMemo(() => new Map(summary?.rows.map((r) => [r.id, r.name])), [summary]);
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  // The heat map, at the bottom of the page, is rendered just after the rest, in the background:
  // the first figures show sooner.
  const heatMapShown = useDeferredValue(summary !== null, false);
  // The other screens' code is fetched once this one shows its content, not before.
  const settled = overview.status !== 'loading';
  useEffect(() => {
    if (settled) prefetchScreensWhenIdle();
  }, [settled]);

  if (overview.status === 'empty') {
    return (
      <>
        <PageHeader title={TITLE} description="Your partnerships at a glance." />
        <WelcomeEmptyState />
      </>
    );
  }
  if (overview.status === 'error') {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title="The dashboard could not be shown"
        >
          {overview.error?.message} Your records are not affected; the other sections still work.
        </Alert>
      </>
    );
  }
  if (summary === null) {
    return (
      <>
        <PageHeader title={TITLE} description="Your partnerships at a glance." />
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text size="sm">Working out the health of every partnership…</Text>
        </Group>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={TITLE}
        description={`${formatCount(summary.rows.length, 'partnership')} · health as of ${formatDate(summary.asOf)}`}
        actions={<LoadSampleButton variant="default" />}
      />
      <SummaryTiles summary={summary} />
      <Grid gap="md" mb="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <NeedsAttention alerts={summary.alerts} nameOf={nameOf} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Suspense fallback={<BandDistributionPending />}>
            <BandDistributionChart history={history} />
          </Suspense>
        </Grid.Col>
      </Grid>
      <Stack gap="lg">
        <Card
          withBorder
          radius="md"
          padding="lg"
          component="section"
          aria-labelledby={tableTitleId}
        >
          <Title order={2} fz="md" fw={600} id={tableTitleId} mb="sm">
            Partnerships
          </Title>
          <DashboardFilters rows={summary.rows} shown={rows.length} view={view} />
          <Card.Section withBorder>
            <PartnershipTable
              rows={rows}
              history={history}
              settings={summary.settings}
              sort={{ key: view.sort, direction: view.direction, onSort: view.sortBy }}
              colors={colors}
              empty={
                <Text size="sm" c="dimmed" ta="center" py="xl">
                  {summary.rows.length === 0
                    ? 'No partnerships yet: create one with New partnership.'
                    : 'No partnership matches these filters.'}
                </Text>
              }
            />
          </Card.Section>
        </Card>
        {heatMapShown && <HealthHeatMap rows={rows} settings={summary.settings} colors={colors} />}
      </Stack>
    </>
  );
}
