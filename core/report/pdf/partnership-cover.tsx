/* @jsxRuntime automatic */
/* @jsxImportSource react */
// The first page's top of a partnership report: the indigo cover band with the partnership,
// its parties and the period, then the headline figure, band, trend and the summary sentences.

import { formatChange, formatDate, formatScore, trendWord } from '../format';
import type { IsoDate } from '../../domain/types';
import type { Audience, PartnershipReport } from '../report-model';
import { BandPill, KeyFigure } from './parts';
import { Text, View } from './react-pdf';
import { COLORS, bandColor, styles } from './theme';

export function audienceWord(audience: Audience): string {
  return audience === 'internal' ? 'Internal: not for circulation' : 'Shared with partners';
}

/** Who prepared a report, when and for whom (a partnership header or a portfolio report). */
interface Provenance {
  preparedBy: string | null;
  owner?: string | null;
  generatedOn: IsoDate;
  audience: Audience;
}

/**
 * The cover's line: "Prepared by … · Managed by … · Generated on 5 Mar 2026 · audience", absent
 * parts left out.
 */
export function coverProvenance(p: Provenance): string {
  return [
    p.preparedBy ? `Prepared by ${p.preparedBy}` : null,
    p.owner ? `Managed by ${p.owner}` : null,
    `Generated on ${formatDate(p.generatedOn)}`,
    audienceWord(p.audience),
  ]
    .filter(Boolean)
    .join('   ·   ');
}

/** The footer's shorter form: "Prepared by … · 5 Mar 2026 · audience". */
export function footnoteProvenance(p: Provenance): string {
  const by = p.preparedBy ? `Prepared by ${p.preparedBy} · ` : '';
  return `${by}${formatDate(p.generatedOn)} · ${audienceWord(p.audience)}`;
}

/** The cover band: full-bleed colour above the first page's content. */
export function CoverBand({
  kicker,
  title,
  lines,
}: {
  kicker: string;
  title: string;
  lines: string[];
}) {
  return (
    <View
      style={{
        backgroundColor: COLORS.primary,
        marginTop: -64,
        marginHorizontal: -50,
        paddingTop: 44,
        paddingBottom: 26,
        paddingHorizontal: 50,
        color: COLORS.white,
      }}
    >
      <Text style={{ ...styles.label, color: '#c5d0fa' }}>{kicker}</Text>
      <Text style={{ ...styles.h1, color: COLORS.white, marginTop: 6 }}>{title}</Text>
      {lines.map((line, i) => (
        <Text key={i} style={{ fontSize: 9.5, color: '#e3e8fd', marginTop: i === 0 ? 8 : 2 }}>
          {line}
        </Text>
      ))}
    </View>
  );
}

export function PartnershipCover({ report }: { report: PartnershipReport }) {
  const { header, summary } = report;
  const lines = [
    header.parties.map((p) => p.name).join('  ·  '),
    `${formatDate(header.period.from)} – ${formatDate(header.period.to)}`,
    coverProvenance(header),
  ];
  return (
    <View>
      <CoverBand kicker={header.title} title={header.partnershipName} lines={lines} />
      {header.purpose ? (
        <Text style={{ ...styles.muted, ...styles.italic, marginTop: 14 }}>{header.purpose}</Text>
      ) : null}
      <View style={{ marginTop: 20 }} wrap={false}>
        <Text style={styles.label}>Executive summary</Text>
        <View style={{ flexDirection: 'row', marginTop: 8, alignItems: 'flex-start' }}>
          <View
            style={{
              width: 130,
              borderLeftWidth: 3,
              borderLeftColor: bandColor(summary.band),
              paddingLeft: 10,
            }}
          >
            <Text style={styles.label}>Health</Text>
            <Text style={{ fontSize: 34, fontWeight: 700, lineHeight: 1.1 }}>
              {formatScore(summary.health)}
            </Text>
            <Text style={{ ...styles.small, marginBottom: 4 }}>out of 100</Text>
            <BandPill band={summary.band} />
          </View>
          <View style={{ flexGrow: 1, flexBasis: 0, paddingLeft: 16 }}>
            <View style={{ flexDirection: 'row', marginBottom: 10 }}>
              <KeyFigure
                label="Trend"
                value={trendWord(summary.trend)}
                note={
                  summary.trendDelta === null
                    ? undefined
                    : `${formatChange(summary.trendDelta)} points`
                }
              />
              <KeyFigure
                label="Confidence"
                value={summary.confidence === 'normal' ? 'Normal' : 'Low'}
              />
              <KeyFigure label="Next review" value={formatDate(summary.nextReviewDate)} />
            </View>
            {summary.sentences.map((sentence, i) => (
              <Text key={i} style={styles.paragraph}>
                {sentence}
              </Text>
            ))}
          </View>
        </View>
      </View>
    </View>
  );
}
