// Display names of the health dimensions and record kinds on the partnership page.
import type { DimensionName } from '../../../../core/domain/health';

export const DIMENSION_LABELS: Record<DimensionName, string> = {
  trust: 'Trust',
  communication: 'Communication',
  goals: 'Goals',
  reciprocity: 'Give & take',
  friction: 'Friction',
};
