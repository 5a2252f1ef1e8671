// The restore worker's answers, driven through answerRequest with the inline engine on
// fake-indexeddb: progress then a preview (never the records), a commit, an undo, a failure.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../../core/data/backup-file';
import { emptyDataset, smallDataset } from '../../../../test/factories/records';
import { readAllData, replaceAllData } from '../../db/dataset-repository';
import { freshTestDatabase } from '../../db/test-database';
import { answerRequest, inlineEngine } from './restore-engine';
import type { WorkerMessage, WorkerRequest } from './restore-protocol';

const text = serializeBackup(
  createBackup(
    smallDataset(),
    { name: 'Partnership Health', version: '0.1.0' },
    '2026-11-20T08:00:00Z',
  ),
);

beforeEach(async () => {
  freshTestDatabase();
  await replaceAllData(emptyDataset());
});

async function ask(engine: ReturnType<typeof inlineEngine>, request: WorkerRequest) {
  const messages: WorkerMessage[] = [];
  await answerRequest(engine, request, (message) => messages.push(message));
  return messages;
}

describe('restore worker answers', () => {
  it('reports progress, then a preview without the records', async () => {
    const messages = await ask(inlineEngine(), { type: 'check', input: text });
    expect(messages.map((m) => m.type)).toEqual(['progress', 'progress', 'checked']);
    expect(messages[1]).toEqual({ type: 'progress', stage: 'checking', records: 6 });
    const checked = messages[2]!;
    if (checked.type !== 'checked' || !checked.result.ok) throw new Error('expected a preview');
    expect(checked.result.summary.counts.pulses).toBe(1);
    expect(JSON.stringify(checked.result)).not.toContain('pulse-1');
  });

  it('decodes file bytes itself and words the problems, counting them all', async () => {
    const bytes = new TextEncoder().encode(text.replace('"reliability":4', '"reliability":0'));
    const [, , checked] = await ask(inlineEngine(), { type: 'check', input: bytes });
    expect(checked).toEqual({
      type: 'checked',
      result: {
        ok: false,
        problems: [
          'pulses[0] (id "pulse-1"): scores.reliability: must be an integer from 1 to 5, got 0',
        ],
        total: 1,
        // The other five records are valid: restoring them is offered.
        partial: {
          rejected: 1,
          summary: expect.objectContaining({ totalRecords: 5 }),
          heldBack: [],
          heldBackTotal: 0,
        },
      },
    });
    const [empty] = await ask(inlineEngine(), { type: 'check', input: new Uint8Array() });
    expect(empty).toMatchObject({ type: 'checked', result: { ok: false, total: 1 } });
  });

  it('restores the valid records of a refused backup after giving the rejected ones', async () => {
    const engine = inlineEngine();
    const broken = text.replace('"name":"Partnership 1"', '"name":42');
    const [, , checked] = await ask(engine, { type: 'check', input: broken });
    expect(checked).toMatchObject({ result: { ok: false, partial: { rejected: 4 } } });
    const header = { app: { name: 'PH', version: '1' }, exportedAt: 'now', source: 'b.json' };
    const [file] = await ask(engine, { type: 'rejected-file', header });
    if (file?.type !== 'file') throw new Error('expected the file of rejected records');
    const rejected = JSON.parse(file.text).records as { collection: string; rule: string }[];
    expect(rejected.map((r) => r.collection)).toEqual([
      'partnerships',
      'pulses',
      'goals',
      'goalUpdates',
    ]);
    expect(rejected[1]!.rule).toBe('partnershipId: the partnership "p-1" could not be read');
    await ask(engine, { type: 'commit-valid', source: 'b.json', restoredAt: 'x' });
    expect(await readAllData()).toEqual({
      ...emptyDataset(),
      organizations: smallDataset().organizations,
    });
  });

  it('offers no partial restore when no record is valid or the file is not sound', async () => {
    const onlyBroken = serializeBackup(
      createBackup(
        { ...emptyDataset(), organizations: [{ id: 'o', name: '', kind: 'company' }] },
        { name: 'Partnership Health', version: '0.1.0' },
        '2026-11-20T08:00:00Z',
      ),
    );
    const [, , none] = await ask(inlineEngine(), { type: 'check', input: onlyBroken });
    expect(none).toMatchObject({ result: { ok: false, total: 1 } });
    expect((none as { result: object }).result).not.toHaveProperty('partial');
    const notAList = text.replace('"pulses": [', '"pulses": 5, "x": [');
    expect(notAList).not.toBe(text);
    const [, , unsound] = await ask(inlineEngine(), { type: 'check', input: notAList });
    expect(unsound).toMatchObject({ result: { ok: false } });
    expect((unsound as { result: object }).result).not.toHaveProperty('partial');
  });

  it('commits the checked backup, then undoes it', async () => {
    const engine = inlineEngine();
    await ask(engine, { type: 'check', input: text });
    expect(await ask(engine, { type: 'commit', source: 'b.json', restoredAt: 'x' })).toEqual([
      { type: 'done' },
    ]);
    expect(await readAllData()).toEqual(smallDataset());
    expect(await ask(engine, { type: 'undo' })).toEqual([{ type: 'done' }]);
    expect(await readAllData()).toEqual(emptyDataset());
  });

  it('answers a commit without a checked backup with a message, changing nothing', async () => {
    const engine = inlineEngine();
    await ask(engine, { type: 'check', input: '{"format":"other"}' });
    const messages = await ask(engine, { type: 'commit', source: 'b.json', restoredAt: 'x' });
    expect(messages).toEqual([
      { type: 'failed', message: 'No checked backup to restore: choose the file again.' },
    ]);
    expect(await readAllData()).toEqual(emptyDataset());
  });
});
