// Every record of a partnership as one dated line of the timeline, newest first.
import type { PartnershipRecords } from '../../../../core/domain/partnership-records';
import type { CollectionName, IsoDate } from '../../../../core/domain/types';
import {
  CONTRIBUTION_KIND_LABELS,
  FRICTION_SEVERITY_LABELS,
  INTERACTION_KIND_LABELS,
} from '../../components/record-labels';
import type { EntryKind } from '../../store/entry-store';

export const TIMELINE_TYPES = [
  'pulse',
  'check-in',
  'goal',
  'goal-update',
  'contribution',
  'friction',
  'review',
  'win',
] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export const TIMELINE_LABELS: Record<TimelineType, string> = {
  pulse: 'Pulse',
  'check-in': 'Check-in',
  goal: 'Goal',
  'goal-update': 'Goal update',
  contribution: 'Contribution',
  friction: 'Friction',
  review: 'Review',
  win: 'Win',
};

export interface TimelineItem {
  /** Unique within the timeline (a friction appears when opened and when resolved). */
  key: string;
  date: IsoDate;
  type: TimelineType;
  title: string;
  detail: string;
  /** What edit and delete act on. */
  kind: EntryKind;
  collection: CollectionName;
  recordId: string;
  goalId?: string;
}

/** The timeline of `records`, newest first; `nameOf` names the parties. */
export function timelineItems(
  records: PartnershipRecords,
  nameOf: (orgId: string) => string,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const goalTitle = new Map(records.goals.map((g) => [g.id, g.title]));
  for (const p of records.pulses) {
    items.push({
      key: `pulse:${p.id}`,
      date: p.date,
      type: 'pulse',
      title: `Pulse from ${nameOf(p.partyId)}`,
      detail: [p.respondent, p.comment].filter(Boolean).join(' — '),
      kind: 'pulse',
      collection: 'pulses',
      recordId: p.id,
    });
  }
  for (const i of records.interactions) {
    items.push({
      key: `interaction:${i.id}`,
      date: i.date,
      type: 'check-in',
      title: `${INTERACTION_KIND_LABELS[i.kind]}${i.initiatorPartyId ? `, initiated by ${nameOf(i.initiatorPartyId)}` : ''}`,
      detail: i.summary ?? '',
      kind: 'check-in',
      collection: 'interactions',
      recordId: i.id,
    });
  }
  for (const g of records.goals) {
    items.push({
      key: `goal:${g.id}`,
      date: g.startDate,
      type: 'goal',
      title: `Goal set: ${g.title}`,
      detail: `From ${g.baseline} to ${g.target}${g.unit ? ` ${g.unit}` : ''} by ${g.dueDate}`,
      kind: 'goal',
      collection: 'goals',
      recordId: g.id,
    });
  }
  for (const u of records.goalUpdates) {
    items.push({
      key: `goal-update:${u.id}`,
      date: u.date,
      type: 'goal-update',
      title: `${goalTitle.get(u.goalId) ?? 'Goal'}: ${u.value}`,
      detail: u.note ?? '',
      kind: 'goal-update',
      collection: 'goalUpdates',
      recordId: u.id,
      goalId: u.goalId,
    });
  }
  for (const c of records.contributions) {
    items.push({
      key: `contribution:${c.id}`,
      date: c.date,
      type: 'contribution',
      title: `${nameOf(c.partyId)} contributed ${c.value} (${CONTRIBUTION_KIND_LABELS[c.kind].toLowerCase()})`,
      detail: c.description ?? '',
      kind: 'contribution',
      collection: 'contributions',
      recordId: c.id,
    });
  }
  for (const f of records.frictions) {
    const base = {
      type: 'friction',
      kind: 'friction',
      collection: 'frictions',
      recordId: f.id,
    } as const;
    items.push({
      ...base,
      key: `friction:${f.id}`,
      date: f.openedDate,
      title: `Friction opened: ${f.title} (${FRICTION_SEVERITY_LABELS[f.severity].toLowerCase()} severity)`,
      detail: f.notes ?? '',
    });
    if (f.resolvedDate) {
      items.push({
        ...base,
        key: `friction-resolved:${f.id}`,
        date: f.resolvedDate,
        title: `Friction resolved: ${f.title}`,
        detail: '',
      });
    }
  }
  for (const r of records.reviews) {
    items.push({
      key: `review:${r.id}`,
      date: r.date,
      type: 'review',
      title: 'Review session',
      detail: [r.wentWell, r.toImprove].filter(Boolean).join(' — '),
      kind: 'review',
      collection: 'reviews',
      recordId: r.id,
    });
  }
  for (const m of records.milestones) {
    items.push({
      key: `win:${m.id}`,
      date: m.date,
      type: 'win',
      title: `Win: ${m.title}`,
      detail: m.description ?? '',
      kind: 'win',
      collection: 'milestones',
      recordId: m.id,
    });
  }
  return items.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.key < b.key ? -1 : 1,
  );
}
