// The Electron suite (npm run test:electron): the built app started with Playwright's
// _electron.launch on a machine that has the Electron binary. Not part of npm test: the build
// machines cannot download Electron, and build/run-electron-tests.mjs says so and skips.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One Electron app at a time: each test starts its own, with its own userData folder.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
});
