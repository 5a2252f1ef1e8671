// The CLI run in-process: outputs, exit codes and messages, against the spec's worked example.

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../core/sample/generate-portfolio';
import { WORKED_EXAMPLE_PATH } from '../test/fixtures/worked-example';
import { runCaptured } from './run-cli.test-support';

const run = (argv: string[], today = '2026-11-28') => runCaptured(argv, today);

describe('score', () => {
  it('prints the worked example figures as JSON', async () => {
    const { code, stdout, stderr } = await run([
      'score',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--as-of',
      '2026-03-31',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [p1, ...others] = JSON.parse(stdout);
    expect(others).toEqual([]);
    expect(p1).toMatchObject({
      partnershipId: 'p1',
      name: 'Last-Mile Food Rescue',
      asOf: '2026-03-31',
    });
    expect(p1.health).toBeCloseTo(70.88, 2);
    expect(p1.band).toBe('healthy');
    expect(p1.trend).toBe('steady');
    expect(p1.confidence).toBe('normal');
    expect(p1.perceptionGap).toBeCloseTo(31.25, 6);
    expect(p1.dimensions.trust).toBeCloseTo(59.375, 6);
    expect(p1.dimensions.communication).toBeCloseTo(73.4, 2);
    expect(p1.dimensions.goals).toBeCloseTo(95.55, 2);
    expect(p1.dimensions.reciprocity).toBeCloseTo(40, 6);
    expect(p1.dimensions.friction).toBe(85);
    expect(
      p1.alerts.map((a: { code: string; severity: string }) => `${a.code}:${a.severity}`).sort(),
    ).toEqual(['IMBALANCE:warning', 'PERCEPTION_GAP:warning']);
    for (const alert of p1.alerts) expect(alert.message).toMatch(/\d/);
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await run([
      'score',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--as-of',
      '2026-03-31',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Health as of 2026-03-31');
    expect(stdout).toMatch(/Last-Mile Food Rescue\s+71\s+healthy/);
    expect(stdout).toContain('IMBALANCE');
  });

  it('scores as of today when --as-of is not given', async () => {
    const { stdout } = await run(['score', '--data', WORKED_EXAMPLE_PATH, '--json'], '2026-02-01');
    expect(JSON.parse(stdout)[0].asOf).toBe('2026-02-01');
  });

  it('rejects a malformed date as wrong usage (exit 2)', async () => {
    const { code, stderr } = await run([
      'score',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--as-of',
      '31/03/2026',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of expects a date written YYYY-MM-DD');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports an invalid file with its problems (exit 1), never a stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-cli-'));
    const bad = JSON.parse(await readFile(WORKED_EXAMPLE_PATH, 'utf8'));
    bad.data.pulses[0].scores.reliability = 7;
    bad.data.pulses[1].partyId = 'org-z';
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(bad));
    const { code, stderr, stdout } = await run(['score', '--data', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('pulses[0] (id "q1"): scores.reliability');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the file does not exist', async () => {
    const { code, stderr } = await run(['score', '--data', 'no-such-file.json']);
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read no-such-file.json: no such file');
  });
});

describe('series', () => {
  it('gives month ends plus the last day, each equal to score at that date', async () => {
    const { code, stdout } = await run([
      'series',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--partnership',
      'p1',
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--step',
      'month',
      '--json',
    ]);
    expect(code).toBe(0);
    const [series] = JSON.parse(stdout);
    expect(series.points.map((p: { date: string }) => p.date)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
    const score = JSON.parse(
      (await run(['score', '--data', WORKED_EXAMPLE_PATH, '--as-of', '2026-02-28', '--json']))
        .stdout,
    )[0];
    expect(series.points[1].health).toBe(score.health);
    expect(series.points[2].health).toBeCloseTo(70.88, 2);
  });

  it('ends weeks on Sundays and writes CSV with a partnership column', async () => {
    const { code, stdout } = await run([
      'series',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--all',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-18',
      '--step',
      'week',
      '--csv',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'partnershipId,date,health,band,trust,communication,goals,reciprocity,friction,perceptionGap',
    );
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual([
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
      '2026-03-18',
    ]);
  });

  it('refuses an unknown partnership (exit 1) and a reversed period (exit 2)', async () => {
    const unknown = await run(['series', '--data', WORKED_EXAMPLE_PATH, '--partnership', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no partnership with id "nope"');
    const reversed = await run([
      'series',
      '--data',
      WORKED_EXAMPLE_PATH,
      '--all',
      '--from',
      '2026-04-01',
      '--to',
      '2026-03-01',
    ]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('must start before it ends');
  });

  it('needs exactly one of --partnership and --all', async () => {
    const { code, stderr } = await run(['series', '--data', WORKED_EXAMPLE_PATH]);
    expect(code).toBe(2);
    expect(stderr).toContain('either --partnership ID or --all');
  });
});

describe('validate', () => {
  it('prints counts per collection for a valid file', async () => {
    const { code, stdout } = await run(['validate', WORKED_EXAMPLE_PATH]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/pulses\s+3\n/);
    expect(stdout).toMatch(/goalUpdates\s+2\n/);
    expect(stdout).toMatch(/reviews\s+0\n/);
  });

  it('prints at most 50 problem lines, then how many more', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-cli-'));
    const bad = JSON.parse(await readFile(WORKED_EXAMPLE_PATH, 'utf8'));
    bad.data.milestones = Array.from({ length: 70 }, (_, i) => ({
      id: `m${i}`,
      partnershipId: 'p1',
      date: 'never',
      title: 'x',
      celebrated: true,
    }));
    const file = join(dir, 'many.json');
    await writeFile(file, JSON.stringify(bad));
    const { code, stderr } = await run(['validate', file]);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toContain('(70 problems)');
    expect(lines).toHaveLength(52);
    expect(lines[51]).toContain('20 more problems');
  });
});

describe('usage', () => {
  it('has --help on every command', async () => {
    for (const command of ['score', 'series', 'validate', 'sample', 'report']) {
      const { code, stdout } = await run([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`partnership-health ${command}`);
    }
  });

  it('refuses unknown commands and options with exit 2', async () => {
    expect((await run(['scores'])).code).toBe(2);
    const { code, stderr } = await run(['score', '--data', WORKED_EXAMPLE_PATH, '--colour']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--colour'");
  });
});

describe('sample', () => {
  it('writes by default the portfolio the app loads that day, and it validates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-cli-'));
    const file = join(dir, 'sample.json');
    const { code, stdout } = await run(['sample', '--out', file], '2026-11-28');
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote 12 partnerships');
    const written = JSON.parse(await readFile(file, 'utf8'));
    expect(written.data).toEqual(
      JSON.parse(JSON.stringify(generatePortfolio({ today: '2026-11-28' }))),
    );
    expect((await run(['validate', file])).code).toBe(0);
  });

  it('honours --seed, --partnerships and --years, and refuses bad numbers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-cli-'));
    const file = join(dir, 'small.json');
    const { code } = await run([
      'sample',
      '--out',
      file,
      '--seed',
      '7',
      '--partnerships',
      '3',
      '--years',
      '1',
    ]);
    expect(code).toBe(0);
    const written = JSON.parse(await readFile(file, 'utf8'));
    expect(written.data.partnerships).toHaveLength(3);
    const bad = await run(['sample', '--out', file, '--partnerships', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--partnerships expects a whole number from 1 to 1000, got "many"',
    );
  });

  it('says which file it cannot write and why (exit 1)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ph-cli-'));
    const { code, stderr } = await run(['sample', '--out', join(dir, 'missing', 'a.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot write ${join(dir, 'missing', 'a.json')}: ENOENT`);
  });
});
