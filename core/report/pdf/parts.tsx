/* @jsxRuntime automatic */
/* @jsxImportSource react */
// Small building blocks of report pages: section headings, band badges, key figures and
// tables whose rows never split across pages.

import { Children, cloneElement, isValidElement, type ReactNode } from 'react';
import { Text, View } from './react-pdf';
import type { Styles } from './react-pdf';
import { bandWord } from '../format';
import type { BandName } from '../report-model';
import { COLORS, TABULAR_FIGURES, bandColor, bandTint, styles } from './theme';

/** A section's small-caps kicker and title. */
export function SectionHeading({ kicker, title }: { kicker: string; title: string }) {
  return (
    <View>
      <Text style={styles.label}>{kicker}</Text>
      <Text style={styles.h2}>{title}</Text>
    </View>
  );
}

/**
 * A section. The heading and the first child (a chart, figures, a paragraph) form one
 * unbreakable block, so a heading never sits alone at the foot of a page. Sections that open
 * with a table use TableSection instead (a table may be longer than a page).
 */
export function Section({
  kicker,
  title,
  children,
}: {
  kicker: string;
  title: string;
  children: ReactNode;
}) {
  const [first, ...rest] = Children.toArray(children);
  return (
    <View style={styles.section}>
      <View wrap={false}>
        <SectionHeading kicker={kicker} title={title} />
        {first}
      </View>
      {rest}
    </View>
  );
}

/** A section that opens with a table: the heading stays with the table's header and first row. */
export function TableSection<T>({
  kicker,
  title,
  children,
  ...table
}: TableProps<T> & { kicker: string; title: string; children?: ReactNode }) {
  return (
    <View style={styles.section}>
      <Table {...table} lead={<SectionHeading kicker={kicker} title={title} />} />
      {children}
    </View>
  );
}

/** A coloured dot with the band's word beside it: colour is never the only signal. */
export function BandBadge({ band, size = 8 }: { band: BandName | null; size?: number }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }}>
      <View
        style={{
          width: size * 0.75,
          height: size * 0.75,
          borderRadius: size,
          backgroundColor: bandColor(band),
          marginRight: 4,
        }}
      />
      <Text style={{ fontSize: size, color: COLORS.ink }}>{bandWord(band)}</Text>
    </View>
  );
}

/** A filled pill carrying the band's word (the cover's headline figure). */
export function BandPill({ band }: { band: BandName | null }) {
  return (
    <View
      style={{
        backgroundColor: bandTint(band),
        borderWidth: 0.75,
        borderColor: bandColor(band),
        borderRadius: 10,
        paddingHorizontal: 8,
        paddingVertical: 2,
        alignSelf: 'flex-start',
      }}
    >
      <Text style={{ fontSize: 8.5, fontWeight: 600, color: bandColor(band) }}>
        {bandWord(band)}
      </Text>
    </View>
  );
}

/** A labelled key figure (label above, value below). */
export function KeyFigure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <View style={{ flexGrow: 1, flexBasis: 0, paddingRight: 10 }}>
      <Text style={styles.label}>{label}</Text>
      <Text style={{ fontSize: 15, fontWeight: 600, marginTop: 2, lineHeight: 1.25 }}>{value}</Text>
      {note ? <Text style={{ ...styles.small, marginTop: 2 }}>{note}</Text> : null}
    </View>
  );
}

export interface Column<T> {
  title: string;
  /** Relative width (flex-grow). */
  width: number;
  align?: 'left' | 'right';
  cell: (row: T) => ReactNode;
}

interface TableProps<T> {
  columns: Column<T>[];
  rows: T[];
  empty: string;
  /** Printed above the table, kept on the page of the header and first row. */
  lead?: ReactNode;
  /**
   * Repeat the header row at the top of every page the table runs onto (react-pdf repeats `fixed`
   * content until its parent, here the table, ends). For a table that opens on a fresh page: it
   * does not keep its lead with the header and first row.
   */
  repeatHeader?: boolean;
}

/**
 * A table: header row in small caps, zebra rows, numbers right-aligned. Rows never split across
 * pages (`wrap={false}`), and the header (with any lead) always stays with the first row (or,
 * with `repeatHeader`, opens every page the table runs onto).
 */
export function Table<T>({ columns, rows, empty, lead, repeatHeader = false }: TableProps<T>) {
  const header = (
    <View
      style={{
        flexDirection: 'row',
        borderBottomWidth: 0.75,
        borderBottomColor: COLORS.ink,
        paddingBottom: 3,
      }}
    >
      {columns.map((column) => (
        <Text key={column.title} style={[styles.label, cellStyle(column)]}>
          {column.title}
        </Text>
      ))}
    </View>
  );
  const row = (item: T, index: number) => (
    <View
      key={index}
      wrap={false}
      style={{
        flexDirection: 'row',
        paddingVertical: 4,
        backgroundColor: index % 2 === 1 ? COLORS.zebra : COLORS.white,
      }}
    >
      {columns.map((column) => cell(column, column.cell(item)))}
    </View>
  );
  if (rows.length === 0) {
    return (
      <View wrap={false}>
        {lead}
        <Text style={styles.muted}>{empty}</Text>
      </View>
    );
  }
  if (repeatHeader) {
    return (
      <View>
        {lead}
        <View fixed>{header}</View>
        {rows.map(row)}
      </View>
    );
  }
  return (
    <View>
      <View wrap={false}>
        {lead}
        {header}
        {row(rows[0] as T, 0)}
      </View>
      {rows.slice(1).map((item, i) => row(item, i + 1))}
    </View>
  );
}

function cellStyle<T>(column: Column<T>): Styles[string] {
  return {
    flexGrow: column.width,
    flexBasis: 0,
    paddingHorizontal: 4,
    textAlign: column.align ?? 'left',
    alignItems: column.align === 'right' ? 'flex-end' : 'flex-start',
    ...(column.align === 'right' ? { fontFeatureSettings: TABULAR_FIGURES } : {}),
  };
}

/**
 * A plain value, or a Text of its own, is one Text node with the cell's layout (every node is laid
 * out again at each page break); anything else gets a wrapping View.
 */
function cell<T>(column: Column<T>, content: ReactNode): ReactNode {
  if (typeof content === 'string' || typeof content === 'number') {
    return (
      <Text key={column.title} style={cellStyle(column)}>
        {content}
      </Text>
    );
  }
  if (isValidElement<{ style?: Styles[string] }>(content) && content.type === Text) {
    return cloneElement(content, {
      key: column.title,
      style: { ...cellStyle(column), ...content.props.style },
    });
  }
  return (
    <View key={column.title} style={cellStyle(column)}>
      {content}
    </View>
  );
}
