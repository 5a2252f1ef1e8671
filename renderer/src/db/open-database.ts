// Opens the app's database before the app starts and, when that fails, says why in words the
// user can act on. It never deletes or recreates anything: a database that will not open is
// left exactly as it is for the recovery screen (restore a backup, save what can be read).
import type Dexie from 'dexie';
import { appDatabase } from './database';
import { isQuotaError } from './quota-errors';

/** How long another connection may hold up the open before the user is told (ms). */
export const BLOCKED_AFTER_MS = 4000;

export type OpenFailureKind =
  'blocked' | 'version' | 'unavailable' | 'disk-full' | 'unreadable' | 'unknown';

export interface OpenFailure {
  kind: OpenFailureKind;
  /** One line saying what happened. */
  title: string;
  /** What it means for the user's records and what to do. */
  explanation: string;
  /** The browser's own error name and message, for a support request. */
  technical: string;
}

export type OpenOutcome = { ok: true } | { ok: false; failure: OpenFailure };

const KEPT = 'Your records have not been deleted or changed.';

const FAILURES: Record<OpenFailureKind, Omit<OpenFailure, 'kind' | 'technical'>> = {
  blocked: {
    title: 'Another window is holding the database',
    explanation: `Another window or tab of Partnership Health is still open with an older version and is keeping the database from opening. Close every other Partnership Health window or tab, then choose "Try again". ${KEPT}`,
  },
  version: {
    title: 'The records were saved by a newer version',
    explanation: `The database was written by a newer version of Partnership Health than this one, which cannot open it safely. Install the latest version, or save what can be read. ${KEPT}`,
  },
  unavailable: {
    title: 'Storage is not available',
    explanation: `The browser refused access to its storage (this happens in private windows and when site data is blocked). Open Partnership Health in a normal window, or allow site data, then choose "Try again". ${KEPT}`,
  },
  'disk-full': {
    title: 'The disk is full',
    explanation: `The database cannot open because there is no free space. Free some disk space, then choose "Try again". ${KEPT}`,
  },
  unreadable: {
    title: 'The database could not be read',
    explanation: `The browser reported an error reading the database (the disk or its files may be damaged). Choose "Try again" once; if it fails again, save what can be read, then restore your latest backup. ${KEPT}`,
  },
  unknown: {
    title: 'The database did not open',
    explanation: `Partnership Health could not open its database. Choose "Try again"; if it fails again, save what can be read and restore your latest backup. ${KEPT}`,
  },
};

const KIND_BY_NAME: Readonly<Record<string, OpenFailureKind>> = {
  VersionError: 'version',
  MissingAPIError: 'unavailable',
  SecurityError: 'unavailable',
  InvalidAccessError: 'unavailable',
  UnknownError: 'unreadable',
  DataError: 'unreadable',
  NotReadableError: 'unreadable',
  DataCloneError: 'unreadable',
  UpgradeError: 'unreadable',
};

// Dexie wraps the browser's error (OpenFailedError, DatabaseClosedError) and keeps it as `inner`.
function innermost(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 8; depth += 1) {
    const inner = (current as { inner?: unknown } | null)?.inner;
    if (inner === undefined || inner === null) break;
    current = inner;
  }
  return current;
}

function technicalText(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    parts.push(`${String(name ?? 'Error')}: ${String(message ?? current)}`);
    current = (current as { inner?: unknown }).inner;
  }
  return parts.length > 0 ? parts.join(' ← ') : String(error);
}

/**
 * The failure the recovery screen shows for an error thrown while opening the database,
 * classified by the browser's error name (however deeply Dexie wrapped it).
 * @example describeOpenFailure(new DOMException('x', 'VersionError')).kind === 'version'
 */
export function describeOpenFailure(error: unknown): OpenFailure {
  const inner = innermost(error);
  const name = (inner as { name?: unknown } | null)?.name;
  let kind: OpenFailureKind = 'unknown';
  if (isQuotaError(error)) kind = 'disk-full';
  else if (typeof name === 'string' && KIND_BY_NAME[name]) kind = KIND_BY_NAME[name];
  return { kind, ...FAILURES[kind], technical: technicalText(error) };
}

/** The failure shown when another connection keeps the database from opening. */
export function blockedFailure(): OpenFailure {
  return {
    kind: 'blocked',
    ...FAILURES.blocked,
    technical: 'blocked: another connection did not close',
  };
}

/**
 * Opens `db` (the app's database by default). Resolves `{ ok: true }` once it is open, or the
 * failure to show: the open was refused, or another connection has blocked it for
 * `blockedAfterMs`. Never rejects, never deletes: the database is left as it was.
 */
export async function openAppDatabase(
  db: Dexie = appDatabase(),
  blockedAfterMs: number = BLOCKED_AFTER_MS,
): Promise<OpenOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onBlocked: (() => void) | undefined;
  const blocked = new Promise<OpenOutcome>((resolve) => {
    onBlocked = () => {
      timer ??= setTimeout(() => resolve({ ok: false, failure: blockedFailure() }), blockedAfterMs);
    };
    db.on('blocked', onBlocked);
  });
  const opened = db.open().then(
    (): OpenOutcome => ({ ok: true }),
    (error: unknown): OpenOutcome => ({ ok: false, failure: describeOpenFailure(error) }),
  );
  try {
    return await Promise.race([opened, blocked]);
  } finally {
    clearTimeout(timer);
    if (onBlocked) db.on('blocked').unsubscribe(onBlocked);
  }
}
