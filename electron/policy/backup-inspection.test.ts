import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../core/domain/types';
import { inspectBackupBytes } from './backup-inspection';

const tools = {
  format: BACKUP_FORMAT,
  sha256: (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex'),
};
const bytes = (text: string) => new TextEncoder().encode(text);
const backup = (data: unknown, exportedAt = '2026-11-28T10:00:00.000Z') =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 3, exportedAt, data });

describe('inspectBackupBytes', () => {
  it('counts the records of every collection and hashes the bytes', () => {
    const text = backup({ partnerships: [{}, {}], parties: [{}], goals: [], settings: { a: 1 } });
    const inspection = inspectBackupBytes(bytes(text), tools);
    expect(inspection).toMatchObject({ ok: true, records: 3, sha256: tools.sha256(text) });
  });

  it('gives the same data digest to two exports of the same data at other times', () => {
    const data = { partnerships: [{ id: 'p1', name: 'Zoë 🤝' }] };
    const first = inspectBackupBytes(bytes(backup(data, '2026-11-28T10:00:00Z')), tools);
    const second = inspectBackupBytes(bytes(backup(data, '2026-11-28T11:00:00Z')), tools);
    const other = inspectBackupBytes(bytes(backup({ partnerships: [{ id: 'p2' }] })), tools);
    expect(first.ok && second.ok && other.ok).toBe(true);
    if (!first.ok || !second.ok || !other.ok) return;
    expect(first.sha256).not.toBe(second.sha256);
    expect(first.contentDigest).toBe(second.contentDigest);
    expect(other.contentDigest).not.toBe(first.contentDigest);
  });

  it('accepts a byte-order mark', () => {
    expect(inspectBackupBytes(bytes(`\uFEFF${backup({})}`), tools)).toMatchObject({
      ok: true,
      records: 0,
    });
  });

  it.each([
    ['text that is not JSON', bytes('hello'), 'not JSON'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'not JSON'],
    ['an array', bytes('[]'), 'not a JSON object'],
    ['another format', bytes('{"format":"other","version":1,"data":{}}'), 'not a Partnership'],
    ['no version', bytes(`{"format":"${BACKUP_FORMAT}","data":{}}`), 'not a Partnership'],
    ['no data', bytes(`{"format":"${BACKUP_FORMAT}","version":1}`), '"data"'],
    ['data as a list', bytes(`{"format":"${BACKUP_FORMAT}","version":1,"data":[]}`), '"data"'],
  ])('refuses %s and says why', (_label, input, problem) => {
    const inspection = inspectBackupBytes(input, tools);
    expect(inspection.ok).toBe(false);
    expect(!inspection.ok && inspection.problem).toContain(problem);
  });
});
