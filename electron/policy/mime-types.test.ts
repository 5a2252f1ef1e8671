import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './mime-types';

describe('mimeTypeFor', () => {
  it.each([
    ['/r/index.html', 'text/html'],
    ['/r/assets/app.JS', 'text/javascript'],
    ['/r/assets/app.css', 'text/css'],
    ['/r/assets/layout.wasm', 'application/wasm'],
    ['/r/fonts/a.woff2', 'font/woff2'],
    ['/r/logo.svg', 'image/svg+xml'],
  ])('gives %s the type %s', (file, type) => {
    expect(mimeTypeFor(file).split(';')[0]).toBe(type);
  });

  it('serves unknown and missing extensions as opaque bytes', () => {
    expect(mimeTypeFor('/r/data.bin')).toBe('application/octet-stream');
    expect(mimeTypeFor('/r/README')).toBe('application/octet-stream');
  });
});
