// The `report` command in-process: the PDF's figures equal `score`'s, and bad input writes no file.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './main';

const WORKED_EXAMPLE = fileURLToPath(
  new URL('../../shared/spec/examples/worked-example.json', import.meta.url),
);

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    today: '2026-04-01',
  });
  return { code, stdout, stderr };
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('report', () => {
  it('writes a partnership report whose health equals the score at the period end', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ph-report-')), 'p1.pdf');
    const { code, stdout, stderr } = await run([
      'report',
      '--data',
      WORKED_EXAMPLE,
      '--partnership',
      'p1',
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--out',
      out,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote');
    const score = JSON.parse(
      (await run(['score', '--data', WORKED_EXAMPLE, '--as-of', '2026-03-31', '--json'])).stdout,
    )[0];
    const text = pdfText(out);
    expect(text).toContain('Last-Mile Food Rescue');
    expect(text).toContain('Alpha Logistics');
    expect(text).toMatch(new RegExp(`\\b${Math.round(score.health)}\\b`));
    expect(text).toMatch(/healthy/i);
    execFileSync('qpdf', ['--check', out]);
  });

  it('writes a portfolio report on Letter paper for partners', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ph-report-')), 'all.pdf');
    const { code } = await run([
      'report',
      '--data',
      WORKED_EXAMPLE,
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
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts/);
  });

  it('refuses a reversed period and an unknown partnership with exit 1 and no file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-report-'));
    const reversed = await run([
      'report',
      '--data',
      WORKED_EXAMPLE,
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
      WORKED_EXAMPLE,
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
      WORKED_EXAMPLE,
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

  it('needs exactly one of --partnership and --portfolio (exit 2)', async () => {
    const { code, stderr } = await run(['report', '--data', WORKED_EXAMPLE, '--out', 'x.pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain('--partnership ID (one or more) or --portfolio');
  });
});
