import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOMATIC_BACKUPS_DESKTOP_ONLY,
  acceptAttribute,
  browserPlatform,
  readPickedFile,
} from './browser-platform';

afterEach(() => vi.unstubAllGlobals());

describe('browser platform', () => {
  it('names a download by the same rule as the desktop save dialog', async () => {
    // Node has no DOM: a document that records the link the download clicks.
    const links: { download: string; clicked: boolean }[] = [];
    vi.stubGlobal('document', {
      createElement: () => {
        const link = {
          download: '',
          clicked: false,
          click: () => (link.clicked = true),
          remove() {},
        };
        links.push(link);
        return link;
      },
      body: { append() {} },
    });
    const platform = browserPlatform();
    await platform.saveFile({ suggestedName: 'invoice.pdf.bat', kind: 'pdf', content: 'x' });
    await platform.saveFile({ suggestedName: 'Report 2026.11.28', kind: 'csv', content: 'x' });
    expect(links.map(({ download, clicked }) => [download, clicked])).toEqual([
      ['invoice.pdf', true],
      ['Report 2026.11.28.csv', true],
    ]);
  });

  it('builds the file picker accept list from the filters', () => {
    expect(acceptAttribute([{ name: 'Backup', extensions: ['json'] }])).toBe('.json');
    expect(
      acceptAttribute([
        { name: 'Spreadsheet', extensions: ['CSV', 'tsv'] },
        { name: 'Text', extensions: ['csv'] },
      ]),
    ).toBe('.csv,.tsv');
    expect(acceptAttribute([{ name: 'All files', extensions: ['*'] }])).toBe('');
    expect(acceptAttribute([])).toBe('');
  });

  it('reads a picked file as text or as bytes', async () => {
    const file = new File(['{"name":"Zoë"}'], 'backup.json', { type: 'application/json' });
    await expect(readPickedFile(file, 'text')).resolves.toEqual({
      name: 'backup.json',
      content: '{"name":"Zoë"}',
    });
    const binary = await readPickedFile(new File([new Uint8Array([0, 200, 7])], 'b.bin'), 'binary');
    expect(binary.content).toBeInstanceOf(Uint8Array);
    expect([...binary.content]).toEqual([0, 200, 7]);
  });

  it('describes itself as the browser build with the package version', async () => {
    const platform = browserPlatform();
    expect(platform.isDesktop).toBe(false);
    const info = await platform.getAppInfo();
    expect(info).toMatchObject({
      productName: 'Partnership Health',
      runtime: 'browser',
      os: 'web',
    });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('receives no menu commands and can still be unsubscribed', () => {
    const unsubscribe = browserPlatform().onMenuCommand(() => {
      throw new Error('no menu in a browser');
    });
    expect(unsubscribe()).toBeUndefined();
  });

  it('says automatic backups are a desktop feature', async () => {
    const platform = browserPlatform();
    expect(platform.isDesktop).toBe(false);
    await expect(platform.listAutomaticBackups()).rejects.toThrow(AUTOMATIC_BACKUPS_DESKTOP_ONLY);
    await expect(platform.writeAutomaticBackup({ content: '{}', reason: 'start' })).rejects.toThrow(
      'desktop app',
    );
  });
});
