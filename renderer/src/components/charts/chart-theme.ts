// Chart colours that read well on Mantine's light and dark surfaces (WCAG AA for text), chosen
// from the computed colour scheme so every chart, sparkline and heat map follows the user's theme.
// Meaning never rests on colour alone: words and arrows go with them.
import { useComputedColorScheme } from '@mantine/core';
import type { Band, Trend } from '../../../../core/domain/health';

export interface ChartTheme {
  scheme: 'light' | 'dark';
  /** Axis lines, tick labels and axis titles. */
  axis: string;
  grid: string;
  text: string;
  tooltipBackground: string;
  tooltipBorder: string;
  /** Translucent fills of the band zones behind health charts. */
  bandFill: Record<Band, string>;
  /** Opaque band colours for bars and markers (always next to the band's word). */
  bandStroke: Record<Band, string>;
  /** The dot at a sparkline's last point, by band. */
  bandDot: Record<Band, string>;
  /** Backgrounds of heat-map cells by band (text on them stays the page's colour), and of cells with no score. */
  bandCell: Record<Band, string>;
  noScoreCell: string;
  /** Band badges: a tint and a text colour with at least 4.5:1 contrast on it. */
  bandTint: Record<Band, string>;
  bandText: Record<Band, string>;
  /** Distinct series colours, in order; pair them with dash patterns for colour-blind readers. */
  series: string[];
  /** The main line (health). */
  primary: string;
  /** Reference lines (targets, expected pace, agreed shares) and the neutral line of sparklines. */
  reference: string;
  /** Text colour of a trend arrow and its change. */
  trend: Record<Trend, string>;
}

const LIGHT_BAND_TEXT: Record<Band, string> = {
  healthy: '#087f5b',
  watch: '#845400',
  'at-risk': '#b02525',
};
const DARK_BAND_STROKE: Record<Band, string> = {
  healthy: '#38d9a9',
  watch: '#ffd43b',
  'at-risk': '#ff8787',
};
const DARK_BAND_TEXT: Record<Band, string> = {
  healthy: '#63e6be',
  watch: '#ffe066',
  'at-risk': '#ffa8a8',
};

const LIGHT: ChartTheme = {
  scheme: 'light',
  axis: '#495057',
  grid: '#dee2e6',
  text: '#212529',
  tooltipBackground: '#ffffff',
  tooltipBorder: '#ced4da',
  bandFill: { healthy: '#12b886', watch: '#fab005', 'at-risk': '#fa5252' },
  bandStroke: { healthy: '#0c8599', watch: '#e67700', 'at-risk': '#c92a2a' },
  // Brighter than the strokes: a small dot next to a grey line.
  bandDot: { healthy: '#0ca678', watch: '#f08c00', 'at-risk': '#e03131' },
  bandCell: { healthy: '#c3fae8', watch: '#fff3bf', 'at-risk': '#ffe3e3' },
  noScoreCell: '#f1f3f5',
  bandTint: { healthy: '#e6fcf5', watch: '#fff9db', 'at-risk': '#fff5f5' },
  bandText: LIGHT_BAND_TEXT,
  series: ['#4263eb', '#e8590c', '#0ca678', '#ae3ec9', '#1098ad', '#f03e3e'],
  primary: '#364fc7',
  reference: '#495057',
  trend: { improving: LIGHT_BAND_TEXT.healthy, steady: '#495057', declining: '#c92a2a' },
};

const DARK: ChartTheme = {
  scheme: 'dark',
  axis: '#adb5bd',
  grid: '#373a40',
  text: '#e9ecef',
  tooltipBackground: '#25262b',
  tooltipBorder: '#495057',
  bandFill: { healthy: '#20c997', watch: '#fcc419', 'at-risk': '#ff6b6b' },
  bandStroke: DARK_BAND_STROKE,
  bandDot: DARK_BAND_STROKE,
  bandCell: {
    healthy: 'rgba(32, 201, 151, 0.22)',
    watch: 'rgba(252, 196, 25, 0.2)',
    'at-risk': 'rgba(255, 107, 107, 0.24)',
  },
  noScoreCell: 'rgba(134, 142, 150, 0.12)',
  bandTint: { healthy: '#0b3b30', watch: '#3d3108', 'at-risk': '#4a1d1d' },
  bandText: DARK_BAND_TEXT,
  series: ['#748ffc', '#ffa94d', '#63e6be', '#e599f7', '#66d9e8', '#ff8787'],
  primary: '#91a7ff',
  reference: '#ced4da',
  trend: {
    improving: DARK_BAND_TEXT.healthy,
    steady: '#ced4da',
    declining: DARK_BAND_TEXT['at-risk'],
  },
};

/** Opacity of band zones: enough to see the band, little enough to read the line over it. */
export const BAND_ZONE_OPACITY = 0.12;

/** Dash patterns that tell series apart without colour (solid first). */
export const SERIES_DASHES = ['', '6 3', '2 3', '10 4 2 4', '4 4', '1 3'];

/** The chart colours of a colour scheme. */
export function chartThemeFor(scheme: 'light' | 'dark'): ChartTheme {
  return scheme === 'dark' ? DARK : LIGHT;
}

/** The chart colours of the colour scheme in use. */
export function useChartTheme(): ChartTheme {
  return chartThemeFor(useComputedColorScheme('light'));
}
