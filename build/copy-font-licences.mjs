// Copies the report fonts' licence texts into the built renderer (dist/renderer/font-licences/):
// Vite bundles the font files themselves, and their licences must travel with them.
import { copyFile, mkdir } from 'node:fs/promises';
import { fontLicenceFiles } from './font-files.mjs';

const target = 'dist/renderer/font-licences';
await mkdir(target, { recursive: true });
for (const [name, file] of Object.entries(fontLicenceFiles()))
  await copyFile(file, `${target}/${name}`);
