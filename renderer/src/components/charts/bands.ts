// Health bands and trends in colours, arrows and short phrases, shared by the partnership page
// and the dashboard. Colour never carries meaning alone: every band has its word (bandWord in
// core/report/format.ts), every trend its arrow.
import type { Band, Trend } from '../../../../core/domain/health';
import { trendArrow, trendWord } from '../../../../core/report/format';

const BAND_COLORS: Record<Band, string> = {
  healthy: 'teal',
  watch: 'yellow',
  'at-risk': 'red',
};

/** The Mantine colour name of a band (gray when there is no score). */
export function bandColor(band: Band | null): string {
  return band === null ? 'gray' : BAND_COLORS[band];
}

/**
 * The trend as a short phrase with the whole-number change, e.g. "↓ 6 in 30 days";
 * "No trend yet" when either end of the comparison has no score.
 */
export function trendPhrase(trend: Trend | null, delta: number | null, trendDays: number): string {
  if (trend === null || delta === null) return trendWord(null);
  return `${trendArrow(trend)} ${Math.abs(Math.round(delta))} in ${trendDays} days`;
}
