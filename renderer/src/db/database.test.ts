// The database's open options and the frozen schema-v1 fixture that later migrations start from.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/database-v1.json';
import { DATABASE_OPTIONS, PartnershipHealthDatabase, SETTINGS_KEY } from './database';
import { SCHEMA_V1 } from './schema-v1';
import { LATEST_SCHEMA_VERSION } from './schema-versions';

describe('database options', () => {
  it('asks Chrome for strict durability, on every transaction', async () => {
    expect(DATABASE_OPTIONS.chromeTransactionDurability).toBe('strict');
    const db = new PartnershipHealthDatabase(`durability-${Date.now()}`);
    let durability: unknown;
    await db.transaction('rw', db.meta, async () => {
      durability = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans
        .durability;
      await db.meta.put({ key: 'probe', value: 1 });
    });
    expect(durability).toBe('strict');
    db.close();
  });
});

describe('schema version 1 (frozen)', () => {
  it('still declares exactly the stores of the frozen fixture', () => {
    expect(fixture.schemaVersion).toBe(1);
    expect({ ...SCHEMA_V1 }).toEqual(fixture.stores);
  });

  it('a database written at v1 opens with the current schema and keeps every row', async () => {
    const name = `fixture-v1-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(fixture.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new PartnershipHealthDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.rows)) {
      expect(await db.table(table).toArray()).toEqual(rows);
    }
    const byDate = await db.pulses
      .where('[partnershipId+date]')
      .equals(['p-reading', '2026-02-10'])
      .toArray();
    expect(byDate.map((p) => p.id)).toEqual(['pulse-1']);
    expect((await db.settings.get(SETTINGS_KEY))?.organizationName).toBe('City Library');
    db.close();
  });
});
