// Benchmark of the health engine: weekly series of a large portfolio, one partnership's series,
// and the naive way (evaluateHealth from scratch at each date) for comparison. `npm run bench`.

import { availableParallelism, loadavg } from 'node:os';
import { addDays } from '../core/domain/dates';
import { evaluateHealth } from '../core/domain/health';
import { healthSeries, seriesDates } from '../core/domain/health-series';
import { groupByPartnership } from '../core/domain/partnership-records';
import { generatePortfolio } from '../core/sample/generate-portfolio';
import { cpuMs, median } from './stats';

const TODAY = '2026-11-28';
const YEARS = 5;
const PARTNERSHIPS = 200;
const FROM = addDays(TODAY, -Math.round(365.25 * YEARS));
const RANGE = { from: FROM, to: TODAY, step: 'week' as const };

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** CPU time the process spends in `run`: less sensitive than wall time to other load. */
function cpuTime(run: () => void): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

let dataset!: ReturnType<typeof generatePortfolio>;
const buildMs = time(() => {
  dataset = generatePortfolio({ today: TODAY, seed: 1, partnerships: PARTNERSHIPS, years: YEARS });
});
const groups = [...groupByPartnership(dataset).values()];
const recordCount =
  dataset.pulses.length +
  dataset.interactions.length +
  dataset.goals.length +
  dataset.goalUpdates.length +
  dataset.contributions.length +
  dataset.frictions.length +
  dataset.reviews.length;
const dates = seriesDates(RANGE.from, RANGE.to, RANGE.step);
// Timings are single-threaded; other processes on the machine slow them down, so say how busy it is.
console.log(
  `Machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} (node ${process.version}).`,
);
console.log(
  `Portfolio: ${PARTNERSHIPS} partnerships, ${YEARS} years, ${recordCount} records (generated in ${ms(buildMs)} by core/sample/generate-portfolio.ts); ${dates.length} weekly dates.`,
);

const wholePortfolio = () => {
  for (const records of groups) healthSeries(records, RANGE, dataset.settings);
};
// The first (cold) run includes the JIT compiling the engine; the runs after it are steady state.
const coldMs = time(wholePortfolio);
console.log(`Weekly series of every partnership, first (cold) run: ${ms(coldMs)} wall time.`);

const portfolioRuns = Array.from({ length: 5 }, () => time(wholePortfolio));
const portfolioCpu = median(Array.from({ length: 5 }, () => cpuTime(wholePortfolio)));
const portfolioMs = median(portfolioRuns);
console.log(
  `Weekly series of every partnership: median ${ms(portfolioMs)} wall (best ${ms(Math.min(...portfolioRuns))}), median ${ms(portfolioCpu)} CPU, of 5 runs each (target < 1000 ms) — ${((portfolioMs * 1000) / (PARTNERSHIPS * dates.length)).toFixed(1)} µs per point.`,
);

// The partnership with the most records: the slowest single series.
const size = (r: (typeof groups)[number]) =>
  r.pulses.length + r.interactions.length + r.goalUpdates.length + r.contributions.length;
const one = groups.reduce((a, b) => (size(b) > size(a) ? b : a));
const singleRuns = Array.from({ length: 31 }, () =>
  time(() => healthSeries(one, RANGE, dataset.settings)),
);
const singleMs = median(singleRuns);
console.log(`One partnership's weekly series: median ${ms(singleMs)} of 31 runs (target < 20 ms).`);

const naiveRuns = Array.from({ length: 5 }, () =>
  time(() => {
    for (const date of dates) evaluateHealth(one, date, dataset.settings);
  }),
);
const naiveMs = median(naiveRuns);
console.log(
  `Naive (evaluateHealth from scratch at each date) for the same partnership: median ${ms(naiveMs)} of 5 runs — the series is ${(naiveMs / singleMs).toFixed(1)}× faster.`,
);
const sample = groups.slice(0, 20);
const naiveSampleMs = time(() => {
  for (const records of sample)
    for (const date of dates) evaluateHealth(records, date, dataset.settings);
});
console.log(
  `Naive for the whole portfolio, estimated from 20 partnerships: ${ms((naiveSampleMs * PARTNERSHIPS) / sample.length)} (${((naiveSampleMs * PARTNERSHIPS) / sample.length / portfolioMs).toFixed(1)}× the series).`,
);
