// The records of the data model (v1) as TypeScript types, the reference for every field.
// Field names are the JSON names of the backup format; every layer speaks these.

/** A calendar date, `YYYY-MM-DD`, no time and no zone. */
export type IsoDate = string;
/** An ISO 8601 timestamp with zone, e.g. `2026-03-01T09:30:00Z`. */
export type Timestamp = string;
/** An integer 1–5. */
export type Rating = 1 | 2 | 3 | 4 | 5;

export const ORGANIZATION_KINDS = [
  'internal-team',
  'company',
  'nonprofit',
  'public-agency',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  notes?: string | null;
}

export const PARTNERSHIP_STATUSES = ['forming', 'active', 'paused', 'closed'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export interface Partnership {
  id: string;
  name: string;
  purpose?: string | null;
  partyIds: string[];
  partyShares?: Record<string, number> | null;
  status: PartnershipStatus;
  startDate: IsoDate;
  endDate?: IsoDate | null;
  owner?: string | null;
  tags: string[];
  checkInCadenceDays: number;
  reviewCadenceDays: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export const TRUST_ITEMS = ['reliability', 'openness', 'sharedMission', 'respect'] as const;
export const RECIPROCITY_ITEMS = ['fairness', 'benefit'] as const;
export const PULSE_ITEMS = [
  ...TRUST_ITEMS,
  ...RECIPROCITY_ITEMS,
  'communication',
  'flexibility',
] as const;
export type PulseItem = (typeof PULSE_ITEMS)[number];
export type PulseScores = Partial<Record<PulseItem, Rating | null>>;

export interface Pulse {
  id: string;
  partnershipId: string;
  date: IsoDate;
  partyId: string;
  respondent?: string | null;
  scores: PulseScores;
  comment?: string | null;
}

export const INTERACTION_KINDS = [
  'meeting',
  'call',
  'email',
  'workshop',
  'review',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface ActionItem {
  text: string;
  ownerPartyId?: string | null;
  dueDate?: IsoDate | null;
  done: boolean;
}

export interface Interaction {
  id: string;
  partnershipId: string;
  date: IsoDate;
  kind: InteractionKind;
  initiatorPartyId?: string | null;
  participants?: string[] | null;
  quality?: Rating | null;
  summary?: string | null;
  followUps?: ActionItem[] | null;
}

export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;
export type GoalRecordStatus = (typeof GOAL_STATUSES)[number];

export interface Goal {
  id: string;
  partnershipId: string;
  title: string;
  description?: string | null;
  unit?: string | null;
  baseline: number;
  target: number;
  startDate: IsoDate;
  dueDate: IsoDate;
  weight: number;
  ownerPartyIds: string[];
  status: GoalRecordStatus;
  statusDate?: IsoDate | null;
}

export const GOAL_CONFIDENCES = ['on-track', 'at-risk', 'off-track'] as const;
export type GoalConfidence = (typeof GOAL_CONFIDENCES)[number];

export interface GoalUpdate {
  id: string;
  goalId: string;
  date: IsoDate;
  value: number;
  confidence?: GoalConfidence | null;
  note?: string | null;
}

export const CONTRIBUTION_KINDS = [
  'funding',
  'staff-time',
  'expertise',
  'data',
  'in-kind',
  'network',
  'other',
] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export interface Contribution {
  id: string;
  partnershipId: string;
  date: IsoDate;
  partyId: string;
  kind: ContributionKind;
  value: number;
  description?: string | null;
}

export const FRICTION_CATEGORIES = [
  'culture',
  'priorities',
  'process',
  'communication',
  'resources',
  'other',
] as const;
export type FrictionCategory = (typeof FRICTION_CATEGORIES)[number];
export const FRICTION_SEVERITIES = ['low', 'medium', 'high'] as const;
export type FrictionSeverity = (typeof FRICTION_SEVERITIES)[number];

export interface Friction {
  id: string;
  partnershipId: string;
  title: string;
  category: FrictionCategory;
  severity: FrictionSeverity;
  openedDate: IsoDate;
  resolvedDate?: IsoDate | null;
  notes?: string | null;
}

export interface Review {
  id: string;
  partnershipId: string;
  date: IsoDate;
  wentWell?: string | null;
  toImprove?: string | null;
  actions?: ActionItem[] | null;
}

export interface Milestone {
  id: string;
  partnershipId: string;
  date: IsoDate;
  title: string;
  description?: string | null;
  celebrated: boolean;
}

export interface DimensionWeights {
  trust: number;
  communication: number;
  goals: number;
  reciprocity: number;
  friction: number;
}

export interface Settings {
  organizationName?: string | null;
  lookbackDays: number;
  trendDays: number;
  weights: DimensionWeights;
  bands: { healthy: number; watch: number };
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  organizationName: null,
  lookbackDays: 90,
  trendDays: 30,
  weights: Object.freeze({
    trust: 0.3,
    communication: 0.2,
    goals: 0.25,
    reciprocity: 0.15,
    friction: 0.1,
  }),
  bands: Object.freeze({ healthy: 70, watch: 50 }),
}) as Settings;

/** Every record collection of the data model, in backup-file order. */
export const COLLECTIONS = [
  'organizations',
  'partnerships',
  'pulses',
  'interactions',
  'goals',
  'goalUpdates',
  'contributions',
  'frictions',
  'reviews',
  'milestones',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Collections whose records belong to a partnership through `partnershipId` (goal updates belong through their goal). */
export const PARTNERSHIP_RECORD_COLLECTIONS = [
  'pulses',
  'interactions',
  'goals',
  'contributions',
  'frictions',
  'reviews',
  'milestones',
] as const;

export interface CollectionRecords {
  organizations: Organization;
  partnerships: Partnership;
  pulses: Pulse;
  interactions: Interaction;
  goals: Goal;
  goalUpdates: GoalUpdate;
  contributions: Contribution;
  frictions: Friction;
  reviews: Review;
  milestones: Milestone;
}

/** The whole data set: every collection plus the settings (the `data` of a backup file). */
export type Dataset = { [K in CollectionName]: CollectionRecords[K][] } & { settings: Settings };

/** Every record collection, each empty: the start of a data set made of a few collections. */
export function emptyCollections(): { [K in CollectionName]: CollectionRecords[K][] } {
  return {
    organizations: [],
    partnerships: [],
    pulses: [],
    interactions: [],
    goals: [],
    goalUpdates: [],
    contributions: [],
    frictions: [],
    reviews: [],
    milestones: [],
  };
}

export const BACKUP_FORMAT = 'partnership-health-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: Timestamp;
  app: { name: string; version: string };
  data: Dataset;
}
