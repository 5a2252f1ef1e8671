// The partition of records as found: broken records and those that depend on them are left
// out, the rest is kept exactly as the schemas normalise it and always passes the dataset rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  makeGoal,
  makeGoalUpdate,
  makeOrganization,
  makePartnership,
  makePulse,
  smallDataset,
} from '../../test/factories/records';
import { generatePortfolio } from '../sample/generate-portfolio';
import { COLLECTIONS, DEFAULT_SETTINGS, type CollectionName } from '../domain/types';
import { checkDataset } from './dataset-rules';
import { heldBackCounts, partitionRecords, refKey, settingsOrDefaults } from './quarantine';

const BAD_PARTNERSHIP = { id: 'bad-1', name: 42, partyIds: null };

function collectionsOf(dataset: ReturnType<typeof smallDataset>) {
  const { settings: _settings, ...collections } = dataset;
  return collections;
}

describe('partitionRecords', () => {
  it('keeps every record of a valid portfolio, unchanged, and leaves nothing out', () => {
    const sample = generatePortfolio({ today: '2026-06-30', partnerships: 6, years: 1 });
    const { records, quarantined } = partitionRecords(sample);
    expect(quarantined).toEqual([]);
    expect(records).toEqual(collectionsOf(sample));
  });

  it('leaves out the partnership of the issue with every rule it breaks, and keeps the rest', () => {
    const data = smallDataset();
    const found = { ...collectionsOf(data), partnerships: [...data.partnerships, BAD_PARTNERSHIP] };
    const { records, quarantined } = partitionRecords(found);
    expect(records).toEqual(collectionsOf(data));
    expect(quarantined).toHaveLength(1);
    const [entry] = quarantined;
    expect(entry).toMatchObject({ collection: 'partnerships', id: 'bad-1', key: 'bad-1' });
    expect(entry!.record).toBe(BAD_PARTNERSHIP);
    expect(entry!.rule).toContain('name: must be text, got 42');
    expect(entry!.rule).toContain('partyIds');
    expect(entry!.heldBackWith).toBeUndefined();
  });

  it('holds back the records of a broken partnership with it, and their goal updates', () => {
    const found = {
      organizations: [makeOrganization(1), makeOrganization(2)],
      partnerships: [{ ...makePartnership(1), status: 'sleeping' }],
      pulses: [makePulse(1, 'p-1', 'org-1'), makePulse(2, 'p-1', 'org-2')],
      goals: [makeGoal(1, 'p-1')],
      goalUpdates: [makeGoalUpdate(1, 'goal-1')],
    };
    const { records, quarantined } = partitionRecords(found);
    expect(records.organizations).toHaveLength(2);
    expect(records.pulses).toEqual([]);
    expect(records.goalUpdates).toEqual([]);
    const root = { collection: 'partnerships', id: 'p-1' } as const;
    expect(quarantined.map((q) => [q.collection, q.id, q.heldBackWith])).toEqual([
      ['partnerships', 'p-1', undefined],
      ['pulses', 'pulse-1', root],
      ['pulses', 'pulse-2', root],
      ['goals', 'goal-1', root],
      ['goalUpdates', 'gu-1', root],
    ]);
    expect(quarantined[1]!.rule).toBe('partnershipId: the partnership "p-1" could not be read');
    expect(heldBackCounts(quarantined).get(refKey(root))).toBe(4);
  });

  it('holds a partnership naming a broken organization back with that organization, and its records too', () => {
    const found = {
      organizations: [makeOrganization(1), { id: 'org-2', name: '', kind: 'company' }],
      partnerships: [makePartnership(1)],
      pulses: [makePulse(1, 'p-1', 'org-1')],
    };
    const { records, quarantined } = partitionRecords(found);
    expect(records.partnerships).toEqual([]);
    const root = { collection: 'organizations', id: 'org-2' } as const;
    expect(quarantined.map((q) => q.heldBackWith)).toEqual([undefined, root, root]);
    expect(quarantined[1]!.rule).toBe('partyIds[1]: the organization "org-2" could not be read');
    expect(heldBackCounts(quarantined).get(refKey(root))).toBe(2);
  });

  it('lists a record whose reference points at nothing as broken itself', () => {
    const data = smallDataset();
    const found = { ...collectionsOf(data), pulses: [makePulse(9, 'p-404', 'org-1')] };
    const { quarantined } = partitionRecords(found);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.heldBackWith).toBeUndefined();
    expect(quarantined[0]!.rule).toBe('partnershipId: "p-404" does not match any partnership');
  });

  it('lists a party reference outside the partnership, a repeated id and a repeated name', () => {
    const found = {
      organizations: [
        makeOrganization(1),
        makeOrganization(2),
        makeOrganization(3, { name: 'ORGANIZATION 1' }),
      ],
      partnerships: [makePartnership(1), makePartnership(1, ['org-2', 'org-1'])],
      pulses: [makePulse(1, 'p-1', 'org-3')],
    };
    const rules = partitionRecords(found).quarantined.map((q) => `${q.collection} ${q.rule}`);
    expect(rules).toEqual([
      expect.stringMatching(
        /^organizations name: repeats the name of organization "Organization 1"/,
      ),
      'partnerships id: repeats the id of an earlier record; ids must be unique',
      expect.stringMatching(
        /^pulses partyId: "org-3" is not one of the parties of partnership "p-1"/,
      ),
    ]);
  });

  it('shows a numeric id as digits and keeps the key as found, for deleting it', () => {
    const { quarantined } = partitionRecords({
      organizations: [{ id: 7, name: 'Seven', kind: 'company' }],
    });
    expect(quarantined[0]).toMatchObject({ id: '7', key: 7, collection: 'organizations' });
    expect(quarantined[0]!.rule).toMatch(/^id: /);
  });

  it('names a record with no id and a value that is not an object', () => {
    const { quarantined } = partitionRecords({ milestones: [null, { title: 'x' }] });
    expect(quarantined.map((q) => q.id)).toEqual(['(no id)', '(no id)']);
    expect(quarantined[0]!.rule).toBe('must be an object, got null');
  });

  it('always keeps a data set that passes the dataset rules, and accounts for every record', () => {
    const sample = generatePortfolio({ today: '2026-06-30', partnerships: 3, years: 1 });
    const all = COLLECTIONS.flatMap((c) => sample[c].map((_, i) => [c, i] as const));
    const damage = fc.constantFrom(
      { id: 5 },
      { name: 42 },
      { partyIds: null },
      { partnershipId: 'nowhere' },
      { date: '2026-02-30' },
      { goalId: null },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...all), damage), { maxLength: 12 }),
        (hits) => {
          const found = {} as Record<CollectionName, unknown[]>;
          for (const c of COLLECTIONS) found[c] = [...sample[c]];
          for (const [[collection, index], patch] of hits) {
            found[collection][index] = { ...(found[collection][index] as object), ...patch };
          }
          const snapshot = structuredClone(found);
          const { records, quarantined } = partitionRecords(found);
          expect(found).toEqual(snapshot);
          expect(checkDataset(records)).toEqual([]);
          const kept = COLLECTIONS.reduce((n, c) => n + records[c].length, 0);
          expect(kept + quarantined.length).toBe(all.length);
          // A record left out is never kept too (ids differ per collection in the sample).
          for (const q of quarantined) {
            if (q.collection === 'settings') continue;
            expect(records[q.collection].some((r) => r.id === q.key)).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('settingsOrDefaults', () => {
  it('gives the stored settings when they pass the schema', () => {
    const result = settingsOrDefaults({ ...DEFAULT_SETTINGS, organizationName: 'Ana' });
    expect(result).toEqual({
      settings: { ...DEFAULT_SETTINGS, organizationName: 'Ana' },
      quarantined: null,
    });
  });

  it('falls back to the defaults for a malformed row and lists the row', () => {
    const row = { ...DEFAULT_SETTINGS, weights: 'heavy' };
    const result = settingsOrDefaults(row);
    // The defaults in the schema's normal form (a null optional is dropped).
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, organizationName: undefined });
    expect(result.quarantined).toMatchObject({
      collection: 'settings',
      id: 'settings',
      record: row,
    });
    expect(result.quarantined!.rule).toMatch(/^weights: /);
  });
});
