// Which network requests the app's session lets through: only the app's own origin (its pages,
// assets, blob: URLs it made and inline data: URLs) and devtools in development. Everything else
// is refused, so nothing the page does (a spellcheck dictionary, an image URL in a record)
// reaches the network.
import { isInternalUrl, parseUrl } from './navigation';

export interface RequestFilterOptions {
  /** Devtools pages may load in development only. */
  development: boolean;
}

/**
 * True when a request from the app's session may proceed.
 * @example isAllowedRequest('app://partnership-health/assets/a.js', { development: false }) === true
 * @example isAllowedRequest('https://evil.example/', { development: false }) === false
 */
export function isAllowedRequest(url: string, options: RequestFilterOptions): boolean {
  if (isInternalUrl(url)) return true;
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  switch (parsed.protocol) {
    case 'data:':
      // Inline content in the page itself (fonts, images): nothing is fetched.
      return true;
    case 'blob:':
      // A blob: URL names the origin that made it: only the app's own blobs.
      return isInternalUrl(parsed.pathname);
    case 'devtools:':
      return options.development;
    default:
      return false;
  }
}
