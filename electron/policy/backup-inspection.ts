// What main learns from a backup's bytes before filing or rotating it: its SHA-256, whether it
// is a Partnership Health backup at all, how many records it holds and a digest of its data
// (so a backup of unchanged data is recognised although its export time differs).
// `inspectBackupBytes` runs inside a worker thread (main/backup-inspector.ts sends it there as
// source text), so it must stay self-contained: it uses only its arguments and JS built-ins.

export type BackupInspection =
  | {
      ok: true;
      /** SHA-256 of the bytes, lowercase hex (what the checksum file records). */
      sha256: string;
      /** SHA-256 of the format version and the data, without the export time and app. */
      contentDigest: string;
      /** Records in all collections of `data`. */
      records: number;
    }
  | { ok: false; sha256: string; problem: string };

export interface InspectionTools {
  /** The backup format's name (BACKUP_FORMAT): passed in, since the function stands alone. */
  format: string;
  /** SHA-256 of text (as UTF-8) or bytes, lowercase hex. */
  sha256: (data: string | Uint8Array) => string;
}

/**
 * Inspects one backup file's bytes. Not a backup (not UTF-8, not JSON, another format, no
 * integer version, no data object) → `ok: false` with the problem in words.
 * @example inspectBackupBytes(utf8('{"format":"partnership-health-backup","version":1,"data":{"parties":[{}]}}'), tools).records === 1
 */
export function inspectBackupBytes(bytes: Uint8Array, tools: InspectionTools): BackupInspection {
  const sha256 = tools.sha256(bytes);
  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, sha256, problem: 'it is not JSON text' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, sha256, problem: 'it is not a JSON object' };
  }
  const { format, version, data } = parsed as Record<string, unknown>;
  if (format !== tools.format || !Number.isInteger(version)) {
    return { ok: false, sha256, problem: 'it is not a Partnership Health backup' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, sha256, problem: 'its "data" is not an object' };
  }
  let records = 0;
  for (const value of Object.values(data)) if (Array.isArray(value)) records += value.length;
  const contentDigest = tools.sha256(JSON.stringify([version, data]));
  return { ok: true, sha256, contentDigest, records };
}
