// The renderer side of automatic backups (desktop only). The renderer owns the data, so it makes
// the backup text and asks the shell to file it: before a schema upgrade, when the database
// opens (before anything else may touch it), every 15 minutes while the data changes, and
// before every restore or import. A failed backup is reported; it never stops the app.
import { useSyncExternalStore } from 'react';
import { notifications } from '@mantine/notifications';
import { createBackup, serializeBackup } from '../../../../core/data/backup-file';
import type {
  AutomaticBackupReason,
  WrittenAutomaticBackup,
} from '../../../../core/bridge/desktop-api';
import type { Dataset } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import {
  countDataChanges,
  DEXIE_VERSION_FACTOR,
  installedDatabaseVersion,
  runWhenOpenedBeforeUse,
} from '../../db/change-tracker';
import { appDatabase, type PartnershipHealthDatabase } from '../../db/database';
import { readBackupData } from '../../db/dataset-repository';
import { readWhatCanBeRead } from '../../db/salvage-read';
import { LATEST_SCHEMA_VERSION } from '../../db/schema-versions';
import { platform as appPlatform, type Platform } from '../../platform/platform';
import { salvagedDataset } from '../recovery/salvage-backup';
import { isScheduledBackupDue, SCHEDULE_CHECK_MS } from './backup-schedule';

/** The steps that replace or rewrite data and so get a backup first. */
export type RiskyStep = Extract<
  AutomaticBackupReason,
  'before-restore' | 'before-import' | 'before-upgrade'
>;

export type AutomaticBackupOutcome =
  | { status: 'written'; backup: WrittenAutomaticBackup }
  /** The newest backup (`backup`) already holds this data: nothing new was written. */
  | { status: 'unchanged'; backup: WrittenAutomaticBackup }
  /** The shell files at most one backup a minute; this one was not written. */
  | { status: 'too-soon'; message: string }
  | { status: 'not-available' }
  | { status: 'failed'; message: string };

export interface AutomaticBackupStatus {
  /** True once automatic backups run (desktop app only). */
  running: boolean;
  /** The last backup written this session, with its reason. */
  last: (WrittenAutomaticBackup & { reason: AutomaticBackupReason }) | null;
  /** Why the latest attempt failed, or null when it succeeded. */
  lastError: string | null;
  /** Why the latest attempt wrote nothing although nothing failed (too soon), or null. */
  lastNotice: string | null;
}

type BackupPlatform = Pick<Platform, 'isDesktop' | 'getAppInfo' | 'writeAutomaticBackup'>;

export interface AutomaticBackupOptions {
  db?: PartnershipHealthDatabase;
  platform?: BackupPlatform;
  now?: () => Date;
  /** How long opening the app waits for the start-up backup before going on without it. */
  startTimeoutMs?: number;
}

/** Opening the app waits at most this long for the start-up backup. */
export const START_BACKUP_TIMEOUT_MS = 60_000;

interface Session {
  platform: BackupPlatform;
  now: () => Date;
  changes: () => number;
  changesAtLastBackup: number;
  /** When the last backup was attempted (ms): a failure also waits for the next interval. */
  lastAttemptAt: number | null;
  busy: boolean;
  timer: ReturnType<typeof setInterval>;
}

let session: Session | null = null;
const IDLE: AutomaticBackupStatus = {
  running: false,
  last: null,
  lastError: null,
  lastNotice: null,
};
let status: AutomaticBackupStatus = IDLE;
const listeners = new Set<() => void>();

function setStatus(next: AutomaticBackupStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

/** The automatic backups' status now. */
export function getAutomaticBackupStatus(): AutomaticBackupStatus {
  return status;
}

/** React hook: the automatic backups' status, re-rendering on each change. */
export function useAutomaticBackupStatus(): AutomaticBackupStatus {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getAutomaticBackupStatus);
}

/**
 * Makes one backup of `data` (a read the caller has already started, so a read at open time
 * runs before Dexie lets anything else in) and has the shell write it. Never rejects.
 */
async function backUp(
  current: Session,
  reason: AutomaticBackupReason,
  data: Promise<Dataset>,
): Promise<AutomaticBackupOutcome> {
  const changesAtRead = current.changes();
  const startedAt = current.now();
  current.lastAttemptAt = startedAt.getTime();
  try {
    const dataset = await data;
    const app = await current.platform.getAppInfo();
    const backup = createBackup(
      dataset,
      { name: app.productName, version: app.version },
      startedAt.toISOString(),
    );
    const result = await current.platform.writeAutomaticBackup({
      content: serializeBackup(backup),
      reason,
    });
    if (result.status === 'too-soon') {
      // Not a failure: the shell files at most one backup a minute; the schedule tries again.
      const message = `No automatic backup was made at ${startedAt.toLocaleTimeString()}: the last one is less than a minute old. The next one is made within 15 minutes while you work.`;
      setStatus({ ...status, lastError: null, lastNotice: message });
      return { status: 'too-soon', message };
    }
    current.changesAtLastBackup = changesAtRead;
    if (result.status === 'unchanged') {
      setStatus({ ...status, running: true, lastError: null, lastNotice: null });
      return { status: 'unchanged', backup: result.backup };
    }
    setStatus({
      running: true,
      last: { ...result.backup, reason },
      lastError: null,
      lastNotice: null,
    });
    return { status: 'written', backup: result.backup };
  } catch (error) {
    const message = errorMessage(error);
    setStatus({ ...status, lastError: message });
    notifications.show({
      color: 'red',
      title: 'Automatic backup not made',
      message: `${message} Your data is unchanged; use "Back up data" in Settings to save a copy.`,
    });
    return { status: 'failed', message };
  }
}

function withTimeout(
  outcome: Promise<AutomaticBackupOutcome>,
  timeoutMs: number,
): Promise<AutomaticBackupOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      const message = `The start-up backup took longer than ${Math.round(timeoutMs / 1000)} seconds; the app opened without waiting for it.`;
      setStatus({ ...status, lastError: message });
      resolve({ status: 'failed', message });
    }, timeoutMs);
    void outcome.then((result) => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

/** Backs up the data as the older schema holds it, when the database is about to be upgraded. */
async function backUpBeforeUpgrade(current: Session, name: string): Promise<void> {
  const version = await installedDatabaseVersion(name);
  if (version === null || version >= LATEST_SCHEMA_VERSION * DEXIE_VERSION_FACTOR) return;
  const data = readWhatCanBeRead(name).then((result) => {
    if (result.openError !== null) {
      throw new Error(`The database could not be read before its upgrade (${result.openError}).`);
    }
    return salvagedDataset(result);
  });
  await backUp(current, 'before-upgrade', data);
}

/**
 * Starts automatic backups in the desktop app (does nothing in the browser). Await it BEFORE
 * the database is first opened: it backs up before a schema upgrade, and arranges that when the
 * database opens a backup is written before any other read or write reaches it. Never rejects.
 */
export async function startAutomaticBackups(options: AutomaticBackupOptions = {}): Promise<void> {
  const platform = options.platform ?? appPlatform;
  if (!platform.isDesktop || session !== null) return;
  const db = options.db ?? appDatabase();
  const current: Session = {
    platform,
    now: options.now ?? (() => new Date()),
    changes: countDataChanges(db),
    changesAtLastBackup: 0,
    lastAttemptAt: null,
    busy: false,
    timer: setInterval(() => void checkSchedule(), SCHEDULE_CHECK_MS),
  };
  session = current;
  setStatus({ running: true, last: null, lastError: null, lastNotice: null });
  const startTimeoutMs = options.startTimeoutMs ?? START_BACKUP_TIMEOUT_MS;
  runWhenOpenedBeforeUse(db, async () => {
    await withTimeout(backUp(current, 'start', readBackupData()), startTimeoutMs);
  });
  try {
    await backUpBeforeUpgrade(current, db.name);
  } catch (error) {
    // The app must open whatever happens here; the panel shows what went wrong.
    setStatus({ ...status, lastError: errorMessage(error) });
  }
}

/** Stops the schedule and forgets the session (tests; a page that is going away). */
export function stopAutomaticBackups(): void {
  if (session !== null) clearInterval(session.timer);
  session = null;
  setStatus(IDLE);
}

/**
 * Makes a scheduled backup when one is due (the data changed and 15 minutes have passed).
 * Runs every minute on its own; exported so the rule's wiring can be tested without timers.
 */
export async function checkSchedule(): Promise<AutomaticBackupOutcome | null> {
  const current = session;
  if (current === null || current.busy) return null;
  const due = isScheduledBackupDue({
    now: current.now().getTime(),
    lastBackupAt: current.lastAttemptAt,
    changes: current.changes(),
    changesAtLastBackup: current.changesAtLastBackup,
  });
  if (!due) return null;
  current.busy = true;
  try {
    return await backUp(current, 'scheduled', readBackupData());
  } finally {
    current.busy = false;
  }
}

/**
 * Why a restore or import must not go ahead after its backup attempt, or null when it may:
 * the current data is filed (written, or already in the newest backup) or there are no automatic
 * backups here (the browser). A backup that failed or was not filed stops the step, so the data
 * is never replaced without the copy the user relies on.
 * @example riskyStepRefusal({ status: 'written', backup }, 'restore') === null
 */
export function riskyStepRefusal(
  outcome: AutomaticBackupOutcome,
  step: 'restore' | 'import',
): string | null {
  if (outcome.status === 'written' || outcome.status === 'unchanged') return null;
  if (outcome.status === 'not-available') return null;
  const why =
    outcome.status === 'failed'
      ? outcome.message
      : 'The app did not file the automatic backup it makes first.';
  return `The ${step} was not started, because the automatic backup of your current data was not made. ${why} Your data was not changed: try again in a minute, or save a copy with "Back up data" in Settings first.`;
}

/**
 * Writes an automatic backup of the current data before a step that replaces or rewrites it.
 * Call it (and await it) before a restore ('before-restore') or an import ('before-import'),
 * and stop when {@link riskyStepRefusal} says so.
 * Resolves `not-available` in the browser; never rejects (a failure is shown to the user).
 */
export function backupBeforeRiskyStep(reason: RiskyStep): Promise<AutomaticBackupOutcome> {
  if (session === null) return Promise.resolve({ status: 'not-available' });
  return backUp(session, reason, readBackupData());
}
