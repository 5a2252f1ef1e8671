// Checks the packaging configuration as electron-builder itself reads and validates it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, PRODUCT_NAME } from '../electron/policy/app-identity';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectDir, 'build/electron-builder.yml', null);
});

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('keeps the frozen identity', () => {
    expect(config.appId).toBe('org.partnershiphealth.desktop');
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
  });

  it('flips every release fuse the safety rules ask for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('packages only the built app (not the bench manifest), in an asar', () => {
    // electron-builder's loader normalises the list into one file set.
    expect(config.files).toEqual([
      {
        filter: ['dist/electron/**', 'dist/renderer/**', '!dist/renderer/.vite/**', 'package.json'],
      },
    ]);
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, nsis, and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('points at icons that exist and are PNG', () => {
    const png = [0x89, 0x50, 0x4e, 0x47];
    for (const file of ['build/icons/1024x1024.png', 'build/icons/512x512.png']) {
      const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
      expect([...bytes.subarray(0, 4)]).toEqual(png);
    }
    expect(config.icon).toBe('build/icons/1024x1024.png');
  });
});
