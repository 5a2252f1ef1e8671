// Report benchmark: one partnership's PDF (median of 10 once warm, target < 500 ms) and the large
// sample's portfolio PDF with a section per partnership (200 partnerships, 5 years; target < 20 s).
// Run: npm run bench (node --expose-gc --import tsx bench/report-bench.ts; without --expose-gc the
// heap figures are not settled and say so).

// React's production build, as in the app's bundle and the CLI (see cli/partnership-health.ts):
// React picks its build when first loaded, so the modules that load it are imported after this.
import { env } from 'node:process';
import { cpuMs, median } from './stats';

env.NODE_ENV ??= 'production';
const { addDays } = await import('../core/domain/dates');
const { buildPartnershipReport } = await import('../core/report/partnership-report');
const { buildPortfolioReport } = await import('../core/report/portfolio-report');
const { renderReportPdf } = await import('../core/report/pdf/render-report-pdf');
const { generatePortfolio } = await import('../core/sample/generate-portfolio');

const TODAY = '2026-11-28';
const PARTNERSHIP_TARGET_MS = 500;
const PORTFOLIO_TARGET_MS = 20_000;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/**
 * Settled heap: after one turn of the event loop (the PDF stream's last tick still references the
 * finished stream and its layout until then) and a full collection.
 */
async function heap(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  let started = performance.now();
  const dataset = generatePortfolio({ today: TODAY, seed: 1, partnerships: 200, years: 5 });
  console.log(
    `sample: ${dataset.partnerships.length} partnerships, 5 years, generated in ${Math.round(performance.now() - started)} ms (React ${env.NODE_ENV} build)`,
  );

  // One partnership, last 12 months.
  const partnershipId = dataset.partnerships[0]!.id;
  const one = async () => {
    const report = buildPartnershipReport(dataset, {
      partnershipId,
      from: addDays(TODAY, -365),
      to: TODAY,
      audience: 'internal',
      generatedOn: TODAY,
    });
    return renderReportPdf(report, { paper: 'a4' });
  };
  for (let i = 0; i < 3; i += 1) await one();
  const times: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let i = 0; i < 10; i += 1) {
    started = performance.now();
    const cpuStart = cpuMs();
    size = (await one()).byteLength;
    times.push(performance.now() - started);
    cpu.push(cpuMs() - cpuStart);
  }
  const oneMedian = median(times);
  console.log(
    `partnership report: median ${Math.round(oneMedian)} ms wall, ${Math.round(median(cpu))} ms CPU, of 10 (wall min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}), ${(size / 1024).toFixed(0)} KB — target < ${PARTNERSHIP_TARGET_MS} ms: ${oneMedian < PARTNERSHIP_TARGET_MS ? 'ok' : 'MISSED'}`,
  );

  // The whole portfolio over its 5 years, a section per partnership; three times, to see that memory settles.
  const before = await heap();
  const settled = typeof (globalThis as { gc?: unknown }).gc === 'function';
  console.log(
    `heap before portfolio: ${mb(before)}${settled ? '' : ' (not settled: run node with --expose-gc)'}`,
  );
  let portfolioMs = 0;
  // Each run in its own function, so that its model and PDF are garbage once it returns:
  // the heap after each run shows what the renderer itself keeps.
  const portfolioRun = async (run: number) => {
    started = performance.now();
    const cpuStart = cpuMs();
    const report = buildPortfolioReport(dataset, {
      from: addDays(TODAY, -5 * 365),
      to: TODAY,
      audience: 'internal',
      generatedOn: TODAY,
      sections: true,
    });
    const modelMs = performance.now() - started;
    const bytes = await renderReportPdf(report, { paper: 'a4' });
    portfolioMs = performance.now() - started;
    return `portfolio report run ${run}: ${report.sections.length} sections, model ${Math.round(modelMs)} ms, total ${Math.round(portfolioMs)} ms wall / ${Math.round(cpuMs() - cpuStart)} ms CPU, ${mb(bytes.byteLength)} PDF`;
  };
  for (let run = 1; run <= 3; run += 1) {
    const line = await portfolioRun(run);
    console.log(`${line}; heap after: ${mb(await heap())}`);
  }
  console.log(
    `portfolio target < ${PORTFOLIO_TARGET_MS} ms: ${portfolioMs < PORTFOLIO_TARGET_MS ? 'ok' : 'MISSED'}`,
  );
}

await main();
