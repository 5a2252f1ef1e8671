import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../core/data/validation-issue';
import { fieldErrors, fieldKey, wordIssue } from './field-errors';

const issue = (field: string, rule: string): ValidationIssue => ({
  collection: 'goals',
  field,
  rule,
});

const LABELS = {
  baseline: 'Baseline',
  target: 'Target',
  startDate: 'Start date',
  dueDate: 'Due date',
  'followUps.*.text': 'Follow-up',
  partyId: 'Party',
};

describe('fieldKey', () => {
  it('turns list positions into dotted keys', () => {
    expect(fieldKey('followUps[2].dueDate')).toBe('followUps.2.dueDate');
    expect(fieldKey('scores.fairness')).toBe('scores.fairness');
  });
});

describe('wordIssue', () => {
  it('starts with the label and names other fields by their labels', () => {
    expect(
      wordIssue('Due date', 'must be after startDate (2026-01-01), got 2025-01-01', LABELS),
    ).toBe('Due date must be after the start date (2026-01-01), got 2025-01-01.');
  });

  it('does not rewrite part of a longer word', () => {
    expect(wordIssue('Target', 'must differ from baseline (both are 5)', LABELS)).toBe(
      'Target must differ from the baseline (both are 5).',
    );
    expect(wordIssue('X', 'see targets', LABELS)).toBe('X see targets.');
  });

  it('turns a party outside the partnership into advice instead of ids', () => {
    const rule = '"o9" is not one of the parties of partnership "p1" (o1, o2)';
    expect(wordIssue('Party', rule, LABELS)).toBe(
      "Party must be one of this partnership's parties.",
    );
  });

  it('turns a dangling reference into advice', () => {
    expect(wordIssue('Goal', '"g7" does not match any goal', LABELS)).toBe(
      'Goal: that goal no longer exists; choose another.',
    );
  });
});

describe('fieldErrors', () => {
  it('puts each issue beside its field, first issue of a field winning', () => {
    const errors = fieldErrors(
      [
        issue('target', 'must differ from baseline (both are 5)'),
        issue('target', 'is required'),
        issue('followUps[1].text', 'must not be empty'),
      ],
      LABELS,
    );
    expect(errors).toEqual({
      target: 'Target must differ from the baseline (both are 5).',
      'followUps.1.text': 'Follow-up must not be empty.',
    });
  });

  it('collects issues of fields the form does not show under the empty key', () => {
    const errors = fieldErrors(
      [issue('partnershipId', '"p" does not match any partnership')],
      LABELS,
    );
    expect(Object.keys(errors)).toEqual(['']);
    expect(errors['']).toContain('that partnership no longer exists');
  });
});
