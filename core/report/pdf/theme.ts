// The report's look: the app's colours and type scale, and shared react-pdf styles.
// Band colours always travel with the band's word, never alone.

import { StyleSheet } from './react-pdf';
import type { BandName } from '../report-model';
import { LATIN_FONT_STACK } from './fonts';

export const COLORS = {
  primary: '#3b5bdb',
  primaryDark: '#2b3f9e',
  primaryTint: '#edf2ff',
  ink: '#1f2430',
  muted: '#5c6370',
  faint: '#8b919c',
  rule: '#dfe2e8',
  zebra: '#f7f8fa',
  white: '#ffffff',
  healthy: '#2f9e44',
  watch: '#f08c00',
  atRisk: '#e03131',
  healthyTint: '#ebfbee',
  watchTint: '#fff4e6',
  atRiskTint: '#fff5f5',
} as const;

/** One colour per dimension for charts (chosen to stay apart from the band colours). */
export const DIMENSION_COLORS = {
  trust: '#3b5bdb',
  communication: '#1098ad',
  goals: '#7048e8',
  reciprocity: '#c2255c',
  friction: '#495057',
} as const;

export function bandColor(band: BandName | null): string {
  if (band === 'healthy') return COLORS.healthy;
  if (band === 'watch') return COLORS.watch;
  if (band === 'at-risk') return COLORS.atRisk;
  return COLORS.faint;
}

export function bandTint(band: BandName | null): string {
  if (band === 'healthy') return COLORS.healthyTint;
  if (band === 'watch') return COLORS.watchTint;
  if (band === 'at-risk') return COLORS.atRiskTint;
  return COLORS.zebra;
}

/** The OpenType features of running text. */
const PROSE_FEATURES = { calt: false };
/** Number columns: figures of one width, so that they line up. */
export const TABULAR_FIGURES = { ...PROSE_FEATURES, tnum: true };

/** The width charts are drawn at: fits the text column of both A4 and Letter. */
export const CONTENT_WIDTH = 495;

export const styles = StyleSheet.create({
  page: {
    // Each report page names the stack its text needs (report-page.tsx); this is the default.
    fontFamily: LATIN_FONT_STACK,
    // Contextual alternates off (Inter's are costly to shape). Tabular figures only in number
    // columns (TABULAR_FIGURES): Inter's tnum also widens spaces, hyphens and punctuation.
    fontFeatureSettings: PROSE_FEATURES,
    fontSize: 9.5,
    lineHeight: 1.45,
    color: COLORS.ink,
    paddingTop: 64,
    paddingBottom: 56,
    paddingHorizontal: 50,
  },
  runningHeader: {
    position: 'absolute',
    top: 24,
    left: 50,
    right: 50,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
    paddingBottom: 6,
    fontSize: 7.5,
    color: COLORS.muted,
  },
  footer: {
    position: 'absolute',
    left: 50,
    right: 50,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: COLORS.faint,
  },
  label: {
    fontSize: 7,
    fontWeight: 600,
    letterSpacing: 0.9,
    textTransform: 'uppercase',
    color: COLORS.muted,
  },
  h1: { fontSize: 24, fontWeight: 700, lineHeight: 1.2 },
  h2: {
    fontSize: 13,
    fontWeight: 700,
    color: COLORS.primaryDark,
    marginBottom: 8,
  },
  h3: { fontSize: 10.5, fontWeight: 600, marginBottom: 4 },
  section: { marginTop: 22 },
  paragraph: { marginBottom: 4 },
  muted: { color: COLORS.muted },
  small: { fontSize: 8, color: COLORS.muted },
  italic: { fontStyle: 'italic' },
});
