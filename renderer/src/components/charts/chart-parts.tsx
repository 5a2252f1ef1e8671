// Recharts pieces every chart shares: band zones behind health, themed axes, grid and tooltip.
// They are functions returning elements (not components) so recharts sees its own children.
import type { CSSProperties } from 'react';
import { CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { Band } from '../../../../core/domain/health';
import type { Settings } from '../../../../core/domain/types';
import { bandWord } from '../../../../core/report/format';
import { BAND_ZONE_OPACITY, type ChartTheme } from './chart-theme';

/** The score ranges of the bands under the settings' thresholds, lowest first. */
export function bandRanges(settings: Settings): { band: Band; from: number; to: number }[] {
  return [
    { band: 'at-risk', from: 0, to: settings.bands.watch },
    { band: 'watch', from: settings.bands.watch, to: settings.bands.healthy },
    { band: 'healthy', from: settings.bands.healthy, to: 100 },
  ];
}

/** Translucent zones for the three bands on a 0–100 y axis, each labelled with its word. */
export function bandZones(settings: Settings, theme: ChartTheme) {
  return bandRanges(settings).map(({ band, from, to }) => (
    <ReferenceArea
      key={band}
      y1={from}
      y2={to}
      fill={theme.bandFill[band]}
      fillOpacity={BAND_ZONE_OPACITY}
      stroke="none"
      ifOverflow="hidden"
      label={{
        value: bandWord(band),
        position: 'insideTopRight',
        fill: theme.axis,
        fontSize: 11,
      }}
    />
  ));
}

/** A light horizontal grid. */
export function chartGrid(theme: ChartTheme) {
  return <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" vertical={false} />;
}

const TICK_FONT = 12;

/** The x axis with a caption under it, e.g. "Date" or "Month". */
export function xAxis(theme: ChartTheme, label: string, props: { dataKey?: string } = {}) {
  return (
    <XAxis
      dataKey={props.dataKey ?? 'label'}
      stroke={theme.axis}
      tick={{ fill: theme.axis, fontSize: TICK_FONT }}
      tickMargin={6}
      minTickGap={24}
      height={44}
      label={{ value: label, position: 'insideBottom', offset: 0, fill: theme.axis, fontSize: 12 }}
    />
  );
}

/** The y axis with a rotated caption that names the unit, e.g. "Score (0–100)". */
export function yAxis(
  theme: ChartTheme,
  label: string,
  props: {
    domain?: [number | string, number | string];
    ticks?: number[];
    unit?: string;
    /** False for counts. */
    allowDecimals?: boolean;
  } = {},
) {
  return (
    <YAxis
      stroke={theme.axis}
      tick={{ fill: theme.axis, fontSize: TICK_FONT }}
      domain={props.domain}
      ticks={props.ticks}
      unit={props.unit}
      allowDecimals={props.allowDecimals}
      width={64}
      label={{
        value: label,
        angle: -90,
        position: 'insideLeft',
        offset: 10,
        fill: theme.axis,
        fontSize: 12,
        style: { textAnchor: 'middle' },
      }}
    />
  );
}

/** A tooltip in the theme's surface colours; `format` renders each value. */
export function chartTooltip(
  theme: ChartTheme,
  format: (value: number) => string = (value) => String(Math.round(value)),
) {
  const contentStyle: CSSProperties = {
    background: theme.tooltipBackground,
    border: `1px solid ${theme.tooltipBorder}`,
    borderRadius: 6,
    color: theme.text,
    fontSize: 13,
  };
  return (
    <Tooltip
      contentStyle={contentStyle}
      labelStyle={{ color: theme.text, fontWeight: 600 }}
      itemStyle={{ color: theme.text }}
      formatter={(value) => (typeof value === 'number' ? format(value) : String(value ?? '\u2013'))}
    />
  );
}

/** Legend text in the theme's text colour. */
export const legendStyle = (theme: ChartTheme): CSSProperties => ({
  color: theme.text,
  fontSize: 13,
  paddingTop: 4,
});
