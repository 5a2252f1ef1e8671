// What a report says, as plain data: the partnership report and the portfolio report.
// Built by partnership-report.ts / portfolio-report.ts, drawn by pdf/*, usable by any other output.

import type { DimensionName } from '../domain/dimension-names';
import type { IsoDate } from '../domain/types';

/** Who a report is for. `partners` leaves out private material (see docs/reports.md). */
export type Audience = 'internal' | 'partners';
export const AUDIENCES: readonly Audience[] = ['internal', 'partners'];

export type BandName = 'healthy' | 'watch' | 'at-risk';
export type TrendName = 'improving' | 'steady' | 'declining';
export type ConfidenceName = 'low' | 'normal';
export type ReportStep = 'week' | 'month';
export type GoalStatusName = 'on-track' | 'behind' | 'at-risk' | 'achieved';

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface PartyRef {
  id: string;
  name: string;
}

export interface ReportHeader {
  title: string;
  partnershipId: string;
  partnershipName: string;
  purpose: string | null;
  parties: PartyRef[];
  period: ReportPeriod;
  /** settings.organizationName; null when not set. */
  preparedBy: string | null;
  generatedOn: IsoDate;
  audience: Audience;
  /** The person who manages the partnership: internal audience only. */
  owner: string | null;
}

export interface ExecutiveSummary {
  health: number | null;
  band: BandName | null;
  trend: TrendName | null;
  trendDelta: number | null;
  confidence: ConfidenceName;
  nextReviewDate: IsoDate;
  sentences: string[];
}

export interface ScorecardRow {
  dimension: DimensionName;
  label: string;
  score: number | null;
  band: BandName | null;
  /** Score at the period's end minus score at its start; null when either is missing. */
  change: number | null;
  note: string;
}

export interface HealthChartPoint {
  date: IsoDate;
  health: number | null;
}

export interface DimensionChartPoint {
  date: IsoDate;
  scores: Record<DimensionName, number | null>;
}

export interface ReportCharts {
  step: ReportStep;
  bands: { healthy: number; watch: number };
  health: HealthChartPoint[];
  dimensions: DimensionChartPoint[];
  goals: GoalChart[];
}

export interface ValuePoint {
  date: IsoDate;
  value: number;
}

/** A goal's measured values against its expected pace (baseline at start → target at due). */
export interface GoalChart {
  goalId: string;
  title: string;
  unit: string | null;
  actual: ValuePoint[];
  expected: [ValuePoint, ValuePoint];
}

export interface GoalRow {
  goalId: string;
  title: string;
  unit: string | null;
  baseline: number;
  target: number;
  current: number;
  /** 0–1 */
  progress: number;
  /** 0–1: the share of the goal's time that has passed. */
  expected: number;
  status: GoalStatusName;
  dueDate: IsoDate;
}

export interface CommunicationSummary {
  checkIns: number;
  /** Check-ins the cadence asks for over the period. */
  expectedCheckIns: number;
  cadenceDays: number;
  /** Adherence over the model's window at the period's end, 0–1; null before the start. */
  adherence: number | null;
  initiators: { party: PartyRef; count: number; share: number }[];
  lastContact: IsoDate | null;
  daysSinceLastContact: number | null;
}

export interface GiveAndTakeRow {
  party: PartyRef;
  value: number;
  share: number;
  agreedShare: number;
}

export interface WinRow {
  date: IsoDate;
  title: string;
  description: string | null;
  celebrated: boolean;
}

export type FrictionState = 'opened' | 'resolved' | 'open';

export interface FrictionRow {
  title: string;
  category: string;
  severity: 'low' | 'medium' | 'high';
  openedDate: IsoDate;
  resolvedDate: IsoDate | null;
  /** opened (and still open) in the period, resolved in the period, or open from before. */
  state: FrictionState;
  /** Days open at the period's end (or until resolved). */
  ageDays: number;
  /** Internal audience only. */
  notes: string | null;
}

export interface ActionRow {
  text: string;
  source: 'check-in' | 'review';
  sourceDate: IsoDate;
  owner: PartyRef | null;
  dueDate: IsoDate | null;
  overdue: boolean;
}

export interface ReviewNote {
  date: IsoDate;
  wentWell: string | null;
  toImprove: string | null;
}

/** A pulse comment: internal audience only. */
export interface RespondentComment {
  date: IsoDate;
  party: PartyRef;
  respondent: string | null;
  comment: string;
}

export interface PartyNote {
  party: PartyRef;
  notes: string;
}

export interface MethodAppendix {
  lookbackDays: number;
  trendDays: number;
  weights: Record<DimensionName, number>;
  bands: { healthy: number; watch: number };
  step: ReportStep;
  respondents: { party: PartyRef; pulses: number; respondents: number }[];
  freshness: {
    latestPulse: IsoDate | null;
    latestCheckIn: IsoDate | null;
    latestGoalUpdate: IsoDate | null;
    latestContribution: IsoDate | null;
  };
  confidence: ConfidenceName;
  confidenceReason: string;
}

export interface PartnershipReport {
  kind: 'partnership';
  header: ReportHeader;
  summary: ExecutiveSummary;
  scorecard: ScorecardRow[];
  charts: ReportCharts;
  goals: GoalRow[];
  communication: CommunicationSummary;
  giveAndTake: GiveAndTakeRow[];
  wins: WinRow[];
  frictions: FrictionRow[];
  actions: ActionRow[];
  reviews: ReviewNote[];
  /** Internal audience only (empty for partners). */
  comments: RespondentComment[];
  /** Internal audience only (empty for partners). */
  partyNotes: PartyNote[];
  method: MethodAppendix;
}

export interface PortfolioRow {
  partnershipId: string;
  name: string;
  health: number | null;
  band: BandName | null;
  trend: TrendName | null;
  topAlert: string | null;
}

export interface BandCounts {
  month: IsoDate;
  healthy: number;
  watch: number;
  atRisk: number;
  noScore: number;
}

export interface NeedsAttentionRow {
  partnershipName: string;
  severity: 'warning' | 'critical';
  code: string;
  message: string;
}

/** One partnership's dimension scores, each with the band its score falls in at the settings' thresholds. */
export interface HeatMapRow {
  partnershipName: string;
  scores: Record<DimensionName, number | null>;
  bands: Record<DimensionName, BandName | null>;
}

export interface PortfolioReport {
  kind: 'portfolio';
  title: string;
  period: ReportPeriod;
  preparedBy: string | null;
  generatedOn: IsoDate;
  audience: Audience;
  bands: { healthy: number; watch: number };
  rows: PortfolioRow[];
  bandDistribution: BandCounts[];
  heatMap: HeatMapRow[];
  needsAttention: NeedsAttentionRow[];
  /** One full partnership report per selected partnership, in table order (when asked for). */
  sections: PartnershipReport[];
  /** Partnerships left out of the sections, and why (e.g. no data in the period). */
  skippedSections: { partnershipName: string; reason: string }[];
}

export type Report = PartnershipReport | PortfolioReport;
