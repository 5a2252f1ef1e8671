// Partnerships × dimensions: each cell shows the dimension's score and an arrow for its change
// over the trend period, tinted by the band its score falls in; the legend says what each means.
import { Anchor, Box, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { DIMENSION_LABELS } from '../../../../core/domain/dimension-names';
import { bandOf, DIMENSIONS, TREND_THRESHOLD } from '../../../../core/domain/health';
import type { Settings } from '../../../../core/domain/types';
import { bandWord, formatScore, trendArrow } from '../../../../core/report/format';
import type { ChartTheme } from '../../components/charts/chart-theme';
import { partnershipPagePath } from '../partnership/partnership-path';
import type { DimensionCell, PartnershipSummary } from './portfolio-overview';
import { trendSentence } from './TrendText';
import { useVirtualRows } from './use-virtual-rows';
import classes from './dashboard.module.css';

const ROW_HEIGHT = 40;
const VIEW_HEIGHT = 480;

function HeatCell(props: { cell: DimensionCell; settings: Settings; colors: ChartTheme }) {
  const { cell, settings, colors } = props;
  const band = bandOf(cell.score, settings);
  const background = band === null ? colors.noScoreCell : colors.bandCell[band];
  const sentence =
    cell.score === null ? 'No score' : trendSentence(cell.trend, cell.delta, settings.trendDays);
  return (
    <Table.Td className={classes.heatCell} style={{ background }} title={sentence}>
      <span aria-hidden>
        <Text span fw={600} size="sm">
          {formatScore(cell.score)}
        </Text>
        {cell.trend !== null && (
          <Text span size="sm" ml={4} style={{ color: colors.trend[cell.trend] }} fw={700}>
            {trendArrow(cell.trend)}
          </Text>
        )}
      </span>
      <VisuallyHidden>
        {cell.score === null ? 'No score' : `${formatScore(cell.score)}. ${sentence}`}
      </VisuallyHidden>
    </Table.Td>
  );
}

function Legend({ settings, colors }: { settings: Settings; colors: ChartTheme }) {
  const swatches = [
    { band: 'healthy' as const, range: `${settings.bands.healthy} and above` },
    {
      band: 'watch' as const,
      range: `${settings.bands.watch} to below ${settings.bands.healthy}`,
    },
    { band: 'at-risk' as const, range: `below ${settings.bands.watch}` },
  ];
  return (
    <Group gap="lg" mt="sm" wrap="wrap">
      {swatches.map(({ band, range }) => (
        <Group key={band} gap={6} wrap="nowrap">
          <Box
            w={14}
            h={14}
            style={{ background: colors.bandCell[band], borderRadius: 3 }}
            aria-hidden
          />
          <Text size="xs">
            {bandWord(band)}: {range}
          </Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        ↑ ↓ a change of {TREND_THRESHOLD} points or more in {settings.trendDays} days, → less
      </Text>
    </Group>
  );
}

export function HealthHeatMap(props: {
  rows: readonly PartnershipSummary[];
  settings: Settings;
  colors: ChartTheme;
}) {
  const { rows, settings, colors } = props;
  const titleId = useId();
  const { scrollRef, items, paddingTop, paddingBottom, maxHeight } = useVirtualRows(
    rows.length,
    ROW_HEIGHT,
    VIEW_HEIGHT,
  );
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap={2} mb="sm">
        <Title order={2} fz="md" fw={600} id={titleId}>
          Dimensions at a glance
        </Title>
        <Text size="sm" c="dimmed">
          Each dimension's score today and its change over the last {settings.trendDays} days.
        </Text>
      </Stack>
      <div ref={scrollRef} className={classes.tableScroll} style={{ maxHeight }}>
        <Table
          stickyHeader
          verticalSpacing={0}
          horizontalSpacing="sm"
          aria-labelledby={titleId}
          aria-rowcount={rows.length + 1}
          className={classes.fixedTable}
          style={{ minWidth: 760 }}
        >
          <colgroup>
            <col style={{ width: '28%' }} />
            {DIMENSIONS.map((name) => (
              <col key={name} />
            ))}
          </colgroup>
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              <Table.Th scope="col">Partnership</Table.Th>
              {DIMENSIONS.map((name) => (
                <Table.Th key={name} scope="col" ta="center">
                  {DIMENSION_LABELS[name]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paddingTop > 0 && (
              <tr aria-hidden style={{ height: paddingTop }}>
                <td colSpan={DIMENSIONS.length + 1} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <Table.Tr
                  key={row.id}
                  aria-rowindex={item.index + 2}
                  style={{ height: ROW_HEIGHT }}
                >
                  <Table.Th scope="row" fw={500}>
                    <Anchor
                      component={Link}
                      to={partnershipPagePath(row.id)}
                      size="sm"
                      c="var(--mantine-color-text)"
                      lineClamp={1}
                      title={row.name}
                    >
                      <bdi>{row.name}</bdi>
                    </Anchor>
                  </Table.Th>
                  {DIMENSIONS.map((name) => (
                    <HeatCell
                      key={name}
                      cell={row.dimensions[name]}
                      settings={settings}
                      colors={colors}
                    />
                  ))}
                </Table.Tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden style={{ height: paddingBottom }}>
                <td colSpan={DIMENSIONS.length + 1} />
              </tr>
            )}
          </Table.Tbody>
        </Table>
      </div>
      <Legend settings={settings} colors={colors} />
    </Card>
  );
}
