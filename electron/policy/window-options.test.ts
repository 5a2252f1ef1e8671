import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, secureWindowOptions } from './window-options';

const base = {
  preloadPath: '/app/dist/electron/preload.cjs',
  placement: { width: 1200, height: 800, x: 10, y: 20 },
  title: 'Partnership Health',
  backgroundColor: '#ffffff',
};

describe('secureWindowOptions', () => {
  it('isolates and sandboxes the page with node kept out everywhere', () => {
    const { webPreferences } = secureWindowOptions({ ...base, development: false });
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(webPreferences.enableBlinkFeatures).toBe('');
    expect(webPreferences.disableBlinkFeatures).toBe('Auxclick');
    expect(webPreferences.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('turns spellcheck off, so no dictionary is ever downloaded', () => {
    for (const development of [false, true]) {
      expect(secureWindowOptions({ ...base, development }).webPreferences.spellcheck).toBe(false);
    }
  });

  it('opens devtools only in development', () => {
    expect(secureWindowOptions({ ...base, development: false }).webPreferences.devTools).toBe(
      false,
    );
    expect(secureWindowOptions({ ...base, development: true }).webPreferences.devTools).toBe(true);
  });

  it('keeps the given placement, a sane minimum size, and starts hidden', () => {
    const options = secureWindowOptions({ ...base, development: false });
    expect(options).toMatchObject({ width: 1200, height: 800, x: 10, y: 20, show: false });
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
  });
});
