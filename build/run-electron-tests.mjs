// npm run test:electron: builds the app and runs test/electron with Playwright's _electron on a
// machine that has the Electron binary. Where there is none (it cannot be downloaded, as on the
// build machines), it says so in one line and exits 0: the suite is not part of npm test.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installedElectronPath } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = fileURLToPath(new URL('../node_modules/electron', import.meta.url));

if (installedElectronPath(electronDir) === null) {
  console.log(
    'Electron tests skipped: no Electron binary in node_modules/electron (run them where `npm start` works).',
  );
  process.exit(0);
}

const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

const build = run('npm', ['run', 'build']);
if (build.status !== 0) process.exit(build.status ?? 1);
const tests = run('npx', ['playwright', 'test', '-c', 'test/electron/playwright.config.ts']);
process.exit(tests.status ?? 1);
