// Every shipped font file has its licence text, which the build copies beside it.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultFontSources, fontLicenceFiles } from './font-files';

describe('fontLicenceFiles', () => {
  it('names one licence per font package, each a file that states its licence', () => {
    const licences = fontLicenceFiles();
    const packages = new Set(
      Object.values(defaultFontSources()).map(
        (source) => /@expo-google-fonts\/([^/]+)\//.exec(source)?.[1] ?? 'DejaVuSans',
      ),
    );
    expect(Object.keys(licences).sort()).toEqual(
      [...packages].map((name) => `${name}-LICENSE.txt`).sort(),
    );
    for (const [name, file] of Object.entries(licences)) {
      expect(existsSync(file), name).toBe(true);
      expect(readFileSync(file, 'utf8'), name).toMatch(/SIL Open Font License|Bitstream Vera/);
    }
  });
});
