// partitionBackup: the valid part of a backup whose records break rules, for "Restore the valid
// records"; a file that is itself at fault is still refused whole.
import { describe, expect, it } from 'vitest';
import { makePulse, smallDataset } from '../../test/factories/records';
import { BACKUP_VERSION, type Dataset } from '../domain/types';
import { checkDataset } from './dataset-rules';
import { createBackup, parseBackup, partitionBackup, serializeBackup } from './backup-file';

const APP = { name: 'Partnership Health', version: '0.1.0' };

function fileOf(data: Dataset, patch: (file: Record<string, unknown>) => void = () => {}): string {
  const file = JSON.parse(serializeBackup(createBackup(data, APP, '2026-11-20T08:00:00Z')));
  patch(file);
  return JSON.stringify(file);
}

describe('partitionBackup', () => {
  it('keeps every record of a valid backup, as parseBackup does, and rejects none', () => {
    const text = fileOf(smallDataset());
    const result = partitionBackup(text);
    const strict = parseBackup(text);
    if (!result.ok || !strict.ok) throw new Error('expected both to accept the file');
    expect(result.rejected).toEqual([]);
    expect(result.backup).toEqual(strict.backup);
  });

  it('rejects broken records with those that reference them, and keeps a consistent rest', () => {
    const data = smallDataset();
    const text = fileOf({
      ...data,
      partnerships: [...data.partnerships, { id: 'bad-1', name: 42, partyIds: null } as never],
      pulses: [...data.pulses, { ...makePulse(2, 'bad-1', 'org-1') }],
      settings: { ...data.settings, lookbackDays: -3 },
    });
    const result = partitionBackup(text);
    if (!result.ok) throw new Error('expected the file to be sound');
    expect(result.rejected.map((r) => [r.collection, r.id, r.heldBackWith?.id])).toEqual([
      ['partnerships', 'bad-1', undefined],
      ['pulses', 'pulse-2', 'bad-1'],
      ['settings', 'settings', undefined],
    ]);
    expect(result.rejected[1]!.rule).toBe(
      'partnershipId: the partnership "bad-1" could not be read',
    );
    expect(result.backup.data).toEqual({ ...data, settings: expect.any(Object) });
    expect(result.backup.data.settings.lookbackDays).toBe(90);
    expect(checkDataset(result.backup.data)).toEqual([]);
    expect(result.backup.version).toBe(BACKUP_VERSION);
  });

  it('refuses a file that is itself at fault', () => {
    expect(partitionBackup('{ not json').ok).toBe(false);
    expect(partitionBackup(fileOf(smallDataset(), (f) => (f.format = 'other'))).ok).toBe(false);
    const notAList = partitionBackup(
      fileOf(smallDataset(), (f) => ((f.data as Record<string, unknown>).pulses = 5)),
    );
    expect(notAList.ok ? [] : notAList.issues.map((i) => i.rule)).toEqual([
      'must be a list of records, got 5',
    ]);
    const noDate = partitionBackup(fileOf(smallDataset(), (f) => delete f.exportedAt));
    expect(noDate.ok).toBe(false);
  });

  it('leaves out a record with a reserved id or key, with what depends on it, and keeps the rest', () => {
    const data = smallDataset();
    const org = { ...data.organizations[0]!, id: 'prototype', name: 'Proto Ltd' };
    const partnership = {
      ...data.partnerships[0]!,
      id: 'p-proto',
      partyIds: ['prototype', data.organizations[1]!.id],
      partyShares: { prototype: 60, [data.organizations[1]!.id]: 40 },
    };
    const text = fileOf(data, (f) => {
      const records = f.data as Record<string, unknown[]>;
      records.organizations!.push(org);
      records.partnerships!.push(partnership);
    });
    // The pulse's extra key is written into the text, as JSON.parse then makes it an own key.
    const withKey = text.replace('"id":"pulse-1"', '"__proto__":{"polluted":true},"id":"pulse-1"');
    expect(withKey).not.toBe(text);
    expect(parseBackup(withKey).ok).toBe(false);
    const result = partitionBackup(withKey);
    if (!result.ok) throw new Error(`expected a partial restore: ${JSON.stringify(result.issues)}`);
    expect(result.rejected.map((r) => [r.collection, r.id, r.heldBackWith?.id])).toEqual([
      ['organizations', 'prototype', undefined],
      // Its own party id and share key are reserved: left out for its own rule.
      ['partnerships', 'p-proto', undefined],
      ['pulses', 'pulse-1', undefined],
    ]);
    expect(result.rejected[1]!.rule).toMatch(/^partyShares.prototype: uses the key "prototype"/);
    expect(result.rejected[2]!.rule).toMatch(/^__proto__: uses the key "__proto__"/);
    expect(result.backup.data.organizations).toEqual(data.organizations);
    expect(checkDataset(result.backup.data)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes a backup around a stored record holding a BigInt, and restores the rest', () => {
    const data = smallDataset();
    const odd = { ...makePulse(2, 'p-1', 'org-1'), scores: { reliability: 4n } } as never;
    const text = serializeBackup(
      createBackup({ ...data, pulses: [...data.pulses, odd] }, APP, '2026-11-20T08:00:00Z'),
    );
    expect(JSON.parse(text).note).toMatch(/^1 record could not be written as JSON/);
    const result = partitionBackup(text);
    if (!result.ok) throw new Error('expected the file to be sound');
    expect(result.rejected.map((r) => r.id)).toEqual(['pulse-2']);
    expect(result.backup.data.pulses).toEqual(data.pulses);
  });
});
