// A platform for unit tests: the browser platform's shape, with file dialogs replaced by fakes.
import { vi } from 'vitest';
import { browserPlatform } from '../../platform/browser-platform';
import type { Platform } from '../../platform/platform';

/** A desktop-like platform whose dialogs are spies; pass overrides for the calls a test needs. */
export function fakePlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    ...browserPlatform(),
    isDesktop: true,
    getAppInfo: async () => ({
      productName: 'Partnership Health',
      version: '0.1.0',
      runtime: 'desktop',
      os: 'linux',
    }),
    saveFile: vi.fn(async () => ({ saved: true, path: '/home/ana/backup.json' })),
    openFile: vi.fn(async () => null),
    ...overrides,
  };
}
