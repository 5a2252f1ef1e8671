// The portfolio in five numbers: partnerships, how many are healthy / on watch / at risk today,
// and the critical alerts. Each band tile carries its word and colour.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { Band } from '../../../../core/domain/health';
import { bandWord } from '../../../../core/report/format';
import { bandColor } from '../../components/charts/bands';
import type { PortfolioSummary } from './portfolio-overview';
import classes from './dashboard.module.css';

function Tile(props: { label: string; value: number; detail: string; accent: string }) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={classes.tile}
      style={{ borderTopColor: `var(--mantine-color-${props.accent}-filled)` }}
    >
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" style={{ letterSpacing: 0.4 }}>
        {props.label}
      </Text>
      <Text fz={30} fw={700} lh={1.2} className={classes.score}>
        {props.value}
      </Text>
      <Text size="xs" c="dimmed">
        {props.detail}
      </Text>
    </Paper>
  );
}

export function SummaryTiles({ summary }: { summary: PortfolioSummary }) {
  const { rows, alerts } = summary;
  const count = (band: Band) => rows.filter((r) => r.band === band).length;
  const share = (n: number) =>
    rows.length === 0
      ? '0% of the portfolio'
      : `${Math.round((100 * n) / rows.length)}% of the portfolio`;
  const active = rows.filter((r) => r.status === 'active' || r.status === 'forming').length;
  const noScore = rows.filter((r) => r.health === null).length;
  const critical = alerts.filter((a) => a.severity === 'critical').length;
  const bands: Band[] = ['healthy', 'watch', 'at-risk'];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" mb="lg">
      <Tile
        label="Partnerships"
        value={rows.length}
        detail={`${active} active or forming${noScore > 0 ? `, ${noScore} without a score` : ''}`}
        accent="indigo"
      />
      {bands.map((band) => (
        <Tile
          key={band}
          label={bandWord(band)}
          value={count(band)}
          detail={share(count(band))}
          accent={bandColor(band)}
        />
      ))}
      <Tile
        label="Critical alerts"
        value={critical}
        detail={`${alerts.length - critical} warnings besides`}
        accent="red"
      />
    </SimpleGrid>
  );
}
