// First step of `npm start`: makes sure the Electron binary is there, downloading it with
// electron's own installer when it is missing (one line before, nothing more on success: `npm
// start` goes on). When that fails (no network, a proxy), it prints one paragraph saying what
// failed and what to do, and exits 1 without a stack trace.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  downloadFailureCause,
  downloadingMessage,
  electronMissingMessage,
  installedElectronPath,
} from './electron-binary.mjs';

const electronDir = fileURLToPath(new URL('../node_modules/electron', import.meta.url));
const { version } = JSON.parse(readFileSync(`${electronDir}/package.json`, 'utf8'));

if (installedElectronPath(electronDir) === null) {
  console.log(downloadingMessage(version));
  const install = spawnSync(process.execPath, [`${electronDir}/install.js`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (install.status !== 0 || installedElectronPath(electronDir) === null) {
    const output = `${install.stderr ?? ''}\n${install.stdout ?? ''}`;
    const cause = install.error ? install.error.message : downloadFailureCause(output);
    console.error(electronMissingMessage({ version, cause }));
    process.exit(1);
  }
}
