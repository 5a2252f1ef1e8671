// Tests of the one-line wording of validation issues.

import { describe, expect, it } from 'vitest';
import { describeValue, formatIssue } from './validation-issue';

describe('formatIssue', () => {
  it('names collection, index, id, field and rule', () => {
    expect(
      formatIssue({
        collection: 'pulses',
        index: 3,
        recordId: 'q7',
        field: 'scores.fairness',
        rule: 'must be an integer from 1 to 5, got 7',
      }),
    ).toBe('pulses[3] (id "q7"): scores.fairness: must be an integer from 1 to 5, got 7');
  });

  it('leaves out what is unknown', () => {
    expect(formatIssue({ collection: 'goals', recordId: 'g1', field: 'dueDate', rule: 'r' })).toBe(
      'goals (id "g1"): dueDate: r',
    );
    expect(formatIssue({ collection: 'file', field: '', rule: 'is not valid JSON' })).toBe(
      'file: is not valid JSON',
    );
  });

  it('quotes ids so odd characters stay on one line', () => {
    const line = formatIssue({
      collection: 'organizations',
      recordId: 'a\nb"',
      field: 'name',
      rule: 'r',
    });
    expect(line).toBe('organizations (id "a\\nb\\""): name: r');
    expect(line).not.toContain('\n');
  });
});

describe('describeValue', () => {
  it('describes values briefly', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('NaN')).toBe('the text "NaN"');
    expect(describeValue(NaN)).toBe('NaN');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({})).toBe('an object');
    expect(describeValue('x'.repeat(50))).toBe(`the text "${'x'.repeat(40)}…"`);
  });
});
