// The `report` command in-process: the PDF's figures equal `score`'s, and bad input writes no file.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, qpdfCheck } from '../core/report/pdf/pdf-tools.test-support';
import { WORKED_EXAMPLE_PATH } from '../test/fixtures/worked-example';
import { runCaptured } from './run-cli.test-support';

const run = (argv: string[]) => runCaptured(argv, '2026-04-01');
/** A report of the worked example's partnership over its first quarter (add --out). */
const P1_FIRST_QUARTER = [
  'report',
  '--data',
  WORKED_EXAMPLE_PATH,
  '--partnership',
  'p1',
  '--from',
  '2026-01-01',
  '--to',
  '2026-03-31',
];

describe('report', () => {
  it('writes a partnership report whose health equals the score at the period end', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ph-report-')), 'p1.pdf');
    const { code, stdout, stderr } = await run([...P1_FIRST_QUARTER, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote');
    const score = JSON.parse(
      (await run(['score', '--data', WORKED_EXAMPLE_PATH, '--as-of', '2026-03-31', '--json']))
        .stdout,
    )[0];
    const bytes = readFileSync(out);
    const text = pdfText(bytes, { layout: true });
    expect(text).toContain('Last-Mile Food Rescue');
    expect(text).toContain('Alpha Logistics');
    expect(text).toContain(`Health stood at ${Math.round(score.health)} (Healthy)`);
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors found');
  });

  it('writes a portfolio report on Letter paper for partners', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ph-report-')), 'all.pdf');
    const { code } = await run([
      'report',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--portfolio',
      '--sections',
      '--audience',
      'partners',
      '--paper',
      'letter',
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(pdfInfo(readFileSync(out))['Page size']).toMatch(/^612 x 792 pts/);
  });

  it('refuses a reversed period and an unknown partnership with exit 1 and no file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-report-'));
    const reversed = await run([
      'report',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--partnership',
      'p1',
      '--from',
      '2026-03-31',
      '--to',
      '2026-01-01',
      '--out',
      join(dir, 'a.pdf'),
    ]);
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toMatch(/period/i);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
    const unknown = await run([
      'report',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--partnership',
      'nope',
      '--out',
      join(dir, 'b.pdf'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"nope"');
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
  });

  it('refuses a partnership with no data in the period', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-report-'));
    const { code, stderr } = await run([
      'report',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--partnership',
      'p1',
      '--from',
      '2025-01-01',
      '--to',
      '2025-06-30',
      '--out',
      join(dir, 'c.pdf'),
    ]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'c.pdf'))).toBe(false);
  });

  it('says which file it cannot write and why (exit 1)', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ph-report-')), 'missing', 'p1.pdf');
    const { code, stderr } = await run([...P1_FIRST_QUARTER, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot write ${out}: ENOENT`);
  });

  it('needs exactly one of --partnership and --portfolio (exit 2)', async () => {
    const { code, stderr } = await run(['report', '--data', WORKED_EXAMPLE_PATH, '--out', 'x.pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain('--partnership ID (one or more) or --portfolio');
  });
});
