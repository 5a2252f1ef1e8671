// Validators for every request the renderer can send. The renderer is treated as untrusted:
// unknown keys, wrong types, paths in file names and oversized content are all refused.
import {
  SAVE_FILE_KINDS,
  type FileFilter,
  type InvokeChannel,
  type InvokeContract,
  type OpenFileRequest,
  type SaveFileKind,
  type SaveFileRequest,
  type WriteAutomaticBackupRequest,
} from '../../core/bridge/desktop-api';
import { isAutomaticBackupReason, parseBackupFileName } from './backup-names';
import type { PayloadValidator, Validation } from './ipc-guard';

/** Largest file the app writes or reads through a dialog (backups and reports are far smaller). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_FILTERS = 10;
const EXTENSION = /^([A-Za-z0-9]{1,16}|\*)$/;

type Fields = Record<string, unknown>;

function fail<T>(error: string): Validation<T> {
  return { ok: false, error };
}

function plainObject(value: unknown, keys: readonly string[], label: string): Fields | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `${label} must be an object`;
  }
  const extra = Object.keys(value).filter((key) => !keys.includes(key));
  return extra.length > 0
    ? `${label} has unexpected field(s) ${extra.join(', ')}`
    : (value as Fields);
}

function validateFilters(value: unknown): Validation<FileFilter[]> {
  if (!Array.isArray(value) || value.length > MAX_FILTERS) {
    return fail(`filters must be an array of at most ${MAX_FILTERS} entries`);
  }
  const filters: FileFilter[] = [];
  for (const [index, entry] of value.entries()) {
    const fields = plainObject(entry, ['name', 'extensions'], `filters[${index}]`);
    if (typeof fields === 'string') return fail(fields);
    const { name, extensions } = fields;
    if (typeof name !== 'string' || name.length === 0 || name.length > 100) {
      return fail(`filters[${index}].name must be a text of 1 to 100 characters`);
    }
    if (
      !Array.isArray(extensions) ||
      extensions.length === 0 ||
      extensions.length > 20 ||
      !extensions.every((ext) => typeof ext === 'string' && EXTENSION.test(ext))
    ) {
      return fail(`filters[${index}].extensions must list 1 to 20 extensions like "json", no dot`);
    }
    filters.push({ name, extensions: [...(extensions as string[])] });
  }
  return { ok: true, value: filters };
}

/**
 * True when `name` is a bare file name: no folder part, no NUL, not "." or "..", 1–255 chars.
 */
export function isBareFileName(name: string): boolean {
  return (
    name.length > 0 && name.length <= 255 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name)
  );
}

/** app:get-info takes no payload. */
export const validateNoPayload: PayloadValidator<void> = (payload) =>
  payload === undefined ? { ok: true, value: undefined } : fail('this call takes no arguments');

function isSaveFileKind(value: unknown): value is SaveFileKind {
  return typeof value === 'string' && (SAVE_FILE_KINDS as readonly string[]).includes(value);
}

/**
 * file:save: a bare suggested name, the kind of file (main picks its filter and extension), and
 * text or bytes within the size limit.
 */
export const validateSaveFileRequest: PayloadValidator<SaveFileRequest> = (payload) => {
  const fields = plainObject(payload, ['suggestedName', 'kind', 'content'], 'the request');
  if (typeof fields === 'string') return fail(fields);
  const { suggestedName, kind, content } = fields;
  if (typeof suggestedName !== 'string' || !isBareFileName(suggestedName)) {
    return fail('suggestedName must be a file name without folders (1 to 255 characters)');
  }
  if (!isSaveFileKind(kind)) return fail(`kind must be one of ${SAVE_FILE_KINDS.join(', ')}`);
  if (typeof content === 'string') {
    if (Buffer.byteLength(content) > MAX_FILE_BYTES) return fail('content is larger than 256 MB');
  } else if (content instanceof Uint8Array) {
    if (content.byteLength > MAX_FILE_BYTES) return fail('content is larger than 256 MB');
  } else {
    return fail('content must be text or bytes (Uint8Array)');
  }
  return { ok: true, value: { suggestedName, kind, content } };
};

/** file:open: filters and whether to read the file as text or bytes. */
export const validateOpenFileRequest: PayloadValidator<OpenFileRequest> = (payload) => {
  const fields = plainObject(payload, ['filters', 'as'], 'the request');
  if (typeof fields === 'string') return fail(fields);
  const filters = validateFilters(fields.filters);
  if (!filters.ok) return filters;
  if (fields.as !== 'text' && fields.as !== 'binary') return fail('as must be "text" or "binary"');
  return { ok: true, value: { filters: filters.value, as: fields.as } };
};

/**
 * backup:write-automatic: a known reason and text within the size limit. Whether the text is a
 * backup at all is checked by parsing it on a worker thread (main/backup-inspector.ts), not here:
 * a 256 MB parse must not block the main process.
 */
export const validateWriteAutomaticBackupRequest: PayloadValidator<WriteAutomaticBackupRequest> = (
  payload,
) => {
  const fields = plainObject(payload, ['content', 'reason'], 'the request');
  if (typeof fields === 'string') return fail(fields);
  const { content, reason } = fields;
  if (!isAutomaticBackupReason(reason)) return fail('reason must be one of the backup reasons');
  if (typeof content !== 'string') return fail('content must be text');
  if (Buffer.byteLength(content) > MAX_FILE_BYTES) return fail('content is larger than 256 MB');
  return { ok: true, value: { content, reason } };
};

/** backup:read: the file name of an automatic backup, nothing that could name another file. */
export const validateReadAutomaticBackupRequest: PayloadValidator<{ name: string }> = (payload) => {
  const fields = plainObject(payload, ['name'], 'the request');
  if (typeof fields === 'string') return fail(fields);
  const { name } = fields;
  if (typeof name !== 'string' || parseBackupFileName(name) === null) {
    return fail('name must be the file name of an automatic backup');
  }
  return { ok: true, value: { name } };
};

/** One validator per invoke channel; the type makes a missing channel a compile error. */
export const IPC_PAYLOAD_VALIDATORS: {
  [Channel in InvokeChannel]: PayloadValidator<InvokeContract[Channel]['request']>;
} = {
  'app:get-info': validateNoPayload,
  'file:save': validateSaveFileRequest,
  'file:open': validateOpenFileRequest,
  'backup:write-automatic': validateWriteAutomaticBackupRequest,
  'backup:list': validateNoPayload,
  'backup:read': validateReadAutomaticBackupRequest,
  'backup:reveal-folder': validateNoPayload,
};
