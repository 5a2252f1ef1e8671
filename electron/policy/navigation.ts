// Which URLs a window may navigate to: only the app itself. Decided on the parsed URL, never by
// string prefix.
import { APP_HOST, APP_SCHEME } from './app-origin';

/** The parsed URL, or null when it does not parse. */
export function parseUrl(url: string): URL | null {
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
  const parsed = parseUrl(url);
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
