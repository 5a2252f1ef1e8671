// What one batch of the kill test is, shared by the writer page and the test process: how many
// records it puts in each table, the payload each record carries, and the acknowledgement line.

/** Records one batch writes per table (all in one transaction). */
export const BATCH_SHAPE = { organizations: 2, partnerships: 1, pulses: 2 } as const;

export type BatchTable = keyof typeof BATCH_SHAPE;

/** 'none' for the real test; the others are deliberate faults that the test must catch. */
export const WRITER_FAULTS = ['none', 'ack-early', 'split'] as const;

export type WriterFault = (typeof WRITER_FAULTS)[number];

/** The console line the writer prints once a batch's transaction has completed. */
export const ACK_PREFIX = 'kill-test-ack:';

/** The console line the writer prints with the durability its first transaction reports. */
export const DURABILITY_PREFIX = 'kill-test-durability:';

/** What the database holds: per batch id, its records per table; and records with a wrong payload. */
export interface BatchSummary {
  batches: Record<number, Record<BatchTable, number>>;
  badPayloads: number;
}

/**
 * The payload of every record of batch `batch` (about 1 KB, derived from the id so a record
 * torn or mixed up with another batch's shows).
 */
export function payloadFor(batch: number): string {
  return `${batch}:`.padEnd(1024, String.fromCharCode(97 + (batch % 26)));
}
