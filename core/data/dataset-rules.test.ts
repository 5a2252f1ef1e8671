// Tests of the cross-record rules on the worked example: it passes, and each kind of dangling
// reference, repeated id or repeated name is reported on the right record and field.

import { beforeEach, describe, expect, it } from 'vitest';
import { workedExampleText } from '../../test/fixtures/worked-example';
import type { Dataset } from '../domain/types';
import { parseBackup } from './backup-file';
import {
  checkDataset,
  checkRecordInDataset,
  recordChecker,
  usagesOfOrganization,
} from './dataset-rules';

const EXAMPLE = workedExampleText();

function example(): Dataset {
  const result = parseBackup(EXAMPLE);
  if (!result.ok) throw new Error('the worked example should parse');
  const data = result.backup.data;
  data.organizations.push({ id: 'org-c', name: 'Gamma City Council', kind: 'public-agency' });
  data.reviews.push({
    id: 'r1',
    partnershipId: 'p1',
    date: '2026-03-30',
    actions: [{ text: 'a', ownerPartyId: 'org-a', done: false }],
  });
  data.milestones.push({
    id: 'm1',
    partnershipId: 'p1',
    date: '2026-03-30',
    title: 'First 100 meals',
    celebrated: true,
  });
  data.interactions[0]!.followUps = [{ text: 'Send the plan', ownerPartyId: 'org-b', done: false }];
  return data;
}

let data: Dataset;
beforeEach(() => {
  data = example();
});

describe('checkDataset', () => {
  it('finds nothing wrong in the worked example', () => {
    expect(checkDataset(data)).toEqual([]);
  });

  it.each<[string, (d: Dataset) => void, object]>([
    [
      'a repeated pulse id',
      (d) => (d.pulses[2]!.id = 'q1'),
      { collection: 'pulses', index: 2, recordId: 'q1', field: 'id' },
    ],
    [
      'an organization name repeated in another case',
      (d) => (d.organizations[2]!.name = ' alpha LOGISTICS'),
      { collection: 'organizations', index: 2, recordId: 'org-c', field: 'name' },
    ],
    [
      'a partner that is no organization',
      (d) => (d.partnerships[0]!.partyIds = ['org-a', 'org-b', 'org-x']),
      { collection: 'partnerships', index: 0, recordId: 'p1', field: 'partyIds[2]' },
    ],
    [
      'a pulse of an unknown partnership',
      (d) => (d.pulses[1]!.partnershipId = 'p2'),
      { collection: 'pulses', index: 1, field: 'partnershipId' },
    ],
    [
      'a pulse from a non-party',
      (d) => (d.pulses[0]!.partyId = 'org-c'),
      { collection: 'pulses', index: 0, recordId: 'q1', field: 'partyId' },
    ],
    [
      'an interaction started by a non-party',
      (d) => (d.interactions[3]!.initiatorPartyId = 'org-c'),
      { collection: 'interactions', index: 3, recordId: 'i4', field: 'initiatorPartyId' },
    ],
    [
      'a follow-up owned by a non-party',
      (d) => (d.interactions[0]!.followUps![0]!.ownerPartyId = 'org-c'),
      { collection: 'interactions', index: 0, field: 'followUps[0].ownerPartyId' },
    ],
    [
      'a goal owned by a non-party',
      (d) => (d.goals[0]!.ownerPartyIds = ['org-a', 'nobody']),
      { collection: 'goals', field: 'ownerPartyIds[1]' },
    ],
    [
      'an update of an unknown goal',
      (d) => (d.goalUpdates[1]!.goalId = 'g9'),
      { collection: 'goalUpdates', index: 1, recordId: 'u2', field: 'goalId' },
    ],
    [
      'a contribution by a non-party',
      (d) => (d.contributions[1]!.partyId = 'org-c'),
      { collection: 'contributions', index: 1, field: 'partyId' },
    ],
    [
      'a friction of an unknown partnership',
      (d) => (d.frictions[0]!.partnershipId = 'P1'),
      { collection: 'frictions', recordId: 'f1', field: 'partnershipId' },
    ],
    [
      'a review action owned by a non-party',
      (d) => (d.reviews[0]!.actions![0]!.ownerPartyId = 'x'),
      { collection: 'reviews', field: 'actions[0].ownerPartyId' },
    ],
    [
      'a milestone of an unknown partnership',
      (d) => (d.milestones[0]!.partnershipId = 'p0'),
      { collection: 'milestones', field: 'partnershipId' },
    ],
  ])('reports %s', (_, spoil, expected) => {
    spoil(data);
    const issues = checkDataset(data);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject(expected);
  });

  it('reports every repeat, not only the first', () => {
    data.goalUpdates.push({ ...data.goalUpdates[0]! }, { ...data.goalUpdates[0]! });
    expect(checkDataset(data).map((i) => i.index)).toEqual([2, 3]);
  });
});

describe('checkRecordInDataset', () => {
  it('accepts a new pulse from a party and an edit of an organization keeping its name', () => {
    const pulse = {
      id: 'q9',
      partnershipId: 'p1',
      date: '2026-04-01',
      partyId: 'org-b',
      scores: {},
    };
    expect(checkRecordInDataset('pulses', pulse, data)).toEqual([]);
    expect(
      checkRecordInDataset(
        'organizations',
        { ...data.organizations[0]!, name: 'ALPHA logistics' },
        data,
      ),
    ).toEqual([]);
  });

  it('refuses a new record with a dangling reference', () => {
    const pulse = {
      id: 'q9',
      partnershipId: 'p1',
      date: '2026-04-01',
      partyId: 'org-c',
      scores: {},
    };
    expect(checkRecordInDataset('pulses', pulse, data)).toMatchObject([
      { collection: 'pulses', recordId: 'q9', field: 'partyId' },
    ]);
    const update = { id: 'u9', goalId: 'nope', date: '2026-04-01', value: 1 };
    expect(checkRecordInDataset('goalUpdates', update, data)).toMatchObject([{ field: 'goalId' }]);
  });

  it('refuses a second organization with the same name', () => {
    const issues = checkRecordInDataset(
      'organizations',
      { id: 'org-new', name: 'beta community trust', kind: 'other' },
      data,
    );
    expect(issues).toMatchObject([
      { collection: 'organizations', recordId: 'org-new', field: 'name' },
    ]);
  });

  it('refuses dropping a party that records of the partnership still name', () => {
    const edited = { ...data.partnerships[0]!, partyIds: ['org-a', 'org-c'] };
    const issues = checkRecordInDataset('partnerships', edited, data);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('partyIds');
    expect(issues[0]!.rule).toMatch(
      /"org-b".*\(2 in pulses, 2 in interactions, 1 in goals, 1 in contributions\)/,
    );
  });

  it('allows adding a party to a partnership', () => {
    const edited = { ...data.partnerships[0]!, partyIds: ['org-a', 'org-b', 'org-c'] };
    expect(checkRecordInDataset('partnerships', edited, data)).toEqual([]);
  });
});

describe('recordChecker', () => {
  it('checks many records against one data set as checkRecordInDataset does', () => {
    const check = recordChecker(data);
    const good = {
      id: 'q9',
      partnershipId: 'p1',
      date: '2026-04-01',
      partyId: 'org-b',
      scores: {},
    };
    const bad = { ...good, id: 'q10', partyId: 'org-c' };
    const orphan = { ...good, id: 'q11', partnershipId: 'p9' };
    for (const pulse of [good, bad, orphan]) {
      expect(check('pulses', pulse)).toEqual(checkRecordInDataset('pulses', pulse, data));
    }
    expect(check('pulses', good)).toEqual([]);
    expect(check('pulses', bad)).toMatchObject([{ recordId: 'q10', field: 'partyId' }]);
    expect(check('pulses', orphan)).toMatchObject([{ recordId: 'q11', field: 'partnershipId' }]);
  });
});

describe('usagesOfOrganization', () => {
  it('lists the partnerships that name the organization', () => {
    expect(usagesOfOrganization('org-a', data).map((p) => p.id)).toEqual(['p1']);
    expect(usagesOfOrganization('org-c', data)).toEqual([]);
  });
});
