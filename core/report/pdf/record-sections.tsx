/* @jsxRuntime automatic */
/* @jsxImportSource react */
// Partnership report sections drawn from the records of the period: communication, give and
// take, wins, frictions, actions, review reflections, respondents' comments and the method.

import { DIMENSION_LABELS, DIMENSIONS } from '../../domain/dimension-names';
import { formatDate, formatPercent, formatValue } from '../format';
import type {
  ActionRow,
  FrictionRow,
  GiveAndTakeRow,
  PartnershipReport,
  WinRow,
} from '../report-model';
import { KeyFigure, Section, TableSection, type Column } from './parts';
import { Text, View } from './react-pdf';
import { COLORS, TABULAR_FIGURES, styles } from './theme';

export function CommunicationSection({ report }: { report: PartnershipReport }) {
  const c = report.communication;
  return (
    <Section kicker="Communication" title="How often and on whose initiative the parties met">
      <View style={{ flexDirection: 'row' }} wrap={false}>
        <KeyFigure
          label="Check-ins in period"
          value={String(c.checkIns)}
          note={`${formatValue(c.expectedCheckIns)} expected at one every ${c.cadenceDays} days`}
        />
        <KeyFigure
          label="Adherence"
          value={formatPercent(c.adherence)}
          note={`over the last ${report.method.lookbackDays} days`}
        />
        <KeyFigure
          label="Last contact"
          value={formatDate(c.lastContact)}
          note={
            c.daysSinceLastContact === null
              ? 'no contact recorded'
              : `${c.daysSinceLastContact} days before the period's end`
          }
        />
      </View>
      <View style={{ marginTop: 10 }} wrap={false}>
        <Text style={styles.label}>Who initiates</Text>
        {c.initiators.map((row) => (
          <ShareBar
            key={row.party.id}
            label={row.party.name}
            share={row.share}
            detail={`${row.count} initiated`}
          />
        ))}
      </View>
    </Section>
  );
}

/** A labelled horizontal bar of a 0–1 share, optionally with the agreed share marked. */
function ShareBar({
  label,
  share,
  detail,
  agreed,
}: {
  label: string;
  share: number;
  detail: string;
  agreed?: number;
}) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginTop: 4 }} wrap={false}>
      <Text style={{ width: 150, paddingRight: 6 }}>{label}</Text>
      <View style={{ width: 200, height: 8, backgroundColor: COLORS.zebra, borderRadius: 2 }}>
        <View
          style={{
            width: 200 * share,
            height: 8,
            backgroundColor: COLORS.primary,
            borderRadius: 2,
          }}
        />
        {agreed === undefined ? null : (
          <View
            style={{
              position: 'absolute',
              left: 200 * agreed - 0.75,
              top: -2,
              width: 1.5,
              height: 12,
              backgroundColor: COLORS.ink,
            }}
          />
        )}
      </View>
      <Text
        style={{
          width: 40,
          textAlign: 'right',
          fontWeight: 600,
          fontFeatureSettings: TABULAR_FIGURES,
        }}
      >
        {formatPercent(share)}
      </Text>
      <Text style={{ ...styles.small, paddingLeft: 8, flexGrow: 1, flexBasis: 0 }}>{detail}</Text>
    </View>
  );
}

export function GiveAndTakeSection({ rows }: { rows: GiveAndTakeRow[] }) {
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  return (
    <Section kicker="Give and take" title="Contributions in the period against the agreed shares">
      {total === 0 ? (
        <Text style={styles.muted}>No contribution was recorded in the period.</Text>
      ) : (
        <View wrap={false}>
          {rows.map((row) => (
            <ShareBar
              key={row.party.id}
              label={row.party.name}
              share={row.share}
              agreed={row.agreedShare}
              detail={`${formatValue(row.value)} points · agreed ${formatPercent(row.agreedShare)}`}
            />
          ))}
          <Text style={{ ...styles.small, marginTop: 4 }}>
            The dark tick on each bar marks the agreed share.
          </Text>
        </View>
      )}
    </Section>
  );
}

const winColumns: Column<WinRow>[] = [
  { title: 'Date', width: 1, cell: (r) => formatDate(r.date) },
  {
    title: 'Milestone',
    width: 4,
    cell: (r) => (
      <View>
        <Text style={{ fontWeight: 600 }}>{r.title}</Text>
        {r.description ? <Text style={styles.small}>{r.description}</Text> : null}
      </View>
    ),
  },
  { title: 'Celebrated', width: 1, cell: (r) => (r.celebrated ? 'Yes' : 'Not yet') },
];

export function WinsSection({ rows }: { rows: WinRow[] }) {
  return (
    <TableSection
      kicker="Wins"
      title="Milestones reached in the period"
      columns={winColumns}
      rows={rows}
      empty="No milestone was recorded in the period."
    />
  );
}

const FRICTION_STATE: Record<FrictionRow['state'], string> = {
  open: 'Open (from before)',
  opened: 'Opened, still open',
  resolved: 'Resolved',
};

function frictionColumns(withNotes: boolean): Column<FrictionRow>[] {
  return [
    {
      title: 'Friction',
      width: 2.8,
      cell: (r) => (
        <View>
          <Text style={{ fontWeight: 600 }}>{r.title}</Text>
          {withNotes && r.notes ? <Text style={styles.small}>{r.notes}</Text> : null}
        </View>
      ),
    },
    { title: 'Severity', width: 0.8, cell: (r) => r.severity },
    { title: 'Category', width: 1, cell: (r) => r.category },
    { title: 'State', width: 1.3, cell: (r) => FRICTION_STATE[r.state] },
    { title: 'Opened', width: 1, align: 'right', cell: (r) => formatDate(r.openedDate) },
    { title: 'Days open', width: 0.9, align: 'right', cell: (r) => String(r.ageDays) },
  ];
}

/** Rows shown by a condensed section; the partnership's own report lists them all. */
const CONDENSED_ROWS = 8;

function moreNote(total: number, shown: number) {
  return total > shown ? (
    <Text style={{ ...styles.small, marginTop: 4 }}>
      {`And ${total - shown} more: see the partnership's own report.`}
    </Text>
  ) : null;
}

export function FrictionsSection({
  report,
  condensed,
}: {
  report: PartnershipReport;
  condensed: boolean;
}) {
  const rows = condensed
    ? report.frictions.filter((f) => f.state !== 'resolved').slice(0, CONDENSED_ROWS)
    : report.frictions;
  const open = report.frictions.filter((f) => f.state !== 'resolved').length;
  return (
    <TableSection
      kicker="Frictions"
      title={
        condensed ? 'Friction points still open' : 'Friction points opened, resolved and still open'
      }
      columns={frictionColumns(report.header.audience === 'internal')}
      rows={rows}
      empty={
        condensed ? 'No friction point is open.' : 'No friction point was open during the period.'
      }
    >
      {condensed ? moreNote(open, rows.length) : null}
    </TableSection>
  );
}

const actionColumns: Column<ActionRow>[] = [
  { title: 'Action', width: 3, cell: (r) => r.text },
  { title: 'Owner', width: 1.4, cell: (r) => r.owner?.name ?? 'Unassigned' },
  {
    title: 'Due',
    width: 1.3,
    align: 'right',
    cell: (r) => (
      <Text style={{ color: r.overdue ? COLORS.atRisk : COLORS.ink }}>
        {r.dueDate ? `${formatDate(r.dueDate)}${r.overdue ? ' (overdue)' : ''}` : 'No date'}
      </Text>
    ),
  },
  {
    title: 'Agreed at',
    width: 1.4,
    cell: (r) => `${r.source === 'review' ? 'Review' : 'Check-in'}, ${formatDate(r.sourceDate)}`,
  },
];

export function ActionsSection({
  report,
  condensed,
}: {
  report: PartnershipReport;
  condensed: boolean;
}) {
  const rows = condensed ? report.actions.slice(0, CONDENSED_ROWS) : report.actions;
  return (
    <TableSection
      kicker="Next steps"
      title="Open actions and follow-ups"
      columns={actionColumns}
      rows={rows}
      empty="No open action or follow-up."
    >
      {condensed ? moreNote(report.actions.length, rows.length) : null}
      {(condensed ? [] : report.reviews).map((review, i) => (
        <View
          key={review.date}
          wrap={false}
          style={{ marginTop: i === 0 ? 12 : 0, marginBottom: 6 }}
        >
          {i === 0 ? <Text style={styles.h3}>Review reflections in the period</Text> : null}
          <Text style={styles.label}>{formatDate(review.date)}</Text>
          {review.wentWell ? <Text>Went well: {review.wentWell}</Text> : null}
          {review.toImprove ? <Text>To improve: {review.toImprove}</Text> : null}
        </View>
      ))}
    </TableSection>
  );
}

/** Internal audience only: the model leaves comments and notes empty for partners. */
export function RespondentsSection({ report }: { report: PartnershipReport }) {
  if (report.comments.length === 0 && report.partyNotes.length === 0) return null;
  return (
    <Section kicker="Internal" title="What respondents said">
      {report.comments.map((c, i) => (
        <View
          key={i}
          wrap={false}
          style={{
            marginBottom: 6,
            borderLeftWidth: 2,
            borderLeftColor: COLORS.primaryTint,
            paddingLeft: 8,
          }}
        >
          <Text>“{c.comment}”</Text>
          <Text style={styles.small}>
            {c.respondent ?? 'Anonymous'}, {c.party.name} · {formatDate(c.date)}
          </Text>
        </View>
      ))}
      {report.partyNotes.length > 0 ? (
        <View style={{ marginTop: 8 }}>
          <Text style={styles.h3}>Notes on the parties</Text>
          {report.partyNotes.map((n) => (
            <Text key={n.party.id} style={styles.paragraph}>
              <Text style={{ fontWeight: 600 }}>{n.party.name}: </Text>
              {n.notes}
            </Text>
          ))}
        </View>
      ) : null}
    </Section>
  );
}

/** The appendix; the caller starts it on a page of its own. */
export function MethodSection({ report }: { report: PartnershipReport }) {
  const m = report.method;
  const f = m.freshness;
  return (
    <Section kicker="Appendix" title="Method and data">
      <Text style={styles.paragraph}>
        Every figure comes from the records as of the period's end (
        {formatDate(report.header.period.to)}). Each dimension scores 0–100 from the last{' '}
        {m.lookbackDays} days: trust from the parties' pulse ratings (each party counts once),
        communication from check-in adherence, recency, balance of initiative and quality, goals
        from progress against the expected pace, give and take from contributions over twice that
        window against the agreed shares and from perceived fairness, friction from open friction
        points by severity and age.
      </Text>
      <Text style={styles.paragraph}>
        Health is the weighted mean of the dimensions with data (
        {DIMENSIONS.map((d) => `${DIMENSION_LABELS[d]} ${formatPercent(m.weights[d])}`).join(', ')}
        ). Bands: Healthy at {m.bands.healthy} or more, Watch at {m.bands.watch} or more, At risk
        below. The trend compares health with {m.trendDays} days earlier (a move of 5 points or
        more). Charts use {m.step === 'week' ? 'weekly' : 'monthly'} points. Scores are printed
        rounded to whole numbers.
      </Text>
      <View style={{ flexDirection: 'row', marginTop: 8 }} wrap={false}>
        <View style={{ flexGrow: 1, flexBasis: 0, paddingRight: 12 }}>
          <Text style={styles.label}>Respondents in the period</Text>
          {m.respondents.map((r) => (
            <View
              key={r.party.id}
              style={{ flexDirection: 'row', justifyContent: 'space-between', marginTop: 3 }}
            >
              <Text>{r.party.name}</Text>
              <Text style={{ textAlign: 'right' }}>
                {r.respondents} respondent{r.respondents === 1 ? '' : 's'}, {r.pulses} pulse
                {r.pulses === 1 ? '' : 's'}
              </Text>
            </View>
          ))}
        </View>
        <View style={{ flexGrow: 1, flexBasis: 0 }}>
          <Text style={styles.label}>Freshness of the inputs</Text>
          {(
            [
              ['Latest pulse', f.latestPulse],
              ['Latest check-in', f.latestCheckIn],
              ['Latest goal update', f.latestGoalUpdate],
              ['Latest contribution', f.latestContribution],
            ] as const
          ).map(([label, date]) => (
            <View
              key={label}
              style={{ flexDirection: 'row', justifyContent: 'space-between', marginTop: 3 }}
            >
              <Text>{label}</Text>
              <Text style={{ textAlign: 'right' }}>
                {date ? formatDate(date) : 'none recorded'}
              </Text>
            </View>
          ))}
        </View>
      </View>
      <Text style={{ ...styles.paragraph, marginTop: 10 }}>{m.confidenceReason}</Text>
    </Section>
  );
}
