// A partnership's health over the last months as a small inline line, with the band thresholds
// as faint guides and today's point coloured by band; its label says the figures in words.
import type { Band } from '../../../../core/domain/health';
import type { Settings } from '../../../../core/domain/types';
import type { ChartTheme } from '../../components/charts/chart-theme';

const WIDTH = 112;
const HEIGHT = 28;
const PAD = 3;

const y = (score: number) => PAD + ((100 - score) / 100) * (HEIGHT - 2 * PAD);

/** The SVG path of the present points; a missing point breaks the line. */
function linePath(values: readonly (number | null)[]): string {
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  let path = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${(PAD + i * step).toFixed(1)} ${y(value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/** "Health over the last 6 months: from 62 to 71" (or why there is nothing to draw). */
function describe(values: readonly (number | null)[], months: number): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return `No health score in the last ${months} months`;
  const first = Math.round(present[0]!);
  const last = Math.round(present.at(-1)!);
  const low = Math.round(Math.min(...present));
  const high = Math.round(Math.max(...present));
  return `Health over the last ${months} months: from ${first} to ${last}, lowest ${low}, highest ${high}`;
}

export function HealthSparkline(props: {
  values: readonly (number | null)[] | undefined;
  band: Band | null;
  months: number;
  settings: Settings;
  colors: ChartTheme;
}) {
  const { values, band, months, settings, colors } = props;
  if (values === undefined) {
    return <svg width={WIDTH} height={HEIGHT} role="img" aria-label="Health history loading" />;
  }
  const lastIndex = values.length - 1;
  const last = values[lastIndex] ?? null;
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label={describe(values, months)}>
      {[settings.bands.healthy, settings.bands.watch].map((threshold) => (
        <line
          key={threshold}
          x1={0}
          x2={WIDTH}
          y1={y(threshold)}
          y2={y(threshold)}
          stroke={colors.grid}
          strokeDasharray="2 3"
        />
      ))}
      <path
        d={linePath(values)}
        fill="none"
        stroke={colors.reference}
        strokeWidth={1.6}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      {last !== null && band !== null && (
        <circle cx={PAD + lastIndex * step} cy={y(last)} r={2.8} fill={colors.bandDot[band]} />
      )}
    </svg>
  );
}
