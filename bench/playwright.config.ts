// Browser benchmarks (`npm run bench`): the same Chromium set-up as the end-to-end tests, run one
// at a time so the figures are not disturbed by a parallel worker.
import { defineConfig } from '@playwright/test';
import e2e from '../playwright.config';

export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  use: { ...e2e.use, baseURL: 'http://localhost:4176' },
  webServer: {
    command: 'npx vite preview --config renderer/vite.config.ts --port 4176 --strictPort',
    cwd: '..',
    url: 'http://localhost:4176',
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
