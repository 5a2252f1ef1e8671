// Which URLs a window may navigate to (only the app itself) and which may open in the system
// browser (only https). Decided on the parsed URL, never by string prefix.
import { APP_HOST, APP_SCHEME } from './app-origin';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is a page of the app itself: scheme app:, host exactly ours, no credentials,
 * no port. Case-sensitive on purpose: Chromium hands us canonical (lower-case) URLs, and
 * refusing an odd spelling is the safe direction.
 * @example isInternalUrl('app://partnership-health/index.html') === true
 * @example isInternalUrl('app://partnership-health.evil/') === false
 */
export function isInternalUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.hostname === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * The URL to hand to the system browser, or null when the link must not leave the app:
 * only https: with a host and no credentials. Returns the parser's normalised form.
 * @example externalLinkTarget('https://example.org/a b') === 'https://example.org/a%20b'
 */
export function externalLinkTarget(url: string): string | null {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/**
 * Whether a network request from the app's session may proceed. The app is offline-first and
 * loads nothing from outside: only its own origin, inline data/blob URLs and (in development)
 * devtools are allowed.
 */
export function isAllowedRequest(url: string, development: boolean): boolean {
  if (isInternalUrl(url)) return true;
  const parsed = parse(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return development && parsed.protocol === 'devtools:';
}
