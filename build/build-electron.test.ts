// The Electron build emits the backup inspection worker beside main.js, and that built worker
// inspects a backup (the file main starts at run time, not a source-text copy).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  INSPECTION_WORKER_FILE,
  inspectBackupInWorker,
  useInspectionWorker,
} from '../electron/main/backup-inspector';
import { buildElectron, ELECTRON_BUNDLES } from './build-electron.mjs';

const out = mkdtempSync(path.join(tmpdir(), 'build-electron-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build-electron', () => {
  it('emits main, the inspection worker beside it, and the preload; the worker runs', async () => {
    expect(ELECTRON_BUNDLES.map((bundle) => bundle.file)).toEqual([
      'main.js',
      INSPECTION_WORKER_FILE,
      'preload.cjs',
    ]);
    // Minified, as a release build might be: the worker must not depend on function names.
    await buildElectron(out, { logLevel: 'silent', minify: true, sourcemap: false });
    for (const file of ['main.js', INSPECTION_WORKER_FILE, 'preload.cjs']) {
      expect(existsSync(path.join(out, file))).toBe(true);
    }
    // The temp folder has no package.json: say the built worker is an ES module.
    writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
    useInspectionWorker(path.join(out, INSPECTION_WORKER_FILE));
    const text = '{"format":"partnership-health-backup","version":1,"data":{"parties":[{},{}]}}';
    const { inspection } = await inspectBackupInWorker(new TextEncoder().encode(text));
    expect(inspection).toMatchObject({ ok: true, records: 2 });
  });
});
