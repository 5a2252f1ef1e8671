// The file of records left out: valid JSON holding each record exactly as found.
import { describe, expect, it } from 'vitest';
import { partitionRecords } from './quarantine';
import { QUARANTINE_FILE_FORMAT, serializeQuarantine } from './quarantine-file';

const HEADER = {
  app: { name: 'Partnership Health', version: '1.0.0' },
  exportedAt: '2026-12-06T10:00:00.000Z',
  source: "this app's database",
};

describe('serializeQuarantine', () => {
  it('writes every record as found with its rule, and parses back', () => {
    const bad = { id: 'bad-1', name: 42, partyIds: null, note: 'ünïcødé 🤝' };
    const { quarantined } = partitionRecords({
      partnerships: [bad],
      pulses: [{ id: 'q', partnershipId: 'bad-1', partyId: 'o', date: '2026-01-01', scores: {} }],
    });
    const parsed = JSON.parse(serializeQuarantine(quarantined, HEADER));
    expect(parsed).toMatchObject({ format: QUARANTINE_FILE_FORMAT, count: 2, ...HEADER });
    expect(parsed.records[0]).toEqual({
      collection: 'partnerships',
      id: 'bad-1',
      rule: quarantined[0]!.rule,
      record: bad,
    });
    expect(parsed.records[1].heldBackWith).toEqual({ collection: 'partnerships', id: 'bad-1' });
  });

  it('describes a record JSON cannot carry, and says so in the file', () => {
    const cyclic: Record<string, unknown> = { id: 'loop' };
    cyclic.self = cyclic;
    const { quarantined } = partitionRecords({
      organizations: [cyclic, { id: 'big', name: 5n, kind: 'company' }],
    });
    const parsed = JSON.parse(serializeQuarantine(quarantined, HEADER));
    expect(parsed.count).toBe(2);
    expect(parsed.note).toMatch(/^2 records could not be written as JSON/);
    expect(parsed.records.map((r: { record: { id: string } }) => r.record.id)).toEqual([
      'loop',
      'big',
    ]);
    expect(parsed.records[1].record.notWrittenAsJson).toMatch(/BigInt/);
  });

  it('writes an empty list as valid JSON', () => {
    expect(JSON.parse(serializeQuarantine([], HEADER)).records).toEqual([]);
  });
});
