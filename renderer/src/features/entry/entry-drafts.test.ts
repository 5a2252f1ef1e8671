// New drafts and bad input: defaults that save typing, and each broken rule worded beside the
// field that was typed, checked with the data model's own validators.
import { describe, expect, it } from 'vitest';
import type { Goal, Organization, Partnership } from '../../../../core/domain/types';
import {
  checkInFromDraft,
  contributionFromDraft,
  frictionFromDraft,
  newCheckInDraft,
  newContributionDraft,
  newFrictionDraft,
} from './activity-drafts';
import { actionItemsFromDrafts, emptyActionItem, numberValue } from './draft-values';
import { entryIssues, type EntryScope } from './entry-validation';
import { fieldErrors } from './field-errors';
import {
  goalFromDraft,
  goalProgressHint,
  goalUpdateFromDraft,
  newGoalDraft,
  newGoalUpdateDraft,
} from './goal-drafts';
import { newPulseDraft, pulseFromDraft } from './pulse-draft';

const org = (id: string, name: string): Organization => ({ id, name, kind: 'other' });
const partnership: Partnership = {
  id: 'p1',
  name: 'Reading Together',
  partyIds: ['lib', 'club'],
  status: 'active',
  startDate: '2026-01-01',
  tags: [],
  checkInCadenceDays: 14,
  reviewCadenceDays: 90,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const goal: Goal = {
  id: 'g1',
  partnershipId: 'p1',
  title: 'Readers',
  unit: 'children',
  baseline: 10,
  target: 40,
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  weight: 1,
  ownerPartyIds: ['lib'],
  status: 'active',
};
const scope: EntryScope = {
  partnership,
  parties: [org('lib', 'City Library'), org('club', 'Code Club'), org('x', 'Elsewhere')],
  goals: [goal],
};

describe('new drafts', () => {
  it('a pulse from the last party today, all items skipped, is a valid record', () => {
    const record = pulseFromDraft(newPulseDraft('2026-11-28', 'club'), 'q1', 'p1');
    expect(entryIssues('pulses', record, scope)).toEqual([]);
    expect(record).toMatchObject({ date: '2026-11-28', partyId: 'club', scores: {} });
  });

  it('a goal is due three months after it starts, weight 1, active', () => {
    const draft = newGoalDraft('2026-11-28');
    expect(draft).toMatchObject({ startDate: '2026-11-28', dueDate: '2027-02-28', weight: 1 });
    expect(draft.status).toBe('active');
  });

  it('a check-in keeps follow-ups with text and drops rows left blank', () => {
    const draft = newCheckInDraft('2026-11-28', 'lib');
    draft.followUps = [
      { ...emptyActionItem(), text: 'Send the plan', ownerPartyId: 'club' },
      emptyActionItem(),
    ];
    const record = checkInFromDraft(draft, 'i1', 'p1') as { followUps: unknown[] };
    expect(record.followUps).toEqual([
      { text: 'Send the plan', ownerPartyId: 'club', dueDate: null, done: false },
    ]);
    expect(entryIssues('interactions', record, scope)).toEqual([]);
  });

  it('an action row with a date but no text stays, so its text is asked for', () => {
    const items = actionItemsFromDrafts([{ ...emptyActionItem(), dueDate: '2026-12-01' }]);
    expect(items).toHaveLength(1);
  });
});

describe('bad input is worded beside its field', () => {
  const labels = { target: 'Target', baseline: 'Baseline', partyId: 'Party', value: 'Value' };

  it('a target equal to the baseline', () => {
    const draft = { ...newGoalDraft('2026-11-28'), title: 'More readers', baseline: 5, target: 5 };
    const errors = fieldErrors(entryIssues('goals', goalFromDraft(draft, 'g2', 'p1'), scope), {
      ...labels,
      title: 'Title',
    });
    expect(errors.target).toBe('Target must differ from the baseline (both are 5).');
  });

  it('a friction resolved before it was opened', () => {
    const draft = {
      ...newFrictionDraft('2026-11-28'),
      title: 'Late data',
      resolvedDate: '2026-11-01',
    };
    const errors = fieldErrors(
      entryIssues('frictions', frictionFromDraft(draft, 'f1', 'p1'), scope),
      { title: 'Title', openedDate: 'Opened date', resolvedDate: 'Resolved date' },
    );
    expect(errors.resolvedDate).toBe(
      'Resolved date must be on or after the opened date (2026-11-28), got 2026-11-01.',
    );
  });

  it('a party that is not in the partnership', () => {
    const draft = { ...newContributionDraft('2026-11-28', 'x'), value: 3 };
    const errors = fieldErrors(
      entryIssues('contributions', contributionFromDraft(draft, 'c1', 'p1'), scope),
      labels,
    );
    expect(errors.partyId).toBe("Party must be one of this partnership's parties.");
  });

  it('an empty required number says it is required', () => {
    const draft = newContributionDraft('2026-11-28', 'lib');
    const errors = fieldErrors(
      entryIssues('contributions', contributionFromDraft(draft, 'c1', 'p1'), scope),
      labels,
    );
    expect(errors).toEqual({ value: 'Value is required.' });
  });

  it('an update of a goal that no longer exists', () => {
    const draft = { ...newGoalUpdateDraft('2026-11-28', 'gone'), value: 3 };
    const errors = fieldErrors(
      entryIssues('goalUpdates', goalUpdateFromDraft(draft, 'u1'), scope),
      {
        goalId: 'Goal',
      },
    );
    expect(errors.goalId).toBe('Goal: that goal no longer exists; choose another.');
  });
});

describe('goalProgressHint', () => {
  const update = (id: string, date: string, value: number) => ({ id, goalId: 'g1', date, value });

  it('shows baseline → target and the latest value by date', () => {
    const updates = [update('u2', '2026-06-30', 25), update('u1', '2026-03-31', 15)];
    expect(goalProgressHint(goal, updates)).toBe(
      'From 10 to 40 children by 2026-12-31 · latest: 25 children on 2026-06-30',
    );
  });

  it('leaves out the update being edited', () => {
    expect(goalProgressHint(goal, [update('u1', '2026-03-31', 15)], 'u1')).toBe(
      'From 10 to 40 children by 2026-12-31 · no update yet',
    );
  });
});

describe('numberValue', () => {
  it('reads what a number input holds', () => {
    expect(numberValue('')).toBeUndefined();
    expect(numberValue(2.5)).toBe(2.5);
    expect(numberValue('-3')).toBe(-3);
    expect(numberValue('-')).toBe('-');
  });
});
