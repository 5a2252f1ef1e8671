// Writes a file so that a crash or power cut leaves either the old file or the new one, never a
// half-written mix: write a temporary file beside it, flush it to disk, then rename over it.
// Plain Node (no electron), so it is unit-tested; automatic backups will use it too.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

function temporaryPathFor(target: string): string {
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}`);
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** Flushes a folder's entry list so the rename itself survives a crash (not possible on Windows). */
function syncFolderSync(folder: string): void {
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** Replaces `target` with `content` atomically (temp file, fsync, rename). */
export async function writeFileAtomically(
  target: string,
  content: string | Uint8Array,
): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytesOf(content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  syncFolderSync(path.dirname(target));
}

/** The same, synchronously: for the window-state file written while the app is quitting. */
export function writeFileAtomicallySync(target: string, content: string | Uint8Array): void {
  const temporary = temporaryPathFor(target);
  try {
    const handle = openSync(temporary, 'wx');
    try {
      const bytes = bytesOf(content);
      let written = 0;
      while (written < bytes.byteLength) {
        written += writeSync(handle, bytes, written);
      }
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolderSync(path.dirname(target));
}
