// The restore flow, from backup text to replaced data: check (in a worker), preview, confirm,
// restore with an undo copy. One module-level state shared by <RestoreDialog /> and every caller
// (Settings → Data, the desktop menu, the desktop's automatic-backup list).
import { useSyncExternalStore } from 'react';
import { errorMessage } from '../../app/error-message';
import type { Platform } from '../../platform/platform';
import { backupBeforeRiskyStep, riskyStepRefusal } from '../auto-backup/automatic-backups';
import type { BackupSummary } from './backup-summary';
import { createRestoreEngine, type RestoreEngine } from './restore-engine';
import type { CheckResult, CheckStage, PartialRestore } from './restore-protocol';
import { savedWhere } from './saved-files';
import { saveRecordsFile } from './unreadable-records';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'checking'; source: string; bytes: number; stage: CheckStage; records?: number }
  | {
      step: 'invalid';
      source: string;
      problems: string[];
      total: number;
      /** Offered when the file's own structure is sound: restore its valid records. */
      partial?: PartialRestore;
      /** Why the last "Restore the valid records" stopped before changing anything. */
      note?: string;
    }
  | { step: 'preview'; source: string; summary: BackupSummary }
  | { step: 'restoring'; source: string; summary: BackupSummary }
  | {
      step: 'restored';
      source: string;
      summary: BackupSummary;
      /** After "Restore the valid records": how many were rejected, and where they were saved. */
      rejected?: { count: number; savedWhere: string };
    }
  | { step: 'undoing'; source: string }
  | { step: 'undone'; source: string }
  | { step: 'failed'; source: string; message: string };

/** Injected pieces, replaced in tests (the engine runs inline there, the clock is fixed). */
export interface RestoreDeps {
  createEngine: () => RestoreEngine;
  now: () => Date;
}

const defaultDeps: RestoreDeps = { createEngine: createRestoreEngine, now: () => new Date() };
let deps = defaultDeps;
let state: RestoreState = { step: 'idle' };
// The engine holding the file being previewed (in its worker), until restored or closed.
let engine: RestoreEngine | null = null;
// Each request gets a number; results of an older request (closed or replaced) are dropped.
let requestNumber = 0;
const listeners = new Set<() => void>();

function setState(next: RestoreState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The current state of the restore flow. */
export function getRestoreState(): RestoreState {
  return state;
}

/** React hook: the restore flow's state, re-rendering on each change. */
export function useRestoreState(): RestoreState {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getRestoreState);
}

/** Replaces the worker and clock (tests); call with no argument to go back to the real ones. */
export function setRestoreDeps(next: Partial<RestoreDeps> = {}): void {
  deps = { ...defaultDeps, ...next };
  closeRestore();
}

function newEngine(): RestoreEngine {
  engine?.dispose();
  engine = deps.createEngine();
  return engine;
}

function endEngine(): void {
  engine?.dispose();
  engine = null;
}

/**
 * Starts the restore preview for backup `text` from `source` (a file name, or a label such as
 * "Automatic backup of 28 Nov 2026, 10:00"): checks all of it off the page's thread, then shows
 * the preview or the problems. Nothing is written until confirmRestore(). Resolves when the
 * check is done.
 */
export function requestRestore(text: string, source: string): Promise<void> {
  return check(text, text.length, source);
}

/**
 * Starts the restore preview from a file's bytes (handed over to the worker, which decodes
 * them): empty, UTF-16 and non-UTF-8 files are refused with their own message.
 */
export function requestRestoreFromBytes(bytes: Uint8Array, source: string): Promise<void> {
  return check(bytes, bytes.length, source);
}

async function check(input: string | Uint8Array, bytes: number, source: string): Promise<void> {
  const request = ++requestNumber;
  const checker = newEngine();
  setState({ step: 'checking', source, bytes, stage: 'parsing' });
  let result: CheckResult;
  try {
    result = await checker.check(input, (stage, records) => {
      if (request === requestNumber) setState({ step: 'checking', source, bytes, stage, records });
    });
  } catch (error) {
    if (request === requestNumber) {
      endEngine();
      setState({ step: 'failed', source, message: errorMessage(error) });
    }
    return;
  }
  if (request !== requestNumber) return;
  if (!result.ok) {
    const { problems, total, partial } = result;
    if (partial === undefined) {
      endEngine();
      setState({ step: 'invalid', source, problems, total });
    } else {
      // The engine keeps the valid part for restoreValidRecords().
      setState({ step: 'invalid', source, problems, total, partial });
    }
    return;
  }
  setState({ step: 'preview', source, summary: result.summary });
}

/** Lets the user choose a backup file, then starts its preview. Cancelling changes nothing. */
export async function chooseBackupToRestore(platform: Platform): Promise<void> {
  try {
    const file = await platform.openFile({
      filters: [{ name: 'Partnership Health backup', extensions: ['json'] }],
      as: 'binary',
    });
    if (file !== null) await requestRestoreFromBytes(file.content, file.name);
  } catch (error) {
    setState({ step: 'failed', source: 'the chosen file', message: errorMessage(error) });
  }
}

/** Replaces the stored data with the previewed backup, keeping a copy for "Undo restore". */
export async function confirmRestore(): Promise<void> {
  const current = state;
  const committer = engine;
  if (current.step !== 'preview' || committer === null) return;
  const { source, summary } = current;
  await replaceAfterBackup({ step: 'restored', source, summary }, () =>
    committer.commit(source, deps.now().toISOString()),
  );
}

/**
 * The replacing step of both restores: files the current data as an automatic backup first (on
 * the desktop; a no-op in the browser) and goes ahead only once it is filed, then replaces the
 * stored data with `replace` and shows `restored`. On any failure the data is unchanged.
 */
async function replaceAfterBackup(
  restored: Extract<RestoreState, { step: 'restored' }>,
  replace: () => Promise<void>,
): Promise<void> {
  const { source, summary } = restored;
  setState({ step: 'restoring', source, summary });
  const refusal = riskyStepRefusal(await backupBeforeRiskyStep('before-restore'), 'restore');
  if (refusal !== null) {
    endEngine();
    setState({ step: 'failed', source, message: refusal });
    return;
  }
  try {
    await replace();
    setState(restored);
  } catch (error) {
    setState({
      step: 'failed',
      source,
      message: `${errorMessage(error)} Your data was not changed.`,
    });
  } finally {
    endEngine();
  }
}

/**
 * "Restore the valid records" of a refused backup: first saves the rejected records to a file the
 * user chooses (a download in the browser); only once it is saved, replaces the stored data with
 * the valid records in one transaction, keeping a copy for "Undo restore" as a full restore does.
 * Cancelling the save changes nothing.
 */
export async function restoreValidRecords(platform: Platform): Promise<void> {
  const current = state;
  const committer = engine;
  if (current.step !== 'invalid' || current.partial === undefined || committer === null) return;
  const { source, partial } = current;
  const now = deps.now();
  let saved: { saved: boolean; path?: string };
  try {
    saved = await saveRecordsFile(platform, 'rejected-records', source, now, (header) =>
      committer.rejectedFile(header),
    );
  } catch (error) {
    setState({
      ...current,
      note: `The rejected records could not be saved (${errorMessage(error)}), so nothing was restored.`,
    });
    return;
  }
  if (state !== current) return;
  if (!saved.saved) {
    setState({
      ...current,
      note: 'The rejected records were not saved, so nothing was restored. Saving them comes first.',
    });
    return;
  }
  await replaceAfterBackup(
    {
      step: 'restored',
      source,
      summary: partial.summary,
      rejected: { count: partial.rejected, savedWhere: savedWhere(saved.path) },
    },
    () => committer.commitValid(source, deps.now().toISOString()),
  );
}

/** Puts back the data from before the latest restore (also after a reload). */
export async function undoLastRestore(): Promise<void> {
  const source = state.step === 'restored' ? state.source : 'the latest restore';
  requestNumber += 1;
  setState({ step: 'undoing', source });
  const undoer = newEngine();
  try {
    await undoer.undo();
    setState({ step: 'undone', source });
  } catch (error) {
    setState({ step: 'failed', source, message: errorMessage(error) });
  } finally {
    endEngine();
  }
}

/** Closes the dialog; a check still running is forgotten (it never writes anything). */
export function closeRestore(): void {
  if (state.step === 'restoring' || state.step === 'undoing') return;
  requestNumber += 1;
  endEngine();
  setState({ step: 'idle' });
}
