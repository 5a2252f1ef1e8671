// Small building blocks of report pages: section headings, band badges, key figures and
// tables whose rows never split across pages.

import type { ReactNode } from 'react';
import { Text, View } from './react-pdf';
import type { Styles } from './react-pdf';
import { bandWord } from '../format';
import type { BandName } from '../report-model';
import { COLORS, bandColor, bandTint, styles } from './theme';

/** A section: small-caps kicker, title, content. The heading never sits alone at a page foot. */
export function Section({
  kicker,
  title,
  children,
  breakBefore,
}: {
  kicker: string;
  title: string;
  children: ReactNode;
  breakBefore?: boolean;
}) {
  return (
    <View style={styles.section} break={breakBefore}>
      <View minPresenceAhead={90} wrap={false}>
        <Text style={styles.label}>{kicker}</Text>
        <Text style={styles.h2}>{title}</Text>
      </View>
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
      <Text style={{ fontSize: 15, fontWeight: 600, marginTop: 2 }}>{value}</Text>
      {note ? <Text style={styles.small}>{note}</Text> : null}
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

/**
 * A table: header row in small caps, zebra rows, numbers right-aligned. Each row is unbreakable
 * (`wrap={false}`), and the header stays with the first rows (it is never orphaned).
 */
export function Table<T>({
  columns,
  rows,
  empty,
}: {
  columns: Column<T>[];
  rows: T[];
  empty: string;
}) {
  if (rows.length === 0) return <Text style={styles.muted}>{empty}</Text>;
  return (
    <View>
      <View
        style={{
          flexDirection: 'row',
          borderBottomWidth: 0.75,
          borderBottomColor: COLORS.ink,
          paddingBottom: 3,
        }}
        minPresenceAhead={40}
        wrap={false}
      >
        {columns.map((column) => (
          <Text key={column.title} style={[styles.label, cellStyle(column)]}>
            {column.title}
          </Text>
        ))}
      </View>
      {rows.map((row, index) => (
        <View
          key={index}
          wrap={false}
          style={{
            flexDirection: 'row',
            paddingVertical: 4,
            borderBottomWidth: 0.5,
            borderBottomColor: COLORS.rule,
            backgroundColor: index % 2 === 1 ? COLORS.zebra : COLORS.white,
          }}
        >
          {columns.map((column) => (
            <View key={column.title} style={cellStyle(column)}>
              {cellContent(column.cell(row), column)}
            </View>
          ))}
        </View>
      ))}
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
  };
}

function cellContent<T>(content: ReactNode, column: Column<T>): ReactNode {
  if (typeof content === 'string' || typeof content === 'number') {
    return <Text style={{ textAlign: column.align ?? 'left' }}>{content}</Text>;
  }
  return content;
}
