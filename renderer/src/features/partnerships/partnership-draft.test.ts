// The partnership form's checks: the data model's rules, worded with the form's labels.
import { describe, expect, it } from 'vitest';
import { makeOrganization, makePartnership } from '../../../../test/factories/records';
import {
  draftErrors,
  draftFromPartnership,
  draftToPartnership,
  newDraft,
  type PartnershipDraft,
} from './partnership-draft';

const organizations = [makeOrganization(1), makeOrganization(2)];
const others = { organizations, partnerships: [] };
const valid = (): PartnershipDraft => ({
  ...newDraft('2026-03-01', ['org-1', 'org-2']),
  name: 'Reading Together',
});

describe('draftErrors', () => {
  it('accepts a complete draft', () => {
    expect(draftErrors(valid(), 'p-1', others)).toEqual({});
  });

  it('asks for two different parties when only one is chosen', () => {
    const errors = draftErrors({ ...valid(), partyIds: ['org-1'] }, 'p-1', others);
    expect(errors.partyIds).toMatch(/at least two different parties/);
  });

  it('refuses an end date before the start date, naming the fields by their labels', () => {
    const errors = draftErrors({ ...valid(), endDate: '2026-02-01' }, 'p-1', others);
    expect(errors.endDate).toMatch(/^End date must be on or after the start date/);
  });

  it('refuses cadences out of range and empty ones', () => {
    const errors = draftErrors(
      { ...valid(), checkInCadenceDays: 400, reviewCadenceDays: '' },
      'p-1',
      others,
    );
    expect(errors.checkInCadenceDays).toMatch(/^Check-in cadence \(days\) must be .*365/);
    expect(errors.reviewCadenceDays).toBe('Review cadence (days) is required.');
  });

  it('refuses a blank name', () => {
    expect(draftErrors({ ...valid(), name: '  ' }, 'p-1', others).name).toBe(
      'Name is required: give the partnership a name.',
    );
  });

  it('refuses a party that is not a stored organization', () => {
    const errors = draftErrors({ ...valid(), partyIds: ['org-1', 'org-9'] }, 'p-1', others);
    expect(errors.partyIds).toMatch(/org-9/);
  });
});

describe('draft conversion', () => {
  it('a partnership survives draft and back (shares and optional fields included)', () => {
    const p = makePartnership(1, ['org-1', 'org-2'], {
      purpose: 'Why',
      owner: 'Ana',
      tags: ['a'],
      endDate: '2026-12-31',
      partyShares: { 'org-1': 2, 'org-2': 1 },
    });
    const { createdAt: _c, updatedAt: _u, ...rest } = p;
    expect(draftToPartnership(draftFromPartnership(p), p.id)).toEqual(rest);
  });

  it('blank optional text and empty shares become "not given"', () => {
    const record = draftToPartnership({ ...valid(), owner: ' ', shares: { 'org-1': '' } }, 'p-1');
    expect(record.owner).toBeNull();
    expect(record.partyShares).toBeNull();
  });
});
