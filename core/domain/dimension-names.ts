// The five dimensions of partnership health, and why a dimension can lack a score.

/** The dimensions in display order. */
export const DIMENSIONS = ['trust', 'communication', 'goals', 'reciprocity', 'friction'] as const;
export type DimensionName = (typeof DIMENSIONS)[number];

/**
 * Why a dimension has no score: the date is before the partnership's start, no record in the
 * window speaks to it, or (communication only) it is too early to expect a first check-in.
 */
export type NullReason = 'before-start' | 'no-data' | 'too-early';
