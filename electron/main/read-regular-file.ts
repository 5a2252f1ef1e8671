// Reads a file only when it is a regular file within a size cap and, when a root is given, only
// when its real path (symlinks resolved) lies inside that root, so a FIFO, a device such as
// /dev/zero or a directory is refused without ever blocking or reading endlessly. Two readers:
// one for the user's files (checks on the open file) and one for the app's own files (no open,
// see readAppFile). Plain Node, tested with a real FIFO and symlinks.
import { constants } from 'node:fs';
import { open, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type ReadRefusalReason = 'missing' | 'not-a-file' | 'too-large' | 'outside-root';

/** Why a file was not read; `reason` lets the caller word the message for its user. */
export class ReadRefusal extends Error {
  constructor(
    readonly reason: ReadRefusalReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ReadRefusal';
  }
}

// O_NONBLOCK: opening a FIFO must not wait for a writer (Windows has neither flag: 0).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** True when `file` (a resolved path) is `root` itself or inside it. */
function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function tooLarge(name: string, size: number, maxBytes: number): ReadRefusal {
  return new ReadRefusal(
    'too-large',
    `"${name}" is ${Math.ceil(size / 1_048_576)} MB, more than the ${Math.floor(maxBytes / 1_048_576)} MB the app reads.`,
  );
}

/** The real path of `file`, refused when it is not inside `realRoot` (a real path) if given. */
async function realPathWithin(file: string, realRoot: string | undefined): Promise<string> {
  const name = path.basename(file);
  try {
    const real = await realpath(file);
    if (realRoot !== undefined && !isInside(realRoot, real)) {
      throw new ReadRefusal('outside-root', `"${name}" leads outside its folder.`);
    }
    return real;
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    if (isMissing(error)) throw new ReadRefusal('missing', `"${name}" does not exist.`);
    throw error;
  }
}

/**
 * The bytes of one of the app's own files (the built renderer), for app:// requests. Refuses
 * like {@link readRegularFile}, but checks with stat and reads with readFile, never `open`: in a
 * packaged app the files sit in an asar archive, and Electron answers `open` on an archived
 * file by copying it out to a temporary file, while stat and readFile read it in place.
 * `realRoot` must already be a real path (the caller resolves it once). The user's files
 * (dialogs, backups) are never archived, so they keep readRegularFile, whose checks on the open
 * file leave no gap between checking and reading.
 */
export async function readAppFile(
  file: string,
  options: { maxBytes: number; realRoot: string },
): Promise<Buffer> {
  const name = path.basename(file);
  const real = await realPathWithin(file, options.realRoot);
  const stats = await stat(real);
  if (!stats.isFile()) throw new ReadRefusal('not-a-file', `"${name}" is not a regular file.`);
  if (stats.size > options.maxBytes) throw tooLarge(name, stats.size, options.maxBytes);
  const bytes = await readFile(real);
  // The app's files do not change while it runs; one that grew past the cap is still refused.
  if (bytes.byteLength > options.maxBytes) throw tooLarge(name, bytes.byteLength, options.maxBytes);
  return bytes;
}

/**
 * The bytes of `file`. Refuses (with a {@link ReadRefusal}) a missing file, anything but a
 * regular file, a file larger than `maxBytes`, and, with `root`, a file whose real path is
 * not inside the real path of `root`.
 */
export async function readRegularFile(
  file: string,
  options: { maxBytes: number; root?: string },
): Promise<Buffer> {
  const name = path.basename(file);
  const realRoot =
    options.root === undefined
      ? undefined
      : await realpath(options.root).catch((error: unknown) => {
          if (isMissing(error)) throw new ReadRefusal('missing', `"${name}" does not exist.`);
          throw error;
        });
  const real = await realPathWithin(file, realRoot);
  const handle = await open(real, OPEN_FLAGS).catch((error: unknown) => {
    // ELOOP: the last part became a symlink after realpath looked (O_NOFOLLOW).
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new ReadRefusal('outside-root', `"${name}" changed while it was being opened.`);
    }
    if (isMissing(error)) throw new ReadRefusal('missing', `"${name}" does not exist.`);
    throw error;
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ReadRefusal('not-a-file', `"${name}" is not a regular file.`);
    }
    if (stats.size > options.maxBytes) throw tooLarge(name, stats.size, options.maxBytes);
    // One byte more than fstat said, so a file that grows meanwhile is noticed, not cut.
    const buffer = Buffer.alloc(stats.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled !== stats.size) {
      throw new ReadRefusal('not-a-file', `"${name}" changed while it was being read.`);
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
