// The five dimensions of partnership health, their display names, and why a dimension can lack
// a score.

/** The dimensions in display order. */
export const DIMENSIONS = ['trust', 'communication', 'goals', 'reciprocity', 'friction'] as const;
export type DimensionName = (typeof DIMENSIONS)[number];

/**
 * Why a dimension has no score: the date is before the partnership's start, no record in the
 * window speaks to it, or (communication only) it is too early to expect a first check-in.
 */
export type NullReason = 'before-start' | 'no-data' | 'too-early';

/** The dimensions' display names, the one wording used by the app, the reports and the CLI. */
export const DIMENSION_LABELS: Record<DimensionName, string> = {
  trust: 'Trust',
  communication: 'Communication',
  goals: 'Goals',
  reciprocity: 'Give and take',
  friction: 'Friction',
};
