// Tests of checking a form's candidate record: own fields first, then references among the
// collections the form knows.
import { describe, expect, it } from 'vitest';
import { makeOrganization, makePartnership, makePulse } from '../../test/factories/records';
import { checkCandidate } from './candidate-check';

const organizations = [makeOrganization(1), makeOrganization(2)];

describe('checkCandidate', () => {
  it('reports the schema issues and stops there', () => {
    const issues = checkCandidate('organizations', { id: 'org-3', name: '', kind: 'x' }, {});
    expect(issues.map((i) => i.field)).toEqual(['name', 'kind']);
  });

  it('checks references against the known collections, the others counting as empty', () => {
    const pulse = makePulse(1, 'p-1', 'org-1');
    expect(checkCandidate('pulses', pulse, { organizations })).toMatchObject([
      { recordId: 'pulse-1', field: 'partnershipId' },
    ]);
    const partnerships = [makePartnership(1)];
    expect(checkCandidate('pulses', pulse, { organizations, partnerships })).toEqual([]);
  });

  it('refuses a name another known organization has, ignoring case', () => {
    const candidate = { id: 'org-3', name: 'ORGANIZATION 1', kind: 'other' };
    expect(checkCandidate('organizations', candidate, { organizations })).toMatchObject([
      { recordId: 'org-3', field: 'name' },
    ]);
  });
});
