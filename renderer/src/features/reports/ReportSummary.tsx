// The report on screen, before any PDF is made: who it is for, the period, the executive summary
// and the scorecard (one partnership) or the summary table (a portfolio), read from the model.
import { Badge, Box, Divider, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatChange, formatDate, formatScore, trendWord } from '../../../../core/report/format';
import type {
  Audience,
  PartnershipReport,
  PortfolioReport,
  Report,
} from '../../../../core/report/report-model';
import { BandBadge } from '../../components/charts/BandBadge';
import { NameList } from '../../components/NameList';
import { AUDIENCE_LABELS } from './report-choice';

export function ReportSummary({ report }: { report: Report }) {
  return report.kind === 'partnership' ? (
    <PartnershipSummary report={report} />
  ) : (
    <PortfolioSummary report={report} />
  );
}

function Facts(props: { items: [string, ReactNode][] }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}
    >
      {props.items.map(([term, value]) => (
        <Box key={term} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" c="dimmed">
            {term}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}

function AudienceBadge({ audience }: { audience: Audience }) {
  return (
    <Badge variant="light" color={audience === 'internal' ? 'gray' : 'indigo'} radius="sm">
      {AUDIENCE_LABELS[audience]}
    </Badge>
  );
}

// A table cell sizes a badge to its min-content, which would cut its word short.
const BADGE_CELL = { minWidth: 92 };
// On a narrow window the table scrolls sideways: its box must then be reachable by keyboard.
const scrollBox = (label: string) => ({ tabIndex: 0, role: 'region', 'aria-label': label });
const CAPTION = { textAlign: 'left', fontWeight: 600 } as const;

function period(from: string, to: string): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

function PartnershipSummary({ report }: { report: PartnershipReport }) {
  const { header, summary } = report;
  const more: string[] = [
    `${report.goals.length} shared goal${report.goals.length === 1 ? '' : 's'}`,
    `${report.communication.checkIns} check-in${report.communication.checkIns === 1 ? '' : 's'}`,
    `${report.wins.length} win${report.wins.length === 1 ? '' : 's'}`,
    `${report.frictions.length} friction point${report.frictions.length === 1 ? '' : 's'}`,
    `${report.actions.length} next step${report.actions.length === 1 ? '' : 's'}`,
  ];
  if (header.audience === 'internal') {
    more.push(
      `${report.comments.length} respondent comment${report.comments.length === 1 ? '' : 's'}`,
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" style={{ letterSpacing: 0.4 }}>
            {header.title}
          </Text>
          <Title order={3} fz="h3">
            <bdi>{header.partnershipName}</bdi>
          </Title>
        </Stack>
        <AudienceBadge audience={header.audience} />
      </Group>
      <Facts
        items={[
          ['Parties', <NameList key="parties" names={header.parties.map((p) => p.name)} />],
          ['Period', period(header.period.from, header.period.to)],
          ['Prepared by', header.preparedBy ?? 'Not set (Settings → Organization name)'],
          ['Generated on', formatDate(header.generatedOn)],
        ]}
      />
      <Divider />
      <Title order={3} fz="h5">
        Executive summary
      </Title>
      <Group gap="lg" align="center" wrap="wrap">
        <Group gap={6} align="baseline">
          <Text
            fz={36}
            fw={700}
            lh={1}
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="report-health"
          >
            {formatScore(summary.health)}
          </Text>
          <Text size="sm" c="dimmed">
            / 100
          </Text>
        </Group>
        <BandBadge band={summary.band} size="lg" />
        <Text size="sm">
          {trendWord(summary.trend)}
          {summary.trendDelta !== null ? ` (${formatChange(summary.trendDelta)})` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {summary.confidence === 'low' ? 'Low confidence' : 'Normal confidence'} · next review{' '}
          {formatDate(summary.nextReviewDate)}
        </Text>
      </Group>
      <List size="sm" spacing={4} data-testid="report-sentences">
        {summary.sentences.map((sentence) => (
          <List.Item key={sentence}>{sentence}</List.Item>
        ))}
      </List>
      <Table.ScrollContainer minWidth={500} type="native" {...scrollBox('Scorecard table')}>
        <Table verticalSpacing={6} striped captionSide="top" aria-label="Scorecard">
          <Table.Caption style={CAPTION}>Scorecard at the end of the period</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dimension</Table.Th>
              <Table.Th ta="right">Score</Table.Th>
              <Table.Th>Band</Table.Th>
              <Table.Th ta="right">Change</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.scorecard.map((row) => (
              <Table.Tr key={row.dimension}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatScore(row.score)}
                </Table.Td>
                <Table.Td style={BADGE_CELL}>
                  <BandBadge band={row.band} size="sm" />
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatChange(row.change)}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{row.note}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        The PDF also holds the charts over the period, {more.join(', ')}, and the method.
      </Text>
    </Stack>
  );
}

function PortfolioSummary({ report }: { report: PortfolioReport }) {
  const count = (band: string | null) => report.rows.filter((r) => r.band === band).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" style={{ letterSpacing: 0.4 }}>
            Portfolio report
          </Text>
          <Title order={3} fz="h3">
            {report.title}
          </Title>
        </Stack>
        <AudienceBadge audience={report.audience} />
      </Group>
      <Facts
        items={[
          ['Partnerships', String(report.rows.length)],
          ['Period', period(report.period.from, report.period.to)],
          ['Prepared by', report.preparedBy ?? 'Not set (Settings → Organization name)'],
          ['Generated on', formatDate(report.generatedOn)],
          [
            'At the end',
            `${count('healthy')} healthy · ${count('watch')} on watch · ${count('at-risk')} at risk · ${count(null)} without a score`,
          ],
        ]}
      />
      <Table.ScrollContainer minWidth={500} type="native" {...scrollBox('Partnerships table')}>
        <Table
          verticalSpacing={6}
          striped
          captionSide="top"
          aria-label="Partnerships in the report"
        >
          <Table.Caption style={CAPTION}>Health at the end of the period</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Partnership</Table.Th>
              <Table.Th ta="right">Health</Table.Th>
              <Table.Th>Band</Table.Th>
              <Table.Th>Trend</Table.Th>
              <Table.Th>Most serious alert</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.partnershipId}>
                <Table.Th scope="row" fw={500}>
                  <bdi>{row.name}</bdi>
                </Table.Th>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatScore(row.health)}
                </Table.Td>
                <Table.Td style={BADGE_CELL}>
                  <BandBadge band={row.band} size="sm" />
                </Table.Td>
                <Table.Td>{trendWord(row.trend)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{row.topAlert ?? 'None'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        The PDF also holds the band counts month by month, the dimension heat map and{' '}
        {report.needsAttention.length} alert{report.needsAttention.length === 1 ? '' : 's'}
        {report.sections.length > 0
          ? `, followed by ${report.sections.length} partnership section${report.sections.length === 1 ? '' : 's'}`
          : ''}
        .
        {report.skippedSections.length > 0 &&
          ` No section for ${report.skippedSections.map((s) => `${s.partnershipName} (${s.reason})`).join('; ')}.`}
      </Text>
    </Stack>
  );
}
