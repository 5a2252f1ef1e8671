// Reads a file only when it is a regular file within a size cap and, when a root is given, only
// when its real path (symlinks resolved) lies inside that root. The checks are made on the open
// file (fstat), so a FIFO, a device such as /dev/zero or a directory is refused without ever
// blocking or reading endlessly. Plain Node, tested with a real FIFO and symlinks.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
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
  let real: string;
  try {
    real = await realpath(file);
    if (options.root !== undefined && !isInside(await realpath(options.root), real)) {
      throw new ReadRefusal('outside-root', `"${name}" leads outside its folder.`);
    }
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    if (isMissing(error)) throw new ReadRefusal('missing', `"${name}" does not exist.`);
    throw error;
  }
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
    if (stats.size > options.maxBytes) {
      throw new ReadRefusal(
        'too-large',
        `"${name}" is ${Math.ceil(stats.size / 1_048_576)} MB, more than the ${Math.floor(options.maxBytes / 1_048_576)} MB the app reads.`,
      );
    }
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
