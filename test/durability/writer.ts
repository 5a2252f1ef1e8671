/// <reference lib="dom" />
// The kill test's page: through the app's own database module (strict durability), writes a
// stream of batches — each one transaction over three tables — and logs each batch id once its
// transaction has completed; on request, summarises what the database holds per batch.
import { PartnershipHealthDatabase } from '../../renderer/src/db/database';
import {
  ACK_PREFIX,
  BATCH_SHAPE,
  DURABILITY_PREFIX,
  payloadFor,
  type BatchSummary,
  type WriterFault,
} from './batch-shape';

const db = new PartnershipHealthDatabase();

function recordsOf(batch: number): Record<keyof typeof BATCH_SHAPE, object[]> {
  const payload = payloadFor(batch);
  const make = (table: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `b${batch}-${table}-${i}`,
      batch,
      payload,
      partnershipId: `b${batch}`,
      date: '2026-11-28',
    }));
  return {
    organizations: make('organizations', BATCH_SHAPE.organizations),
    partnerships: make('partnerships', BATCH_SHAPE.partnerships),
    pulses: make('pulses', BATCH_SHAPE.pulses),
  };
}

/**
 * Writes batches first, first + 1, … one transaction each, until the process dies. The faults
 * exist only to show that the test catches them: 'ack-early' acknowledges a batch before its
 * transaction commits, 'split' writes each table in its own transaction.
 */
async function writeFrom(first: number, fault: WriterFault): Promise<void> {
  const tables = Object.keys(BATCH_SHAPE) as (keyof typeof BATCH_SHAPE)[];
  for (let batch = first; ; batch += 1) {
    const records = recordsOf(batch);
    if (fault === 'split') {
      for (const table of tables) await db.table(table).bulkAdd(records[table]);
    } else {
      await db.transaction('rw', tables, async (transaction) => {
        if (batch === first) console.log(`${DURABILITY_PREFIX}${transaction.idbtrans.durability}`);
        if (fault === 'ack-early') console.log(`${ACK_PREFIX}${batch}`);
        for (const table of tables) await db.table(table).bulkAdd(records[table]);
      });
    }
    if (fault !== 'ack-early') console.log(`${ACK_PREFIX}${batch}`);
  }
}

/** Per batch id, how many records of each table are stored and how many carry a bad payload. */
async function summarise(): Promise<BatchSummary> {
  const summary: BatchSummary = { batches: {}, badPayloads: 0 };
  for (const table of Object.keys(BATCH_SHAPE) as (keyof typeof BATCH_SHAPE)[]) {
    await db.table(table).each((record: { batch: number; payload: string }) => {
      const counts = (summary.batches[record.batch] ??= {
        organizations: 0,
        partnerships: 0,
        pulses: 0,
      });
      counts[table] += 1;
      if (record.payload !== payloadFor(record.batch)) summary.badPayloads += 1;
    });
  }
  return summary;
}

declare global {
  interface Window {
    killTest: {
      summarise: () => Promise<BatchSummary>;
      start: (first: number, fault: WriterFault) => void;
    };
  }
}

window.killTest = {
  summarise,
  start: (first, fault) => {
    writeFrom(first, fault).catch((error: unknown) =>
      console.error(`writer stopped: ${String(error)}`),
    );
  },
};
