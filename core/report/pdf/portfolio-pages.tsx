/* @jsxRuntime automatic */
/* @jsxImportSource react */
// The pages of the portfolio report: cover and summary table, band counts month by month,
// the partnership × dimension heat map, needs-attention list, then one section per partnership.

import type { ReactNode } from 'react';
import { DIMENSION_LABELS, DIMENSIONS } from '../../domain/dimension-names';
import { bandWord, formatDate, formatMonth, formatScore, trendWord } from '../format';
import type {
  BandName,
  HeatMapRow,
  NeedsAttentionRow,
  PortfolioReport,
  PortfolioRow,
} from '../report-model';
import { StackedBarChart } from './charts';
import { CoverBand, coverProvenance, footnoteProvenance } from './partnership-cover';
import { PartnershipPages } from './partnership-pages';
import { BandBadge, Section, SectionHeading, TableSection, type Column } from './parts';
import { Text, View } from './react-pdf';
import { ReportPage, type Paper } from './report-page';
import { COLORS, CONTENT_WIDTH, bandColor, bandTint, styles } from './theme';

const summaryColumns: Column<PortfolioRow>[] = [
  {
    title: 'Partnership',
    width: 2.4,
    cell: (r) => <Text style={{ fontWeight: 600 }}>{r.name}</Text>,
  },
  {
    title: 'Health',
    width: 0.7,
    align: 'right',
    cell: (r) => <Text style={{ fontWeight: 600 }}>{formatScore(r.health)}</Text>,
  },
  { title: 'Band', width: 0.9, cell: (r) => <BandBadge band={r.band} /> },
  { title: 'Trend', width: 0.9, cell: (r) => trendWord(r.trend) },
  {
    title: 'Top alert',
    width: 4,
    cell: (r) => <Text style={{ fontSize: 8, color: COLORS.muted }}>{r.topAlert ?? 'None'}</Text>,
  },
];

const attentionColumns: Column<NeedsAttentionRow>[] = [
  {
    title: 'Severity',
    width: 0.9,
    cell: (r) => (
      <Text
        style={{ color: r.severity === 'critical' ? COLORS.atRisk : COLORS.watch, fontWeight: 600 }}
      >
        {r.severity === 'critical' ? 'Critical' : 'Warning'}
      </Text>
    ),
  },
  { title: 'Partnership', width: 2, cell: (r) => r.partnershipName },
  { title: 'Alert', width: 5, cell: (r) => <Text style={{ fontSize: 8 }}>{r.message}</Text> },
];

/** The bands of the month-by-month chart, bottom to top, then the partnerships without a score. */
const DISTRIBUTION_BANDS: (BandName | null)[] = ['healthy', 'watch', 'at-risk', null];

/** A band's colour in the month-by-month chart; no score is a light rule grey, not the faint ink. */
function distributionColor(band: BandName | null): string {
  return band === null ? COLORS.rule : bandColor(band);
}

const HEAT_CELL = {
  flexGrow: 1,
  flexBasis: 0,
  paddingVertical: 3,
  paddingHorizontal: 3,
  marginLeft: 2,
} as const;

/** Rows of coloured cells, each with its score and band word, under a header row repeated on every page. */
function HeatMap({ rows: heatRows, lead }: { rows: HeatMapRow[]; lead: ReactNode }) {
  const header = (
    <View
      style={{
        flexDirection: 'row',
        borderBottomWidth: 0.75,
        borderBottomColor: COLORS.ink,
        paddingBottom: 3,
      }}
    >
      <Text style={[styles.label, { width: 150 }]}>Partnership</Text>
      {DIMENSIONS.map((d) => (
        <Text key={d} style={[styles.label, HEAT_CELL, { textAlign: 'center' }]}>
          {DIMENSION_LABELS[d]}
        </Text>
      ))}
    </View>
  );
  const rows = heatRows.map((row, i) => (
    <View key={i} wrap={false} style={{ flexDirection: 'row', alignItems: 'center', marginTop: 2 }}>
      <Text style={{ width: 150, fontSize: 8, paddingRight: 4 }}>{row.partnershipName}</Text>
      {DIMENSIONS.map((d) => {
        const band = row.bands[d];
        return (
          <View
            key={d}
            style={[
              HEAT_CELL,
              {
                backgroundColor: bandTint(band),
                borderLeftWidth: 2,
                borderLeftColor: bandColor(band),
              },
            ]}
          >
            <Text style={{ fontSize: 7.5, textAlign: 'center' }}>
              <Text style={{ fontWeight: 600 }}>{formatScore(row.scores[d])}</Text>
              {band ? ` ${bandWord(band)}` : ''}
            </Text>
          </View>
        );
      })}
    </View>
  ));
  // The heat map opens a page element of its own, so its header row can repeat on every page.
  return (
    <View>
      {lead}
      <View fixed>{header}</View>
      {rows}
    </View>
  );
}

export function PortfolioPages({ report, paper }: { report: PortfolioReport; paper: Paper }) {
  const counts = report.rows.reduce(
    (acc, r) => ({ ...acc, [r.band ?? 'none']: (acc[r.band ?? 'none'] ?? 0) + 1 }),
    {} as Record<string, number>,
  );
  const page = (key: string, children: ReactNode, first = false) => (
    <ReportPage
      key={key}
      paper={paper}
      title={report.title}
      subject="Portfolio overview"
      footnote={footnoteProvenance(report)}
      headerFromSecondPage={first}
    >
      {children}
    </ReportPage>
  );
  return (
    <>
      {page(
        'cover',
        <>
          <CoverBand
            kicker={report.title}
            title={`${report.rows.length} partnership${report.rows.length === 1 ? '' : 's'}`}
            lines={[
              `${formatDate(report.period.from)} – ${formatDate(report.period.to)}`,
              coverProvenance(report),
            ]}
          />
          <Text style={{ marginTop: 14 }}>
            At {formatDate(report.period.to)}: {counts.healthy ?? 0} {bandWord('healthy')},{' '}
            {counts.watch ?? 0} {bandWord('watch')}, {counts['at-risk'] ?? 0} {bandWord('at-risk')}
            {counts.none ? `, ${counts.none} without a score` : ''}. {report.needsAttention.length}{' '}
            alert{report.needsAttention.length === 1 ? '' : 's'} need attention.
          </Text>
          <Section kicker="Over the period" title="Bands month by month">
            <View wrap={false}>
              <StackedBarChart
                width={CONTENT_WIDTH}
                height={140}
                bars={report.bandDistribution.map((m) => ({
                  label: formatMonth(m.month),
                  parts: [
                    { value: m.healthy, color: distributionColor('healthy') },
                    { value: m.watch, color: distributionColor('watch') },
                    { value: m.atRisk, color: distributionColor('at-risk') },
                    { value: m.noScore, color: distributionColor(null) },
                  ],
                }))}
              />
              <View style={{ flexDirection: 'row', marginTop: 4 }}>
                {DISTRIBUTION_BANDS.map((band) => (
                  <View
                    key={band ?? 'none'}
                    style={{ flexDirection: 'row', alignItems: 'center', marginRight: 12 }}
                  >
                    <View
                      style={{
                        width: 7,
                        height: 7,
                        backgroundColor: distributionColor(band),
                        marginRight: 4,
                      }}
                    />
                    <Text style={styles.small}>{bandWord(band)}</Text>
                  </View>
                ))}
              </View>
            </View>
          </Section>
          <Section kicker="Method" title="How the figures are computed">
            <Text style={styles.paragraph}>
              Every figure is computed from the records as of {formatDate(report.period.to)}. Health
              is the weighted mean of five dimensions (trust, communication, goals, give and take,
              friction), each scored 0–100 from the records of the preceding weeks. Bands: Healthy
              at {report.bands.healthy} or more, Watch at {report.bands.watch} or more, At risk
              below. Monthly counts use each month's last day.
              {report.sections.length > 0
                ? ' Each partnership section that follows is a condensed version of the partnership report, whose appendix explains each dimension in full.'
                : ''}
            </Text>
          </Section>
        </>,
        true,
      )}
      {page(
        'rows',
        <TableSection
          kicker="Summary"
          title="Partnerships at the end of the period"
          columns={summaryColumns}
          rows={report.rows}
          empty="No partnership selected."
          repeatHeader
        />,
      )}
      {page(
        'heat',
        <View style={styles.section}>
          <HeatMap
            rows={report.heatMap}
            lead={<SectionHeading kicker="Dimensions" title="Partnership × dimension heat map" />}
          />
        </View>,
      )}
      {page(
        'alerts',
        <TableSection
          kicker="Needs attention"
          title="Alerts, most serious first"
          columns={attentionColumns}
          rows={report.needsAttention}
          empty="No alert is raised at the end of the period."
          repeatHeader
        />,
      )}
      {report.skippedSections.length > 0
        ? page(
            'skipped',
            <Section kicker="Not included" title="Partnerships without a section">
              {report.skippedSections.map((s, i) => (
                <Text key={i} style={styles.paragraph}>
                  {s.reason}
                </Text>
              ))}
            </Section>,
          )
        : null}
      {report.sections.map((section) => (
        <PartnershipPages
          key={section.header.partnershipId}
          report={section}
          paper={paper}
          title={report.title}
          condensed
        />
      ))}
    </>
  );
}
