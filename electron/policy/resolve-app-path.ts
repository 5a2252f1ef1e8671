// Maps an app:// request URL to a file inside the renderer's build folder, or refuses it.
// Anything that could step outside the folder (dot segments, encoded separators, NUL,
// absolute or drive paths, another host, credentials, a port) is refused outright.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Escapes that have no business in our own asset URLs and are the usual traversal tricks. */
const FORBIDDEN_ESCAPES = /%(2e|2f|5c|00)/i;
const DOT_SEGMENT = /(^|[/\\])\.{1,2}([/\\?#]|$)/;

/**
 * Resolves `url` (an app:// request) to an absolute file path inside `root`, or returns null
 * when the URL is not ours or tries to leave `root`. `/` maps to `index.html`.
 * @example resolveAppPath('app://partnership-health/assets/a.js', '/r') === '/r/assets/a.js'
 */
export function resolveAppPath(url: string, root: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}/`;
  if (!url.startsWith(prefix)) return null;
  const rawPath = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (FORBIDDEN_ESCAPES.test(rawPath) || DOT_SEGMENT.test(rawPath) || rawPath.includes('\\')) {
    return null;
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username || parsed.password || parsed.port) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded === '') decoded = 'index.html';
  const segments = decoded.split('/');
  const unsafeSegment = segments.some(
    (segment) =>
      segment === '' ||
      segment === '.' ||
      segment === '..' ||
      segment.includes('\0') ||
      segment.includes(':') ||
      segment.includes('\\'),
  );
  if (unsafeSegment) return null;

  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, ...segments);
  const relative = path.relative(resolvedRoot, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}
