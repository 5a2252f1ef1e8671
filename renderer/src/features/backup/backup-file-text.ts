// Turns the bytes of a chosen backup file into text for parseBackup, refusing files that cannot
// be a backup before any parsing: empty ones, and UTF-16 text (backups are written as UTF-8).

export type DecodedBackup = { ok: true; text: string } | { ok: false; message: string };

/** True when the bytes look like UTF-16 without a byte-order mark (NUL in every other byte). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64);
  if (sample.length < 4) return false;
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return zeros >= sample.length / 4;
}

/**
 * The UTF-8 text of a backup file (without a UTF-8 byte-order mark), or a message saying why
 * the file is refused and what to do. Bytes that are not UTF-8 are refused rather than replaced,
 * so no text is silently changed.
 */
export function decodeBackupBytes(bytes: Uint8Array): DecodedBackup {
  const utf16Bom =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom || looksLikeUtf16(bytes)) {
    return {
      ok: false,
      message:
        'This file is saved as UTF-16 text, but a backup is UTF-8 JSON: it was probably re-saved by another program. Choose the file Partnership Health wrote, or save this one again as UTF-8.',
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message:
        'This file is not UTF-8 text, so it is not a backup Partnership Health wrote (it may have been re-saved in another encoding). Choose the original backup file.',
    };
  }
  if (text.trim() === '') {
    return {
      ok: false,
      message:
        'This file is empty: it holds no backup. Choose the backup file Partnership Health saved (a .json file).',
    };
  }
  return { ok: true, text };
}
