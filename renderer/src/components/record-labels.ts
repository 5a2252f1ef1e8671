// Words for the stored values of record fields (kinds, categories, severities, confidences), one
// table each, so the forms, the partnership sections and the timeline name a value the same way.
import type {
  ContributionKind,
  FrictionCategory,
  FrictionSeverity,
  GoalConfidence,
  InteractionKind,
} from '../../../core/domain/types';

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  email: 'Email thread',
  workshop: 'Workshop',
  review: 'Review',
  other: 'Other',
};

export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = {
  funding: 'Funding',
  'staff-time': 'Staff time',
  expertise: 'Expertise',
  data: 'Data',
  'in-kind': 'In kind',
  network: 'Network and contacts',
  other: 'Other',
};

export const FRICTION_CATEGORY_LABELS: Record<FrictionCategory, string> = {
  culture: 'Culture',
  priorities: 'Priorities',
  process: 'Process',
  communication: 'Communication',
  resources: 'Resources',
  other: 'Other',
};

export const FRICTION_SEVERITY_LABELS: Record<FrictionSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const GOAL_CONFIDENCE_LABELS: Record<GoalConfidence, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};
