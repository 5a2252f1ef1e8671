import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../core/domain/types';
import { inspectBackupInWorker } from './backup-inspector';
import { useBuiltInspectionWorker } from './inspection-worker.test-support';

beforeAll(useBuiltInspectionWorker);

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('inspectBackupInWorker', () => {
  it('parses a big valid backup on a worker thread and counts its records', async () => {
    const interactions = Array.from({ length: 100_000 }, (_, index) => ({
      id: `i${index}`,
      partnershipId: `p${index % 200}`,
      note: 'Café Collective 🌱 #3 — 東京 港湾',
    }));
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 3,
      data: { partnerships: [{ id: 'p0' }], interactions },
    });
    expect(text.length).toBeGreaterThan(5_000_000);
    // The main thread stays free meanwhile: a timer keeps ticking during the parse.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const sent = utf8(text);
    const { inspection, bytes } = await inspectBackupInWorker(sent);
    clearInterval(timer);
    expect(inspection).toMatchObject({ ok: true, records: 100_001 });
    expect(ticks).toBeGreaterThan(3);
    // Moved to the worker and back, not copied.
    expect(sent.byteLength).toBe(0);
    expect(new TextDecoder().decode(bytes)).toBe(text);
  });

  it('reports what is wrong with text that is not a backup', async () => {
    const other = await inspectBackupInWorker(utf8('{"format":"other","version":1,"data":{}}'));
    expect(other.inspection).toEqual(
      expect.objectContaining({ ok: false, problem: 'it is not a Partnership Health backup' }),
    );
    expect((await inspectBackupInWorker(utf8('{"trunc'))).inspection).toEqual(
      expect.objectContaining({ ok: false, problem: 'it is not JSON text' }),
    );
  });
});
