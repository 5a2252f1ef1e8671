// Headers on every response the app receives: the CSP always, plus no MIME sniffing and no
// referrer. Used by the app:// protocol handler and, as a second line, by session.webRequest.
import { contentSecurityPolicy } from './content-security-policy';

/** Headers for an app:// response of the given content type (errors included). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Response headers as received (webRequest's shape), with the app's CSP replacing whatever
 * policy the response carried, whatever its spelling.
 */
export function withAppContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy()];
  return result;
}
