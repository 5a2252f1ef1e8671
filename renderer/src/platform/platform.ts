// The platform the app uses: the desktop bridge when the preload exposed it, else the browser
// fallback. Screens import `platform` from here and never look at window themselves.
import { browserPlatform } from './browser-platform';
import { desktopPlatform, readDesktopBridge } from './desktop-bridge';
import type { Platform } from './platform-types';

export type { Platform } from './platform-types';

/** Picks the platform for a host object (normally `globalThis`). */
export function choosePlatform(host: object): Platform {
  const bridge = readDesktopBridge(host);
  return bridge === null ? browserPlatform() : desktopPlatform(bridge);
}

export const platform: Platform = choosePlatform(globalThis);
