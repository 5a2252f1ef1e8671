// The app needs no browser permission (camera, notifications, geolocation, clipboard-read …):
// every request and every check is refused, and the refusal names what was asked.

export interface PermissionDecision {
  granted: false;
  reason: string;
}

/**
 * Decides a permission request or check. Always refuses; the reason is for the log, so a
 * developer who adds a feature needing a permission sees why it fails.
 */
export function decidePermission(permission: string, requestingUrl: string): PermissionDecision {
  return {
    granted: false,
    reason: `Refused permission "${permission}" for ${requestingUrl || 'an unknown page'}: Partnership Health needs no browser permissions.`,
  };
}
