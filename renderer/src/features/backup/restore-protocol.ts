// Messages between the restore flow and its worker, and the checking step both sides share,
// so the same code runs in the worker and (where no Worker exists, as in unit tests) inline.
import { parseBackup } from '../../../../core/data/backup-file';
import type { QuarantinedRecord } from '../../../../core/data/quarantine';
import type { QuarantineFileHeader } from '../../../../core/data/quarantine-file';
import { formatIssue, type ValidationIssue } from '../../../../core/data/validation-issue';
import type { BackupFile } from '../../../../core/domain/types';
import { summariseBackup, type BackupSummary } from './backup-summary';

export type CheckStage = 'parsing' | 'checking';

/** A checked backup, or its issues (and the parsed file, when it was JSON, for a partial restore). */
export type ParseResult =
  { ok: true; backup: BackupFile } | { ok: false; issues: ValidationIssue[]; parsed?: unknown };

/** What a refused file still offers: restoring its valid records, the others saved to a file. */
export interface PartialRestore {
  /** The valid records, as the preview shows them. */
  summary: BackupSummary;
  /** Records rejected: those breaking a rule and those that depend on one. */
  rejected: number;
  /**
   * The first SHOWN_PROBLEMS valid records rejected because they reference a rejected one, each
   * worded with the reference (the problems list names only the records that break a rule).
   */
  heldBack: string[];
  /** How many are rejected that way in all. */
  heldBackTotal: number;
}

/** The offer of a partial restore from the partition of a refused backup. */
export function partialRestore(
  backup: BackupFile,
  rejected: readonly QuarantinedRecord[],
): PartialRestore {
  const heldBack = rejected.filter((entry) => entry.heldBackWith !== undefined);
  return {
    summary: summariseBackup(backup),
    rejected: rejected.length,
    heldBack: heldBack
      .slice(0, SHOWN_PROBLEMS)
      .map((entry) => `${entry.collection} (id ${JSON.stringify(entry.id)}): ${entry.rule}`),
    heldBackTotal: heldBack.length,
  };
}

/**
 * What the page learns from a check: the preview, or the first SHOWN_PROBLEMS problems worded for
 * people and how many there are in all. Never the records (they stay in the worker).
 */
export type CheckResult =
  | { ok: true; summary: BackupSummary }
  | { ok: false; problems: string[]; total: number; partial?: PartialRestore };

/** Problems listed in the dialog; the rest are counted. */
export const SHOWN_PROBLEMS = 20;

/** A refused check: the first SHOWN_PROBLEMS issues worded, and the total. */
export function refusal(issues: readonly ValidationIssue[]): Extract<CheckResult, { ok: false }> {
  return {
    ok: false,
    problems: issues.slice(0, SHOWN_PROBLEMS).map(formatIssue),
    total: issues.length,
  };
}

/**
 * Page → worker requests. `commit` restores the backup the worker checked last; after a refused
 * check with a partial restore, `rejected-file` gives the text of the file of rejected records
 * and `commit-valid` restores the valid records.
 */
export type WorkerRequest =
  | { type: 'check'; input: string | Uint8Array }
  | { type: 'commit'; source: string; restoredAt: string }
  | { type: 'rejected-file'; header: QuarantineFileHeader }
  | { type: 'commit-valid'; source: string; restoredAt: string }
  | { type: 'undo' };

/** Worker → page messages: progress of a check, then one answer per request. */
export type WorkerMessage =
  | { type: 'progress'; stage: CheckStage; records?: number }
  | { type: 'checked'; result: CheckResult }
  | { type: 'file'; text: string }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/** Number of records in a parsed (not yet checked) file, for the progress line. */
function countRawRecords(value: unknown): number | undefined {
  const data = (value as { data?: unknown } | null)?.data;
  if (typeof data !== 'object' || data === null) return undefined;
  let total = 0;
  for (const list of Object.values(data)) if (Array.isArray(list)) total += list.length;
  return total;
}

/**
 * Parses and checks backup text with parseBackup, reporting each stage: JSON first, then the
 * records. A file that is not JSON goes to parseBackup as text so its message is the usual one.
 */
export function checkBackupText(
  text: string,
  progress: (stage: CheckStage, records?: number) => void,
): ParseResult {
  progress('parsing');
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return parseBackup(text);
  }
  progress('checking', countRawRecords(value));
  const result = parseBackup(value);
  return result.ok ? result : { ...result, parsed: value };
}
