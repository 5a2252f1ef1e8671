// Where the Electron binary of node_modules/electron lives, whether it is there, and the one
// paragraph a newcomer reads when it is missing and cannot be downloaded (npm start).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable installed in `electronDir` (node_modules/electron), or null when it
 * has not been downloaded yet. Honours ELECTRON_OVERRIDE_DIST_PATH as electron's own index.js does.
 * @param {string} electronDir
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | null}
 */
export function installedElectronPath(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (relative === '') return null;
  const executable = path.join(electronDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/**
 * The first line of what the failed download printed (its error, without the stack), or a
 * plain fallback when it printed nothing useful.
 * @param {string} output
 * @returns {string}
 */
export function downloadFailureCause(output) {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at '));
  return line ?? 'the download stopped without saying why';
}

/**
 * Where the download comes from, in words: the mirror when ELECTRON_MIRROR is set.
 * @param {NodeJS.ProcessEnv} env
 * @returns {string}
 */
export function downloadSource(env = process.env) {
  return env.ELECTRON_MIRROR ? `ELECTRON_MIRROR (${env.ELECTRON_MIRROR})` : 'GitHub';
}

/**
 * The line printed before the download starts.
 * @param {string} version
 * @param {NodeJS.ProcessEnv} env
 * @returns {string}
 */
export function downloadingMessage(version, env = process.env) {
  return `Downloading Electron ${version} from ${downloadSource(env)} (about 100 MB, once)…`;
}

/**
 * The paragraph printed when the Electron binary is missing and could not be downloaded: what
 * failed, how to retry (a proxy or a mirror), and that `npm run web` runs the same app.
 * @param {{ version: string, cause: string, env?: NodeJS.ProcessEnv }} failure
 * @returns {string}
 */
export function electronMissingMessage({ version, cause, env = process.env }) {
  const reach = env.ELECTRON_MIRROR ? 'that mirror' : 'github.com';
  return [
    `Partnership Health could not start: the Electron ${version} runtime is not installed in node_modules/electron, and downloading it from ${downloadSource(env)} failed (${cause}).`,
    `To retry, make sure this machine can reach ${reach}: behind a proxy, set ELECTRON_GET_USE_PROXY=1 and GLOBAL_AGENT_HTTPS_PROXY=http://your-proxy:port; or set ELECTRON_MIRROR to a mirror of the Electron releases; then run \`npm start\` again.`,
    'Meanwhile, `npm run web` runs the same app in your browser.',
  ].join(' ');
}
