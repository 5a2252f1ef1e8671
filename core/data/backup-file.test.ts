// Tests of reading and writing backup files: the worked example parses, each kind of bad file
// is refused with its location, and write-then-read gives back the same data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, COLLECTIONS, DEFAULT_SETTINGS } from '../domain/types';
import type { Dataset } from '../domain/types';
import {
  countRecords,
  createBackup,
  emptyDataset,
  parseBackup,
  serializeBackup,
} from './backup-file';
import { VALID_RECORD_ARBITRARIES, withoutUndefined } from './record-arbitraries.test-support';
import { workedExampleText } from '../../test/fixtures/worked-example';
import { formatIssue } from './validation-issue';
import type { ValidationIssue } from './validation-issue';

const EXAMPLE = workedExampleText();
type Rec = Record<string, unknown>;
type ExampleFile = Rec & {
  data: Rec &
    Record<'pulses' | 'interactions' | 'goalUpdates' | 'contributions' | 'frictions', Rec[]>;
};
const exampleObject = () => JSON.parse(EXAMPLE) as ExampleFile;

function issuesOf(input: unknown): ValidationIssue[] {
  const result = parseBackup(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('parseBackup', () => {
  it('reads the worked example', () => {
    const result = parseBackup(EXAMPLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(countRecords(result.backup.data)).toMatchObject({
      organizations: 2,
      partnerships: 1,
      pulses: 3,
      interactions: 4,
      goalUpdates: 2,
      reviews: 0,
    });
    expect(result.backup.data.settings).toMatchObject({
      lookbackDays: 90,
      weights: DEFAULT_SETTINGS.weights,
    });
    expect(result.backup.app).toEqual({ name: 'spec', version: '1' });
  });

  it('accepts an already parsed object, missing collections and missing settings', () => {
    const file = exampleObject();
    delete file.data.reviews;
    delete (file.data as Record<string, unknown>).settings;
    const result = parseBackup(file);
    expect(result.ok && result.backup.data.reviews).toEqual([]);
    expect(result.ok && result.backup.data.settings.bands).toEqual(DEFAULT_SETTINGS.bands);
  });

  it('ignores unknown fields at every level', () => {
    const file = exampleObject();
    file.comment = 'hand edited';
    (file.data as Record<string, unknown>).attachments = [];
    file.data.pulses[0]!.mood = 'sunny';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(result.ok && result.backup.data.pulses[0]).not.toHaveProperty('mood');
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${EXAMPLE}`).ok).toBe(true);
  });

  it('refuses text that is not JSON as a file issue', () => {
    const [issue] = issuesOf('{"format": "partnership-health-backup",');
    expect(issue).toMatchObject({ collection: 'file', field: '' });
    expect(formatIssue(issue!)).toMatch(/^file: is not valid JSON/);
  });

  it('refuses another format', () => {
    const [issue] = issuesOf(JSON.stringify({ ...exampleObject(), format: 'budget-backup' }));
    expect(issue).toMatchObject({ collection: 'file', field: 'format' });
    expect(issue!.rule).toMatch(/not a Partnership Health backup/);
    expect(issuesOf([1, 2])[0]!.rule).toMatch(/must be a JSON object/);
  });

  it('refuses a future version, naming the app version needed', () => {
    const file = {
      ...exampleObject(),
      version: BACKUP_VERSION + 1,
      app: { name: 'Partnership Health', version: '2.3.0' },
    };
    const [issue] = issuesOf(JSON.stringify(file));
    expect(issue!.field).toBe('version');
    expect(issue!.rule).toBe(
      `This backup was written in format version ${BACKUP_VERSION + 1}; this app reads version ${BACKUP_VERSION}. Install Partnership Health 2.3.0 or newer to open it.`,
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere', (key) => {
    const text = EXAMPLE.replace(
      '"scores": { "reliability": 3, "openness": 2 }',
      `"scores": { "reliability": 3, "${key}": { "polluted": true } }`,
    );
    expect(text).not.toBe(EXAMPLE);
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ collection: 'file', field: `data.pulses[1].scores.${key}` });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a dangling reference with collection, record and field', () => {
    const file = exampleObject();
    file.data.goalUpdates[1]!.goalId = 'g2';
    const issues = issuesOf(JSON.stringify(file));
    expect(issues.map(formatIssue)).toEqual([
      'goalUpdates[1] (id "u2"): goalId: "g2" does not match any goal',
    ]);
  });

  it('refuses duplicate ids', () => {
    const file = exampleObject();
    file.data.interactions[2]!.id = 'i1';
    expect(issuesOf(file)).toMatchObject([
      { collection: 'interactions', index: 2, recordId: 'i1', field: 'id' },
    ]);
  });

  it('refuses NaN-ish text and overflowing numbers where numbers belong', () => {
    const file = exampleObject();
    file.data.goalUpdates[0]!.value = 'NaN';
    file.data.contributions[0]!.value = 'Infinity';
    const text = JSON.stringify(file).replace('"target":100', '"target":1e999');
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.collection, i.recordId, i.field])).toEqual([
      ['goals', 'g1', 'target'],
      ['goalUpdates', 'u1', 'value'],
      ['contributions', 'c1', 'value'],
    ]);
    expect(issues[0]!.rule).toMatch(/finite/);
  });

  it('collects every problem in the file, not only the first', () => {
    const file = exampleObject();
    file.data.pulses[0]!.scores = { fairness: 7 };
    file.data.frictions[0]!.severity = 'severe';
    (file.data as Record<string, unknown>).milestones = 'none';
    (file.data as Record<string, unknown>).settings = { lookbackDays: 5 };
    delete file.exportedAt;
    const issues = issuesOf(file);
    expect(issues.map((i) => `${i.collection} ${i.field}`)).toEqual([
      'file exportedAt',
      'pulses scores.fairness',
      'frictions severity',
      'milestones ',
      'settings lookbackDays',
    ]);
  });

  it('refuses a file without data or app', () => {
    const file = exampleObject();
    delete (file as Rec).data;
    delete file.app;
    expect(issuesOf(file).map((i) => i.field)).toEqual(['app', 'data']);
  });
});

const settingsArb = fc.record({
  lookbackDays: fc.integer({ min: 14, max: 365 }),
  trendDays: fc.integer({ min: 7, max: 365 }),
  weights: fc.record({
    trust: fc.constantFrom(0, 0.3, 1),
    communication: fc.constantFrom(0.2, 2),
    goals: fc.constantFrom(0, 0.25),
    reciprocity: fc.constantFrom(0, 0.15),
    friction: fc.constantFrom(0, 0.1),
  }),
  bands: fc.constantFrom({ healthy: 70, watch: 50 }, { healthy: 100, watch: 0.5 }),
});

/** One record per collection, rewired so that every reference resolves. */
function linked(records: Record<string, Record<string, unknown>>): Omit<Dataset, 'settings'> {
  const data = Object.fromEntries(
    COLLECTIONS.map((c) => [c, [withoutUndefined(records[c]!)]]),
  ) as Record<string, Record<string, unknown>[]>;
  const partnership = data.partnerships![0]!;
  const parties = partnership.partyIds as string[];
  data.organizations = parties.map((id, i) => ({
    ...data.organizations![0]!,
    id,
    name: `${i} ${data.organizations![0]!.name as string}`,
  }));
  for (const collection of COLLECTIONS.slice(2)) {
    const record = data[collection]![0]!;
    if ('partnershipId' in record) record.partnershipId = partnership.id;
    if ('partyId' in record) record.partyId = parties[0];
    if ('initiatorPartyId' in record) record.initiatorPartyId = parties[1];
    if ('ownerPartyIds' in record) record.ownerPartyIds = parties.slice(0, 1);
    for (const list of [record.followUps, record.actions] as { ownerPartyId?: string }[][]) {
      list?.forEach((item) => item.ownerPartyId !== undefined && (item.ownerPartyId = parties[0]));
    }
  }
  data.goalUpdates![0]!.goalId = data.goals![0]!.id;
  return data as unknown as Omit<Dataset, 'settings'>;
}

describe('writing backups', () => {
  it('gives back the same data after serialize then parse', () => {
    const parsed = parseBackup(EXAMPLE);
    if (!parsed.ok) throw new Error('example should parse');
    const backup = createBackup(
      parsed.backup.data,
      { name: 'Partnership Health', version: '0.1.0' },
      '2026-11-28T10:00:00Z',
    );
    const text = serializeBackup(backup);
    expect(serializeBackup(backup)).toBe(text);
    const total = Object.values(countRecords(backup.data)).reduce((a, b) => a + b, 0);
    expect(text.split('\n').filter((l) => l.startsWith('      {'))).toHaveLength(total);
    const again = parseBackup(text);
    expect(again).toEqual({ ok: true, backup });
  });

  it('round-trips a data set of any records and settings unchanged', () => {
    const oneOfEach = fc.record(
      Object.fromEntries(COLLECTIONS.map((c) => [c, VALID_RECORD_ARBITRARIES[c]])) as Record<
        string,
        fc.Arbitrary<Record<string, unknown>>
      >,
    );
    fc.assert(
      fc.property(oneOfEach, settingsArb, (records, settings) => {
        const data = linked(records);
        const backup = createBackup(
          { ...data, settings },
          { name: 'x', version: '1' },
          '2026-01-01T00:00:00Z',
        );
        expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
      }),
      { numRuns: 100 },
    );
  });

  it('makes an empty data set with default settings that do not share objects', () => {
    const a = emptyDataset();
    a.settings.weights.trust = 0;
    expect(emptyDataset().settings.weights.trust).toBe(DEFAULT_SETTINGS.weights.trust);
    expect(Object.values(countRecords(a)).every((n) => n === 0)).toBe(true);
  });
});
