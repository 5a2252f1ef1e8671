// Colours of the dashboard's text and cells in the light and dark themes, chosen for contrast
// (WCAG AA) on Mantine's surfaces. Meaning never rests on colour alone: words and arrows go with them.
import { useComputedColorScheme } from '@mantine/core';
import type { Band, Trend } from '../../../../core/domain/health';

export interface DashboardColors {
  /** Text colour of a trend arrow and its change. */
  trend: Record<Trend, string>;
  /** Background of a heat-map cell by the band of its score; text stays the page's colour. */
  cell: Record<Band, string>;
  noScoreCell: string;
  /** Strokes of sparklines: the line, and the dot at today coloured by band. */
  sparkline: string;
  bandDot: Record<Band, string>;
  /** Faint lines marking the band thresholds behind a sparkline. */
  threshold: string;
}

const LIGHT: DashboardColors = {
  trend: { improving: '#087f5b', steady: '#495057', declining: '#c92a2a' },
  cell: { healthy: '#c3fae8', watch: '#fff3bf', 'at-risk': '#ffe3e3' },
  noScoreCell: '#f1f3f5',
  sparkline: '#495057',
  bandDot: { healthy: '#0ca678', watch: '#f08c00', 'at-risk': '#e03131' },
  threshold: '#dee2e6',
};

const DARK: DashboardColors = {
  trend: { improving: '#63e6be', steady: '#ced4da', declining: '#ffa8a8' },
  cell: {
    healthy: 'rgba(32, 201, 151, 0.22)',
    watch: 'rgba(252, 196, 25, 0.2)',
    'at-risk': 'rgba(255, 107, 107, 0.24)',
  },
  noScoreCell: 'rgba(134, 142, 150, 0.12)',
  sparkline: '#ced4da',
  bandDot: { healthy: '#38d9a9', watch: '#ffd43b', 'at-risk': '#ff8787' },
  threshold: '#373a40',
};

/** The dashboard colours of the colour scheme in use. */
export function useDashboardColors(): DashboardColors {
  return useComputedColorScheme('light') === 'dark' ? DARK : LIGHT;
}
