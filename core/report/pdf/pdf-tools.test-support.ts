// Test helpers that inspect a rendered PDF with poppler-utils and qpdf (pdftotext, pdfinfo,
// pdffonts, qpdf --check) through a temporary file. A missing tool fails the test with what to install.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INSTALL: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  qpdf: 'qpdf',
};

function run(tool: string, args: string[]): string {
  const path = `/usr/bin/${tool}`;
  if (!existsSync(path)) {
    throw new Error(
      `${tool} is missing: install ${INSTALL[tool]} (apt-get install -y ${INSTALL[tool]}) to run the PDF tests.`,
    );
  }
  return execFileSync(path, args, { encoding: 'utf8' });
}

function withFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  const file = join(dir, 'report.pdf');
  try {
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text; `layout` keeps each table row on one line. Bidi marks are removed. */
export function pdfText(
  bytes: Uint8Array,
  options: { layout?: boolean; page?: number } = {},
): string {
  return withFile(bytes, (file) => {
    const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8'];
    if (options.page) args.push('-f', String(options.page), '-l', String(options.page));
    return run('pdftotext', [...args, file, '-']).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  });
}

/** pdfinfo's fields (Title, Author, Pages, Page size …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  return withFile(bytes, (file) => {
    const info: Record<string, string> = {};
    for (const line of run('pdfinfo', [file]).split('\n')) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match) info[match[1] as string] = match[2] as string;
    }
    return info;
  });
}

/** One font the PDF's pages use, as pdffonts lists it. */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  toUnicode: boolean;
}

/** Every font the PDF's pages use (pdffonts). */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  return withFile(bytes, (file) =>
    run('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        // name, type (may contain spaces), encoding, emb, sub, uni, object id, generation
        const match =
          /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
        if (!match) throw new Error(`pdffonts printed a line this helper cannot read: ${line}`);
        return {
          name: match[1] as string,
          type: match[2] as string,
          embedded: match[4] === 'yes',
          subset: match[5] === 'yes',
          toUnicode: match[6] === 'yes',
        };
      }),
  );
}

/** qpdf --check's verdict: throws (with qpdf's output) when the file is damaged. */
export function qpdfCheck(bytes: Uint8Array): string {
  return withFile(bytes, (file) => run('qpdf', ['--check', file]));
}

/** Every page's MediaBox [x0 y0 x1 y1], read from the file's page objects. */
export function mediaBoxes(bytes: Uint8Array): number[][] {
  const text = new TextDecoder('latin1').decode(bytes);
  return [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.\s]+)\]/g)].map((m) =>
    (m[1] as string).trim().split(/\s+/).map(Number),
  );
}

/** A run of glyphs a content stream draws: the font (its name without the subset tag) and the glyph ids. */
export interface GlyphRun {
  font: string;
  glyphs: number[];
}

/**
 * Every run of glyphs the PDF's content streams draw (`TJ`/`Tj` with the font of the last `Tf`),
 * in drawing order, read from the file as `qpdf --qdf` writes it (streams decompressed).
 */
export function pdfGlyphRuns(bytes: Uint8Array): GlyphRun[] {
  const qdf = withFile(bytes, (file) => {
    const out = `${file}.qdf`;
    run('qpdf', ['--qdf', '--object-streams=disable', file, out]);
    return readFileSync(out, 'latin1');
  });
  const objects = new Map<string, string>();
  for (const match of qdf.matchAll(/^(\d+) 0 obj\n([\s\S]*?)\nendobj$/gm))
    objects.set(match[1] as string, match[2] as string);
  const fontNames = new Map<string, string>();
  for (const body of objects.values()) {
    const fonts = /\/Font\s*<<([^>]*)>>/.exec(body);
    for (const [, resource, id] of fonts?.[1]?.matchAll(/\/(\S+)\s+(\d+) 0 R/g) ?? []) {
      const baseFont = /\/BaseFont\s*\/(\S+)/.exec(objects.get(id as string) ?? '');
      if (baseFont)
        fontNames.set(resource as string, (baseFont[1] as string).replace(/^[A-Z]{6}\+/, ''));
    }
  }
  const runs: GlyphRun[] = [];
  for (const body of objects.values()) {
    const content = /\nstream\n([\s\S]*?)\nendstream/.exec(body)?.[1];
    if (!content?.includes(' Tf')) continue;
    let font = '';
    for (const op of content.matchAll(
      /\/(\S+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|(<[0-9a-fA-F]*>)\s*Tj/g,
    )) {
      if (op[1]) {
        font = fontNames.get(op[1]) ?? op[1];
        continue;
      }
      const hex = [...(op[2] ?? op[3] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((m) => m[1])
        .join('');
      const glyphs = (hex.match(/.{4}/g) ?? []).map((id) => parseInt(id, 16));
      runs.push({ font, glyphs });
    }
  }
  return runs;
}
