// The "New goal" and "Update goal" forms: their state, defaults and conversions to and from
// goal and goal update records, plus the hint an update shows (baseline → target, latest value).
import { addMonths } from '../../../../core/domain/dates';
import type {
  Goal,
  GoalConfidence,
  GoalRecordStatus,
  GoalUpdate,
  IsoDate,
} from '../../../../core/domain/types';
import { numberValue, optionalText, requiredText, textOf, type NumberDraft } from './draft-values';

export interface GoalDraft {
  title: string;
  description: string;
  unit: string;
  baseline: NumberDraft;
  target: NumberDraft;
  startDate: string;
  dueDate: string;
  weight: NumberDraft;
  ownerPartyIds: string[];
  status: GoalRecordStatus;
  statusDate: string;
}

/** A new goal starting today and due in three months, weight 1, active. */
export function newGoalDraft(today: IsoDate): GoalDraft {
  return {
    title: '',
    description: '',
    unit: '',
    baseline: '',
    target: '',
    startDate: today,
    dueDate: addMonths(today, 3),
    weight: 1,
    ownerPartyIds: [],
    status: 'active',
    statusDate: '',
  };
}

export function goalDraftFromRecord(goal: Goal): GoalDraft {
  return {
    title: goal.title,
    description: textOf(goal.description),
    unit: textOf(goal.unit),
    baseline: goal.baseline,
    target: goal.target,
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    weight: goal.weight,
    ownerPartyIds: [...goal.ownerPartyIds],
    status: goal.status,
    statusDate: textOf(goal.statusDate),
  };
}

/** The goal the draft stands for. An active goal keeps no status date. */
export function goalFromDraft(draft: GoalDraft, id: string, partnershipId: string): unknown {
  return {
    id,
    partnershipId,
    title: requiredText(draft.title),
    description: optionalText(draft.description),
    unit: optionalText(draft.unit),
    baseline: numberValue(draft.baseline),
    target: numberValue(draft.target),
    startDate: requiredText(draft.startDate),
    dueDate: requiredText(draft.dueDate),
    weight: numberValue(draft.weight),
    ownerPartyIds: draft.ownerPartyIds,
    status: draft.status,
    statusDate: draft.status === 'active' ? null : optionalText(draft.statusDate),
  };
}

export interface GoalUpdateDraft {
  goalId: string;
  date: string;
  value: NumberDraft;
  /** '' when the owner gives no judgement. */
  confidence: GoalConfidence | '';
  note: string;
}

export function newGoalUpdateDraft(today: IsoDate, goalId: string): GoalUpdateDraft {
  return { goalId, date: today, value: '', confidence: '', note: '' };
}

export function goalUpdateDraftFromRecord(update: GoalUpdate): GoalUpdateDraft {
  return {
    goalId: update.goalId,
    date: update.date,
    value: update.value,
    confidence: update.confidence ?? '',
    note: textOf(update.note),
  };
}

export function goalUpdateFromDraft(draft: GoalUpdateDraft, id: string): unknown {
  return {
    id,
    goalId: requiredText(draft.goalId),
    date: requiredText(draft.date),
    value: numberValue(draft.value),
    confidence: draft.confidence === '' ? null : draft.confidence,
    note: optionalText(draft.note),
  };
}

/** The latest update of a goal by date (the later-listed one on a tie), or undefined. */
export function latestUpdate(
  updates: readonly GoalUpdate[],
  goalId: string,
): GoalUpdate | undefined {
  let latest: GoalUpdate | undefined;
  for (const update of updates) {
    if (update.goalId !== goalId) continue;
    if (latest === undefined || update.date >= latest.date) latest = update;
  }
  return latest;
}

/**
 * The hint shown with a goal update, e.g. "From 10 to 40 customers by 2026-12-31 · latest: 25
 * on 2026-06-30". `excludeId` leaves out the update being edited.
 */
export function goalProgressHint(
  goal: Goal,
  updates: readonly GoalUpdate[],
  excludeId?: string,
): string {
  const unit = goal.unit ? ` ${goal.unit}` : '';
  const base = `From ${goal.baseline} to ${goal.target}${unit} by ${goal.dueDate}`;
  const latest = latestUpdate(
    updates.filter((u) => u.id !== excludeId),
    goal.id,
  );
  return latest
    ? `${base} · latest: ${latest.value}${unit} on ${latest.date}`
    : `${base} · no update yet`;
}
