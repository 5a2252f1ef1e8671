// Every record of a partnership as one dated line of the timeline, newest first.
import type { PartnershipRecords } from '../../../../core/domain/partnership-records';
import type { IsoDate } from '../../../../core/domain/types';
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
] as const satisfies readonly EntryKind[];
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
  /** The record's kind: its type on the timeline and what edit and delete act on. */
  kind: TimelineType;
  title: string;
  detail: string;
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
      title: `Pulse from ${nameOf(p.partyId)}`,
      detail: [p.respondent, p.comment].filter(Boolean).join(' — '),
      kind: 'pulse',
      recordId: p.id,
    });
  }
  for (const i of records.interactions) {
    items.push({
      key: `interaction:${i.id}`,
      date: i.date,
      title: `${INTERACTION_KIND_LABELS[i.kind]}${i.initiatorPartyId ? `, initiated by ${nameOf(i.initiatorPartyId)}` : ''}`,
      detail: i.summary ?? '',
      kind: 'check-in',
      recordId: i.id,
    });
  }
  for (const g of records.goals) {
    items.push({
      key: `goal:${g.id}`,
      date: g.startDate,
      title: `Goal set: ${g.title}`,
      detail: `From ${g.baseline} to ${g.target}${g.unit ? ` ${g.unit}` : ''} by ${g.dueDate}`,
      kind: 'goal',
      recordId: g.id,
    });
  }
  for (const u of records.goalUpdates) {
    items.push({
      key: `goal-update:${u.id}`,
      date: u.date,
      title: `${goalTitle.get(u.goalId) ?? 'Goal'}: ${u.value}`,
      detail: u.note ?? '',
      kind: 'goal-update',
      recordId: u.id,
      goalId: u.goalId,
    });
  }
  for (const c of records.contributions) {
    items.push({
      key: `contribution:${c.id}`,
      date: c.date,
      title: `${nameOf(c.partyId)} contributed ${c.value} (${CONTRIBUTION_KIND_LABELS[c.kind].toLowerCase()})`,
      detail: c.description ?? '',
      kind: 'contribution',
      recordId: c.id,
    });
  }
  for (const f of records.frictions) {
    const base = {
      kind: 'friction',
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
      title: 'Review session',
      detail: [r.wentWell, r.toImprove].filter(Boolean).join(' — '),
      kind: 'review',
      recordId: r.id,
    });
  }
  for (const m of records.milestones) {
    items.push({
      key: `win:${m.id}`,
      date: m.date,
      title: `Win: ${m.title}`,
      detail: m.description ?? '',
      kind: 'win',
      recordId: m.id,
    });
  }
  return items.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.key < b.key ? -1 : 1,
  );
}
