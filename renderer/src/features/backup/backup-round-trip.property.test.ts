// Property: whatever the data (emoji, right-to-left text, combining marks, lone surrogates,
// numbers from 5e-324 to ±1.8e308), storing it, backing it up, restoring that file and backing
// up again gives the same file apart from exportedAt, on fake-indexeddb.
// Negative zero: JSON has no -0 (JSON.stringify(-0) is "0"), so a stored -0 is written as 0 and
// comes back as 0, equal as a number; the files still match. Non-finite numbers cannot be stored.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../../core/data/backup-file';
import {
  nameArb,
  textArb,
  VALID_RECORD_ARBITRARIES,
  withoutUndefined,
} from '../../../../core/data/record-arbitraries.test-support';
import { validateRecord } from '../../../../core/data/record-schemas';
import { characterCount } from '../../../../core/data/value-rules';
import { COLLECTIONS, type CollectionName, type Dataset } from '../../../../core/domain/types';
import { readAllData, replaceAllData } from '../../db/dataset-repository';
import { freshTestDatabase } from '../../db/test-database';
import { confirmRestore, getRestoreState, requestRestore, setRestoreDeps } from './restore-flow';

type Raw = Record<string, unknown>;

/** Numbers at the edges of what a double holds, and ones that print with many digits. */
const EXTREME_NUMBERS = [
  1.7976931348623157e308,
  -1.7976931348623157e308,
  1e308,
  5e-324,
  -5e-324,
  1e-300,
  0.1 + 0.2,
  -0,
  123456789.12345679,
  2 ** 53 + 2,
];
const extremeArb = fc.constantFrom(...EXTREME_NUMBERS);
const list = (collection: CollectionName, maxLength: number) =>
  fc.uniqueArray(VALID_RECORD_ARBITRARIES[collection], {
    maxLength,
    selector: (r) => r.id,
  });

/** Records of every collection, rewired so that every reference resolves. */
const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    partnerships: fc.uniqueArray(VALID_RECORD_ARBITRARIES.partnerships, {
      minLength: 1,
      maxLength: 3,
      selector: (r) => r.id,
    }),
    orgNames: fc.array(
      nameArb.filter((s) => characterCount(s) <= 190),
      { minLength: 15, maxLength: 15 },
    ),
    orgNotes: fc.array(fc.option(textArb, { nil: undefined }), { minLength: 15, maxLength: 15 }),
    pulses: list('pulses', 4),
    interactions: list('interactions', 3),
    goals: list('goals', 3),
    goalUpdates: list('goalUpdates', 4),
    contributions: list('contributions', 3),
    frictions: list('frictions', 2),
    reviews: list('reviews', 2),
    milestones: list('milestones', 2),
    extremes: fc.array(extremeArb, { minLength: 5, maxLength: 5 }),
    organizationName: fc.option(textArb, { nil: undefined }),
    lookbackDays: fc.integer({ min: 14, max: 365 }),
    trendDays: fc.integer({ min: 7, max: 365 }),
    weights: fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
      minLength: 5,
      maxLength: 5,
    }),
    healthy: fc.double({ min: 1, max: 100, noNaN: true }),
    watchShare: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  })
  .map((g) => {
    const partnerships = g.partnerships.map((p) => withoutUndefined(p));
    const partyIds = [...new Set(partnerships.flatMap((p) => p.partyIds as string[]))];
    const organizations = partyIds.map((id, i) =>
      withoutUndefined({
        id,
        // The index keeps names unique ignoring case.
        name: `${i} ${g.orgNames[i % 15]!}`,
        kind: 'other',
        notes: g.orgNotes[i % 15],
      }),
    );
    const parties = (i: number) => partnerships[i % partnerships.length]!;
    const link = (records: Raw[]) =>
      records.map((source, i) => {
        const r = withoutUndefined(source);
        const p = parties(i);
        const ids = p.partyIds as string[];
        r.partnershipId = p.id;
        if ('partyId' in r) r.partyId = ids[0];
        if ('initiatorPartyId' in r) r.initiatorPartyId = ids[1];
        if ('ownerPartyIds' in r) r.ownerPartyIds = ids.slice(0, 1);
        for (const items of [r.followUps, r.actions] as (
          { ownerPartyId?: string }[] | undefined
        )[]) {
          items?.forEach((item) => item.ownerPartyId !== undefined && (item.ownerPartyId = ids[0]));
        }
        return r;
      });
    const goals = link(g.goals);
    const [e0, e1, e2, e3, e4] = g.extremes as [number, number, number, number, number];
    if (goals[0] && e0 !== e1) Object.assign(goals[0], { baseline: e0, target: e1 });
    const goalUpdates = goals.length
      ? g.goalUpdates.map((u, i) => ({
          ...withoutUndefined(u),
          goalId: goals[i % goals.length]!.id,
          ...(i === 0 ? { value: e2 } : i === 1 ? { value: e3 } : {}),
        }))
      : [];
    const contributions = link(g.contributions).map((c, i) =>
      i === 0 ? { ...c, value: Math.abs(e4) } : c,
    );
    const weights = g.weights.map((w, i) => (i === 0 ? w || 1 : w));
    return {
      organizations,
      partnerships,
      pulses: link(g.pulses),
      interactions: link(g.interactions),
      goals,
      goalUpdates,
      contributions,
      frictions: link(g.frictions),
      reviews: link(g.reviews),
      milestones: link(g.milestones),
      settings: withoutUndefined({
        organizationName: g.organizationName,
        lookbackDays: g.lookbackDays,
        trendDays: g.trendDays,
        weights: {
          trust: weights[0],
          communication: weights[1],
          goals: weights[2],
          reciprocity: weights[3],
          friction: weights[4],
        },
        bands: { healthy: g.healthy, watch: g.healthy * g.watchShare },
      }),
    } as unknown as Dataset;
  });

const APP = { name: 'Partnership Health', version: '0.1.0' };

/** The backup file of what is stored now, without its exportedAt line. */
async function storedFile(): Promise<string> {
  const text = serializeBackup(createBackup(await readAllData(), APP, '2026-01-01T00:00:00Z'));
  return text.replace(/\n {2}"exportedAt": [^\n]*\n/, '\n');
}

describe('backup round trip through IndexedDB', () => {
  it('store → back up → restore → back up gives the same file', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (dataset) => {
        freshTestDatabase();
        setRestoreDeps();
        await replaceAllData(dataset);
        // Every record is stored whole: its normalised form comes back by id.
        const stored = await readAllData();
        for (const collection of COLLECTIONS) {
          const byId = new Map(stored[collection].map((r) => [r.id, r]));
          expect(byId.size).toBe(dataset[collection].length);
          for (const record of dataset[collection]) {
            const normalised = validateRecord(collection, record);
            if (!normalised.ok) throw new Error(`generated an invalid ${collection} record`);
            expect(JSON.stringify(byId.get(record.id))).toBe(JSON.stringify(normalised.value));
          }
        }
        const first = await storedFile();
        const exported = serializeBackup(createBackup(stored, APP, '2026-11-28T10:00:00Z'));
        await requestRestore(exported, 'round-trip.json');
        expect(getRestoreState().step).toBe('preview');
        await confirmRestore();
        expect(getRestoreState().step).toBe('restored');
        expect(await storedFile()).toBe(first);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
