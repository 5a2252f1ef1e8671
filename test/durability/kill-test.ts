// The kill test: does an acknowledged write survive the browser being killed? Builds a small
// writer page on the app's own database module (strict durability), serves it on loopback, runs
// Debian's Chromium as a real process with a fixed profile and port, and SIGKILLs its whole
// process group at a random moment of a stream of multi-table transactions — many times over.
// After each restart every acknowledged batch must be whole and no batch may be partial.
// Run: npx tsx test/durability/kill-test.ts [--iterations 50] [--seed 1234]. Exits 1 on any loss.
// Self-check: --fault ack-early (acknowledge before commit) or --fault split (one transaction per
// table) must make it report losses or partial batches and exit 1. --verbose: a line per kill.
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { createRandom } from '../../core/sample/seeded-random';
import { mimeTypeFor } from '../../electron/policy/mime-types';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import {
  ACK_PREFIX,
  BATCH_SHAPE,
  DURABILITY_PREFIX,
  WRITER_FAULTS,
  type BatchSummary,
  type BatchTable,
  type WriterFault,
} from './batch-shape';

// Fixed ports: the page's origin (and so its IndexedDB) must be the same after every restart.
const HTTP_PORT = 39234;
const CDP_PORT = 39233;
// A kill lands this long (at most) after the first acknowledgement of an iteration.
const MAX_KILL_DELAY_MS = 700;
const START_TIMEOUT_MS = 20_000;

function faultOption(): WriterFault {
  const index = process.argv.indexOf('--fault');
  if (index < 0) return 'none';
  const value = process.argv[index + 1] as WriterFault;
  if (!WRITER_FAULTS.includes(value))
    throw new Error(`--fault is one of ${WRITER_FAULTS.join(', ')}`);
  return value;
}

const here = fileURLToPath(new URL('.', import.meta.url));

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function buildWriter(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: here,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(here, 'writer.html') },
    },
  });
}

/**
 * A static server for the built writer, on loopback only. Not bench/ui-static-server.ts: with
 * that server (CSP on every response, 404 bodies) this test lost the whole database at some
 * kills, 3 runs of 3, while this one passes; until that is understood the two stay apart.
 */
function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(
      join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)),
    );
    if (!path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    stat(path).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, { 'Content-Type': mimeTypeFor(path) });
        createReadStream(path).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(HTTP_PORT, '127.0.0.1', () => done(server));
  });
}

function launchChromium(profile: string): ChildProcess {
  return spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      `--remote-debugging-port=${CDP_PORT}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      ...CHROMIUM_FLAGS,
      'about:blank',
    ],
    // Its own process group, so one SIGKILL reaches the browser and every child process.
    { detached: true, stdio: 'ignore' },
  );
}

async function connect(): Promise<Browser> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      const reply = await fetch(`http://127.0.0.1:${CDP_PORT}/json/version`);
      if (reply.ok) return await chromium.connectOverCDP(`http://127.0.0.1:${CDP_PORT}`);
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('Chromium did not open its debugging port');
    await sleep(50);
  }
}

function killGroup(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    process.kill(-child.pid!, 'SIGKILL');
  });
}

async function writerPage(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${HTTP_PORT}/writer.html`);
  await page.waitForFunction(() => 'killTest' in window);
  return page;
}

interface Figures {
  lost: number[];
  partial: number[];
  badPayloads: number;
}

interface Totals {
  lost: Set<number>;
  partial: Set<number>;
  badPayloads: number;
}

/** Checks what is stored against every batch acknowledged so far. */
function check(summary: BatchSummary, acknowledged: Set<number>): Figures {
  const tables = Object.keys(BATCH_SHAPE) as BatchTable[];
  const whole = (batch: number) =>
    tables.every((table) => summary.batches[batch]?.[table] === BATCH_SHAPE[table]);
  const lost = [...acknowledged].filter((batch) => summary.batches[batch] === undefined);
  const partial = Object.keys(summary.batches)
    .map(Number)
    .filter((batch) => !whole(batch));
  return { lost, partial, badPayloads: summary.badPayloads };
}

async function main(): Promise<void> {
  const iterations = option('iterations', 50);
  const seed = option('seed', Date.now() % 1_000_000);
  const fault = faultOption();
  const verbose = process.argv.includes('--verbose');
  // Seeded, so a run can be repeated with --seed.
  const random = createRandom(seed);
  const started = Date.now();
  const work = await mkdtemp(join(tmpdir(), 'kill-test-'));
  const profile = join(work, 'profile');
  const site = resolve(work, 'site');
  console.log(
    `kill test: ${iterations} iterations, seed ${seed}, profile ${profile}${fault === 'none' ? '' : `, FAULT ${fault}`}`,
  );
  await buildWriter(site);
  const server = await serve(site);
  const acknowledged = new Set<number>();
  const durabilities = new Set<string>();
  const totals: Totals = { lost: new Set(), partial: new Set(), badPayloads: 0 };
  let child: ChildProcess | null = null;
  let committedUnacknowledged = 0;
  let lastChecked = 0;
  try {
    // One more launch than kills: the last launch only checks the last kill.
    for (let iteration = 0; iteration <= iterations; iteration += 1) {
      child = launchChromium(profile);
      const browser = await connect();
      const page = await writerPage(browser);
      const summary = await page.evaluate(() => window.killTest.summarise());
      const result = check(summary, acknowledged);
      const newLost = result.lost.filter((batch) => !totals.lost.has(batch));
      const newPartial = result.partial.filter((batch) => !totals.partial.has(batch));
      for (const batch of newLost) totals.lost.add(batch);
      for (const batch of newPartial) totals.partial.add(batch);
      // Each check reads every record again: keep the worst count, not the sum.
      totals.badPayloads = Math.max(totals.badPayloads, result.badPayloads);
      const stored = Object.keys(summary.batches).map(Number);
      committedUnacknowledged += stored.filter(
        (b) => b > lastChecked && !acknowledged.has(b),
      ).length;
      lastChecked = Math.max(lastChecked, ...stored);
      if (newLost.length + newPartial.length > 0) {
        console.log(
          `  after kill ${iteration}: lost batches [${newLost.join(', ')}], partial batches [${newPartial
            .map((b) => `${b} ${JSON.stringify(summary.batches[b])}`)
            .join(', ')}]`,
        );
      }
      if (iteration === iterations) {
        await killGroup(child);
        break;
      }

      const first = (iteration + 1) * 1_000_000;
      let acksThisRun = 0;
      const firstAck = new Promise<void>((done) => {
        page.on('console', (message) => {
          const text = message.text();
          if (text.startsWith(DURABILITY_PREFIX))
            durabilities.add(text.slice(DURABILITY_PREFIX.length));
          if (!text.startsWith(ACK_PREFIX)) return;
          acknowledged.add(Number(text.slice(ACK_PREFIX.length)));
          acksThisRun += 1;
          done();
        });
      });
      await page.evaluate((n) => window.killTest.start(...n), [first, fault] as const);
      await Promise.race([
        firstAck,
        sleep(START_TIMEOUT_MS).then(() => {
          throw new Error(`iteration ${iteration + 1}: no write was acknowledged`);
        }),
      ]);
      const delay = random.int(0, MAX_KILL_DELAY_MS - 1);
      await sleep(delay);
      await killGroup(child);
      // Acknowledgements already sent before the kill may still be on their way over the socket.
      await sleep(20);
      browser.close().catch(() => undefined);
      if (verbose)
        console.log(
          `  kill ${iteration + 1}: ${delay} ms after the first ack, ${acksThisRun} acks`,
        );
      else if ((iteration + 1) % 10 === 0) {
        console.log(
          `  ${iteration + 1} kills, ${acknowledged.size} acknowledged (${acksThisRun} in this one)`,
        );
      }
    }
  } finally {
    if (child) await killGroup(child);
    server.close();
    await rm(work, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`iterations (SIGKILLs):              ${iterations}`);
  console.log(`acknowledged transactions:          ${acknowledged.size}`);
  console.log(
    `records per transaction:            ${Object.values(BATCH_SHAPE).join(' + ')} in ${Object.keys(BATCH_SHAPE).length} tables`,
  );
  console.log(
    `committed but not acknowledged:     ${committedUnacknowledged} (in flight at the kill; allowed)`,
  );
  console.log(`transaction durability reported:    ${[...durabilities].join(', ') || 'none'}`);
  console.log(`lost (acknowledged, missing):       ${totals.lost.size}`);
  console.log(`partial (batch not whole):          ${totals.partial.size}`);
  console.log(`records with a wrong payload:       ${totals.badPayloads}`);
  console.log(`time:                               ${seconds} s`);
  if (totals.lost.size + totals.partial.size + totals.badPayloads > 0) {
    console.log('FAILED: data was lost or torn.');
    process.exitCode = 1;
  } else if (fault === 'none' && (durabilities.size !== 1 || !durabilities.has('strict'))) {
    console.log('FAILED: the writer did not run with strict durability.');
    process.exitCode = 1;
  } else {
    console.log('PASSED: every acknowledged transaction survived, none was partial.');
  }
}

main().catch((error: unknown) => {
  console.error(`kill test could not run: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
