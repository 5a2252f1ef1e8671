// The malformed-backup corpus (test/fixtures/backups): every file is refused through the restore
// flow with its own message, and on fake-indexeddb the stored data is unchanged afterwards.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { smallDataset } from '../../../../test/factories/records';
import { readAllData, replaceAllData } from '../../db/dataset-repository';
import { readRestoreUndo } from '../../db/meta-repository';
import { freshTestDatabase } from '../../db/test-database';
import {
  confirmRestore,
  getRestoreState,
  requestRestoreFromBytes,
  setRestoreDeps,
} from './restore-flow';

/** The part of Node's fs used here (the web tsconfig, which checks this file, has no Node types). */
interface CorpusFs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL): Uint8Array;
}
const FS_MODULE = 'node:fs';
const { readdirSync, readFileSync } = (await import(/* @vite-ignore */ FS_MODULE)) as CorpusFs;
const CORPUS = new URL('../../../../test/fixtures/backups/', import.meta.url);
const corpusFile = (name: string) => new URL(name, CORPUS);

/** What each file must be refused with: the place (collection, record, field) and the rule. */
const EXPECTED: Record<string, RegExp> = {
  'truncated.json': /^file: is not valid JSON \(.*\); choose a backup file/,
  'empty.json': /file is empty: it holds no backup/,
  'whitespace-only.json': /file is empty/,
  'array-top-level.json': /^file: must be a JSON object, got a list$/,
  'null-top-level.json': /^file: must be a JSON object, got null$/,
  'wrong-format.json':
    /^file: format: must be "partnership-health-backup", got the text "other-app-backup"; this is not a Partnership Health backup$/,
  'future-version.json':
    /format version 7; this app reads version 1\. Install Partnership Health 3\.2\.0 or newer/,
  'missing-data.json': /^file: data: is required$/,
  'data-not-object.json': /^file: data: must be an object, got a list$/,
  'collection-not-list.json': /^pulses: must be a list of records, got an object$/,
  'rating-wrong-type.json':
    /^pulses\[0\] \(id "q1"\): scores\.reliability: must be a number, got the text "4"$/,
  'rating-out-of-range.json':
    /^pulses\[0\] \(id "q1"\): scores\.fairness: must be an integer from 1 to 5, got 7$/,
  'dangling-partnership.json':
    /^pulses\[0\] \(id "q1"\): partnershipId: "p-gone" does not match any partnership$/,
  'dangling-goal.json': /^goalUpdates\[0\] \(id "u1"\): goalId: "g-gone" does not match any goal$/,
  'duplicate-ids.json':
    /^organizations\[3\] \(id "o-lib"\): id: repeats the id of organizations\[0\]/,
  'nan-bare-token.json': /^file: is not valid JSON \(Unexpected token 'N'/,
  'infinity-bare-token.json': /^file: is not valid JSON \(Unexpected token 'I'/,
  'nan-string.json': /^goalUpdates\[0\] \(id "u1"\): value: must be a number, got the text "NaN"$/,
  'infinity-string.json':
    /^goals\[0\] \(id "g1"\): target: must be a number, got the text "Infinity"$/,
  'huge-string.json':
    /^organizations\[0\] \(id "o-lib"\): name: must be 1 to 200 characters long, got 200000$/,
  'proto-key.json':
    /^file: data\.pulses\[0\]\.__proto__: uses the key "__proto__", which is not allowed/,
  'constructor-key.json':
    /^file: data\.settings\.constructor: uses the key "constructor", which is not allowed/,
  'invalid-date.json':
    /^pulses\[0\] \(id "q1"\): date: must be a real calendar date written YYYY-MM-DD, got the text "2026-02-30"$/,
  'due-before-start.json':
    /^goals\[0\] \(id "g1"\): dueDate: must be after startDate \(2026-01-01\), got 2025-12-31$/,
  'goal-target-equals-baseline.json':
    /^goals\[0\] \(id "g1"\): target: must differ from baseline \(both are 0\)$/,
  'party-not-in-partnership.json':
    /^pulses\[0\] \(id "q1"\): partyId: "o-acme" is not one of the parties of partnership "p-read"/,
  'unknown-kind.json':
    /^organizations\[2\] \(id "o-acme"\): kind: must be one of .*got the text "government"$/,
  'missing-required-field.json': /^partnerships\[0\] \(id "p-read"\): name: is required$/,
  'bad-settings.json': /^settings: bands\.watch: must be below bands\.healthy \(40\), got 60$/,
  'utf16le-with-bom.json': /saved as UTF-16 text, but a backup is UTF-8 JSON/,
  'not-utf8.json': /not UTF-8 text/,
};

const files = readdirSync(CORPUS).filter((name) => name.endsWith('.json') && name !== 'valid.json');

beforeEach(async () => {
  freshTestDatabase();
  setRestoreDeps();
  await replaceAllData(smallDataset());
});

describe('malformed backup corpus', () => {
  it('has at least 20 files, each with its expected message', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.filter((name) => !(name in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((name) => !files.includes(name))).toEqual([]);
  });

  it.each(files)('refuses %s with its message and leaves the data unchanged', async (name) => {
    await requestRestoreFromBytes(readFileSync(corpusFile(name)), name);
    const state = getRestoreState();
    if (state.step !== 'invalid') throw new Error(`${name} was not refused (${state.step})`);
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toMatch(EXPECTED[name]!);
    await confirmRestore();
    expect(await readAllData()).toEqual(smallDataset());
    expect(await readRestoreUndo()).toBeNull();
  });

  it('restores valid.json, the file every malformed one was made from', async () => {
    await requestRestoreFromBytes(readFileSync(corpusFile('valid.json')), 'valid.json');
    expect(getRestoreState().step).toBe('preview');
    await confirmRestore();
    const stored = await readAllData();
    expect(stored.partnerships.map((p) => p.name)).toEqual(['Reading Together']);
    expect((await readRestoreUndo())?.previous).toEqual(smallDataset());
  });
});
