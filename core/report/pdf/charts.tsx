/* @jsxRuntime automatic */
/* @jsxImportSource react */
// Report charts drawn with react-pdf's own SVG elements; d3-scale and d3-shape compute the geometry.
// Every chart is one unbreakable block, so a page break never cuts it. Ticks and series are
// grouped with React fragments, not SVG <G>: each element is one more node react-pdf lays out again
// at every page break.

import { Fragment } from 'react';
import { Line, Path, Rect, Svg, Text, View } from './react-pdf';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { dayNumber, fromDayNumber } from '../../domain/dates';
import type { IsoDate } from '../../domain/types';
import { bandWord, formatDate, formatMonth } from '../format';
import type { BandName } from '../report-model';
import { LATIN_FONT_STACK } from './fonts';
import { COLORS, bandColor, bandTint } from './theme';

export interface ChartSeries {
  name: string;
  color: string;
  points: { date: IsoDate; value: number | null }[];
  dashed?: boolean;
  /** Draw a dot on each point (sparse series such as goal updates). */
  dots?: boolean;
}

interface LineChartProps {
  width: number;
  height: number;
  from: IsoDate;
  to: IsoDate;
  series: ChartSeries[];
  /** Fixed y domain (scores: 0–100); otherwise fitted to the values. */
  yDomain?: [number, number];
  /** Healthy / watch thresholds: shades the band zones and names them. */
  bands?: { healthy: number; watch: number };
  yFormat?: (value: number) => string;
  /** Smaller type and fewer ticks for small multiples. */
  compact?: boolean;
}

// Axis text is figures, dates, months and band words: always Latin.
const AXIS_TEXT = { fontFamily: LATIN_FONT_STACK, fontSize: 6.5, fill: COLORS.muted };

/** A date-by-value line chart with optional band zones; null values leave gaps. */
export function LineChart({
  width,
  height,
  from,
  to,
  series,
  yDomain,
  bands,
  yFormat,
  compact,
}: LineChartProps) {
  const margin = { top: 8, right: bands ? 44 : 10, bottom: 16, left: 28 };
  const x = scaleLinear()
    .domain([dayNumber(from), Math.max(dayNumber(to), dayNumber(from) + 1)])
    .range([margin.left, width - margin.right]);
  const values = series
    .flatMap((s) => s.points.map((p) => p.value))
    .filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain(yDomain ?? fittedDomain(values))
    .range([height - margin.bottom, margin.top]);
  if (!yDomain) y.nice(4);
  const path = line<{ date: IsoDate; value: number | null }>()
    .defined((p) => p.value !== null)
    .x((p) => x(dayNumber(p.date)))
    .y((p) => y(p.value as number));
  const yTicks = y.ticks(compact ? 2 : 4);
  const xTicks = dateTicks(from, to, compact ? 2 : 5);
  const left = margin.left;
  const right = width - margin.right;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {bands ? <BandZones y={y} left={left} right={right} bands={bands} compact={compact} /> : null}
      {yTicks.map((tick) => (
        <Fragment key={`y${tick}`}>
          <Line
            x1={left}
            x2={right}
            y1={y(tick)}
            y2={y(tick)}
            stroke={COLORS.rule}
            strokeWidth={0.5}
          />
          <Text x={left - 4} y={y(tick) + 2} textAnchor="end" style={AXIS_TEXT}>
            {yFormat ? yFormat(tick) : String(tick)}
          </Text>
        </Fragment>
      ))}
      <Line
        x1={left}
        x2={right}
        y1={height - margin.bottom}
        y2={height - margin.bottom}
        stroke={COLORS.faint}
        strokeWidth={0.75}
      />
      {xTicks.map((tick, i) => (
        <Text
          key={`x${tick}`}
          x={x(dayNumber(tick))}
          y={height - 4}
          textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
          style={AXIS_TEXT}
        >
          {xTicks.length > 2 && dayNumber(to) - dayNumber(from) > 120
            ? formatMonth(tick)
            : formatDate(tick)}
        </Text>
      ))}
      {series.map((s) => (
        <Fragment key={s.name}>
          <Path
            d={path(s.points) ?? ''}
            stroke={s.color}
            strokeWidth={compact ? 1.2 : 1.6}
            strokeDasharray={s.dashed ? '3 2' : undefined}
            fill="none"
          />
          {s.dots
            ? s.points
                .filter((p) => p.value !== null)
                .map((p, i) => (
                  <Rect
                    key={i}
                    x={x(dayNumber(p.date)) - 1.5}
                    y={y(p.value as number) - 1.5}
                    width={3}
                    height={3}
                    fill={s.color}
                  />
                ))
            : null}
        </Fragment>
      ))}
    </Svg>
  );
}

function BandZones({
  y,
  left,
  right,
  bands,
  compact,
}: {
  y: (v: number) => number;
  left: number;
  right: number;
  bands: { healthy: number; watch: number };
  compact?: boolean;
}) {
  const zones: { band: BandName; from: number; to: number }[] = [
    { band: 'healthy', from: bands.healthy, to: 100 },
    { band: 'watch', from: bands.watch, to: bands.healthy },
    { band: 'at-risk', from: 0, to: bands.watch },
  ];
  return (
    <>
      {zones.map((zone) => (
        <Fragment key={zone.band}>
          <Rect
            x={left}
            y={y(zone.to)}
            width={right - left}
            height={y(zone.from) - y(zone.to)}
            fill={bandTint(zone.band)}
          />
          {compact ? null : (
            <Text
              x={right + 4}
              y={(y(zone.to) + y(zone.from)) / 2 + 2.5}
              style={{ ...AXIS_TEXT, fill: bandColor(zone.band), fontWeight: 600 }}
            >
              {bandWord(zone.band)}
            </Text>
          )}
        </Fragment>
      ))}
    </>
  );
}

/** A small legend: colour swatch and name per series. */
export function Legend({ items }: { items: { name: string; color: string; dashed?: boolean }[] }) {
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 }}>
      {items.map((item) => (
        <View
          key={item.name}
          style={{ flexDirection: 'row', alignItems: 'center', marginRight: 12 }}
        >
          <Svg width={14} height={6}>
            <Line
              x1={0}
              x2={14}
              y1={3}
              y2={3}
              stroke={item.color}
              strokeWidth={1.6}
              strokeDasharray={item.dashed ? '3 2' : undefined}
            />
          </Svg>
          <Text style={{ fontSize: 7.5, color: COLORS.muted, marginLeft: 4 }}>{item.name}</Text>
        </View>
      ))}
    </View>
  );
}

export interface StackedBar {
  label: string;
  parts: { value: number; color: string }[];
}

/** Stacked columns (one per month), with a label under every few columns. */
export function StackedBarChart({
  width,
  height,
  bars,
}: {
  width: number;
  height: number;
  bars: StackedBar[];
}) {
  const margin = { top: 6, right: 6, bottom: 16, left: 28 };
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((sum, p) => sum + p.value, 0)));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([height - margin.bottom, margin.top]);
  const slot = (width - margin.left - margin.right) / Math.max(1, bars.length);
  const labelEvery = Math.max(1, Math.ceil(bars.length / 8));
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {y.ticks(4).map((tick) => (
        <Fragment key={tick}>
          <Line
            x1={margin.left}
            x2={width - margin.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke={COLORS.rule}
            strokeWidth={0.5}
          />
          <Text x={margin.left - 4} y={y(tick) + 2} textAnchor="end" style={AXIS_TEXT}>
            {String(tick)}
          </Text>
        </Fragment>
      ))}
      {bars.map((bar, i) => {
        let base = 0;
        const x0 = margin.left + i * slot + slot * 0.15;
        return (
          <Fragment key={bar.label + i}>
            {bar.parts.map((part, j) => {
              const top = base + part.value;
              const rect = (
                <Rect
                  key={j}
                  x={x0}
                  y={y(top)}
                  width={slot * 0.7}
                  height={Math.max(0, y(base) - y(top))}
                  fill={part.color}
                />
              );
              base = top;
              return rect;
            })}
            {i % labelEvery === 0 ? (
              <Text x={x0 + slot * 0.35} y={height - 4} textAnchor="middle" style={AXIS_TEXT}>
                {bar.label}
              </Text>
            ) : null}
          </Fragment>
        );
      })}
    </Svg>
  );
}

function fittedDomain(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** About `count` evenly spaced dates from `from` to `to`, both ends included. */
function dateTicks(from: IsoDate, to: IsoDate, count: number): IsoDate[] {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b <= a) return [from];
  const ticks: IsoDate[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = Math.round(a + ((b - a) * i) / (count - 1));
    ticks.push(fromDayNumber(day));
  }
  return ticks;
}
