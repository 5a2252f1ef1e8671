import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../core/bridge/desktop-api';
import {
  IPC_PAYLOAD_VALIDATORS,
  MAX_FILE_BYTES,
  isBareFileName,
  validateNoPayload,
  validateOpenFileRequest,
  validateReadAutomaticBackupRequest,
  validateSaveFileRequest,
  validateWriteAutomaticBackupRequest,
} from './ipc-payloads';

const json = [{ name: 'Backup', extensions: ['json'] }];

describe('IPC payload validators', () => {
  it('has a validator for exactly the contract channels', () => {
    expect(Object.keys(IPC_PAYLOAD_VALIDATORS).sort()).toEqual(
      Object.values(INVOKE_CHANNELS).sort(),
    );
  });

  it('app:get-info takes nothing', () => {
    expect(validateNoPayload(undefined).ok).toBe(true);
    expect(validateNoPayload({}).ok).toBe(false);
  });

  it('accepts a save request naming a kind, with text or bytes', () => {
    const text = validateSaveFileRequest({ suggestedName: 'b.json', kind: 'json', content: '{}' });
    expect(text).toEqual({
      ok: true,
      value: { suggestedName: 'b.json', kind: 'json', content: '{}' },
    });
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const binary = validateSaveFileRequest({ suggestedName: 'r.pdf', kind: 'pdf', content: bytes });
    expect(binary.ok && binary.value.content).toBe(bytes);
    expect(validateSaveFileRequest({ suggestedName: 'e.csv', kind: 'csv', content: 'a' }).ok).toBe(
      true,
    );
  });

  it.each([
    ['a path as name', { suggestedName: '../../.bashrc', kind: 'json', content: '' }],
    ['a Windows path', { suggestedName: 'C:\\x.json', kind: 'json', content: '' }],
    ['a NUL in the name', { suggestedName: 'a\0.json', kind: 'json', content: '' }],
    ['an empty name', { suggestedName: '', kind: 'json', content: '' }],
    ['a number as content', { suggestedName: 'a.json', kind: 'json', content: 5 }],
    ['an array as content', { suggestedName: 'a.json', kind: 'json', content: [1, 2] }],
    ['an extra field', { suggestedName: 'a.json', kind: 'json', content: '', path: '/etc' }],
    ['an unknown kind', { suggestedName: 'a.bat', kind: 'bat', content: '' }],
    ['no kind', { suggestedName: 'a.json', content: '' }],
    [
      'its own filters (main decides them)',
      {
        suggestedName: 'a',
        kind: 'pdf',
        filters: [{ name: 'B', extensions: ['bat'] }],
        content: '',
      },
    ],
    ['null', null],
    ['an array', []],
  ])('refuses a save request with %s', (_label, payload) => {
    expect(validateSaveFileRequest(payload).ok).toBe(false);
  });

  it('refuses content over the size limit', () => {
    const big = { byteLength: MAX_FILE_BYTES + 1 };
    Object.setPrototypeOf(big, Uint8Array.prototype);
    const result = validateSaveFileRequest({
      suggestedName: 'a.json',
      kind: 'json',
      content: big,
    });
    expect(result).toEqual({ ok: false, error: 'content is larger than 256 MB' });
  });

  it('accepts open requests for text or binary and refuses others', () => {
    expect(validateOpenFileRequest({ filters: json, as: 'text' })).toEqual({
      ok: true,
      value: { filters: json, as: 'text' },
    });
    expect(validateOpenFileRequest({ filters: [], as: 'binary' }).ok).toBe(true);
    expect(validateOpenFileRequest({ filters: json, as: 'utf16' }).ok).toBe(false);
    expect(validateOpenFileRequest({ filters: json }).ok).toBe(false);
    expect(validateOpenFileRequest({ filters: json, as: 'text', path: '/etc/passwd' }).ok).toBe(
      false,
    );
  });

  it('knows a bare file name', () => {
    expect(isBareFileName('Partnership report 2026-11.pdf')).toBe(true);
    for (const name of ['.', '..', 'a/b', 'a\\b', 'x'.repeat(256)]) {
      expect(isBareFileName(name)).toBe(false);
    }
  });

  it('accepts automatic backup text for a known reason (main parses it on a worker)', () => {
    const content = '{"format":"partnership-health-backup","version":1,"data":{}}';
    expect(validateWriteAutomaticBackupRequest({ content, reason: 'start' })).toEqual({
      ok: true,
      value: { content, reason: 'start' },
    });
  });

  it.each([
    ['an unknown reason', { content: '{}', reason: 'because' }],
    ['no reason', { content: '{}' }],
    ['bytes as content', { content: new Uint8Array([123, 125]), reason: 'start' }],
    ['an extra field', { content: '{}', reason: 'start', name: '../x.json' }],
    ['null', null],
  ])('refuses an automatic backup with %s', (_label, payload) => {
    expect(validateWriteAutomaticBackupRequest(payload).ok).toBe(false);
  });

  it('reads only names of automatic backups', () => {
    const name = 'partnership-health-2026-11-28T10-15-00-000Z-start.json';
    expect(validateReadAutomaticBackupRequest({ name })).toEqual({ ok: true, value: { name } });
    for (const payload of [
      { name: `../${name}` },
      { name: `/tmp/${name}` },
      { name: `${name}.sha256` },
      { name: '../../.ssh/id_rsa' },
      { name: 5 },
      { name, extra: true },
      name,
      undefined,
    ]) {
      expect(validateReadAutomaticBackupRequest(payload).ok).toBe(false);
    }
  });
});
