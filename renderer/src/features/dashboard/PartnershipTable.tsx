// Every partnership in a row: health, band, trend, the last months of health and its most serious
// alert. Sortable by column; only the rows in view are rendered, so hundreds stay smooth.
import { Anchor, Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Settings } from '../../../../core/domain/types';
import { BandBadge } from '../../components/charts/BandBadge';
import { formatScore } from '../../../../core/report/format';
import { STATUS_LABELS } from '../../components/StatusBadge';
import type { ChartTheme } from '../../components/charts/chart-theme';
import type { SortDirection, SortKey } from './dashboard-rows';
import { HealthSparkline } from './HealthSparkline';
import { partnershipPagePath } from '../partnership/partnership-path';
import type { PartnershipSummary, PortfolioHistory } from './portfolio-overview';
import { SPARKLINE_MONTHS } from './portfolio-overview';
import { TrendText } from './TrendText';
import { useVirtualRows } from './use-virtual-rows';
import classes from './dashboard.module.css';

const ROW_HEIGHT = 60;
const VIEW_HEIGHT = 600;

export interface TableSort {
  key: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
}

function SortHeader(props: { label: string; column: SortKey; sort: TableSort }) {
  const { label, column, sort } = props;
  const active = sort.key === column;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      scope="col"
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton onClick={() => sort.onSort(column)} className={classes.sortButton}>
        <Group gap={4} wrap="nowrap">
          <span>{label}</span>
          <Icon size={14} stroke={1.8} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function AlertCell({ row }: { row: PartnershipSummary }) {
  const alert = row.topAlert;
  if (alert === null) {
    return (
      <Text size="xs" c="dimmed">
        No alerts
      </Text>
    );
  }
  const more = row.alertCount - 1;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Badge
        size="xs"
        radius="sm"
        variant={alert.severity === 'critical' ? 'filled' : 'light'}
        color={alert.severity === 'critical' ? 'red.9' : 'yellow'}
        style={{ flexShrink: 0, marginTop: 2 }}
      >
        {alert.severity === 'critical' ? 'Critical' : 'Warning'}
      </Badge>
      <Text size="xs" lineClamp={2} title={alert.message}>
        {alert.message}
        {more > 0 && (
          <Text span size="xs" c="dimmed">
            {' '}
            (+{more} more)
          </Text>
        )}
      </Text>
    </Group>
  );
}

export function PartnershipTable(props: {
  rows: readonly PartnershipSummary[];
  history: PortfolioHistory | null;
  settings: Settings;
  sort: TableSort;
  colors: ChartTheme;
  empty: ReactNode;
}) {
  const { rows, history, settings, sort, colors } = props;
  const navigate = useNavigate();
  const { scrollRef, items, paddingTop, paddingBottom, maxHeight } = useVirtualRows(
    rows.length,
    ROW_HEIGHT,
    VIEW_HEIGHT,
  );
  return (
    <div ref={scrollRef} className={classes.tableScroll} style={{ maxHeight }}>
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={0}
        horizontalSpacing="md"
        aria-label="Partnerships"
        aria-rowcount={rows.length + 1}
        className={classes.fixedTable}
      >
        <colgroup>
          <col style={{ width: '30%' }} />
          <col style={{ width: 96 }} />
          <col style={{ width: 112 }} />
          <col style={{ width: 84 }} />
          <col style={{ width: 148 }} />
          <col />
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <SortHeader label="Partnership" column="name" sort={sort} />
            <SortHeader label="Health" column="health" sort={sort} />
            <Table.Th scope="col">Band</Table.Th>
            <SortHeader label="Trend" column="trend" sort={sort} />
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              Last {SPARKLINE_MONTHS} months
            </Table.Th>
            <SortHeader label="Most serious alert" column="alerts" sort={sort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={6} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <Table.Tr
                key={row.id}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
                className={classes.clickableRow}
                onClick={(event) => {
                  // The name link handles its own clicks; elsewhere the row opens the page too.
                  if (!(event.target as HTMLElement).closest('a')) {
                    navigate(partnershipPagePath(row.id));
                  }
                }}
              >
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={partnershipPagePath(row.id)}
                    fw={600}
                    size="sm"
                    c="var(--mantine-color-text)"
                    lineClamp={1}
                    title={row.name}
                  >
                    <bdi>{row.name}</bdi>
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate>
                    {STATUS_LABELS[row.status]}
                    {row.owner && (
                      <>
                        {' · '}
                        <bdi>{row.owner}</bdi>
                      </>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fw={700} fz={20} lh={1} className={classes.score}>
                    {formatScore(row.health)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <BandBadge band={row.band} size="sm" />
                </Table.Td>
                <Table.Td>
                  <TrendText
                    trend={row.trend}
                    delta={row.trendDelta}
                    days={settings.trendDays}
                    colors={colors}
                  />
                </Table.Td>
                <Table.Td>
                  <HealthSparkline
                    values={history?.sparklines[row.id]}
                    band={row.band}
                    months={SPARKLINE_MONTHS}
                    settings={settings}
                    colors={colors}
                  />
                </Table.Td>
                <Table.Td>
                  <AlertCell row={row} />
                </Table.Td>
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={6} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && props.empty}
    </div>
  );
}
