import { useCallback, useMemo } from 'react';
import { Bar, Tooltip, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import type { ChartId } from '@/domain/chart-ids';
import { OKABE_ITO } from '@/lib/colors';
import { formatNumber } from '@/lib/format';
import { estimateTextWidth } from '@/lib/label-placement';
import { usdBarLabel, type ValueGroup } from './value-selectors';
import { valueRows, valueTitle } from './investment-chart-rows';
import { LABEL_WIDTH, rowHeightFor, WIDE_LABELS, wideLabelColumn } from './wrap-label';
import { WrappedTick } from './wrapped-tick';
import { HorizontalBars } from './horizontal-bars';

interface ValueChartProps {
  /** "sector" or "deal type": the chart's accessible name. */
  noun: string;
  bars: readonly ValueGroup[];
}

/** US$ bn with one decimal at most. */
const VALUE_TICKS = { tickFormatter: (v: number) => formatNumber(v, 1) };
const CHART_IDS: Record<string, ChartId> = {
  sector: 'investment-value-sector',
  'deal type': 'investment-value-deal-type',
};

/** The hovered bar's value as its range ("US$12–14 bn"), never its stacked parts. */
function ValueTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const g = payload?.[0]?.payload as ValueGroup | undefined;
  if (!active || !g) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{g.label}</strong>
      </p>
      <p>
        {usdBarLabel(g)} ({g.usd.count} of {g.count} projects have a US$ value)
      </p>
    </div>
  );
}

/** The wide layout at a width: the label column, and the room the sums take after the bars. */
function wideLayout(bars: readonly ValueGroup[], width: number) {
  // The sums are bold: wider glyphs than estimateTextWidth's.
  const valueWidth = Math.max(...bars.map((b) => estimateTextWidth(usdBarLabel(b), 12) * 1.1)) + 12;
  return {
    ...wideLabelColumn(
      bars.map((b) => b.label),
      width,
    ),
    valueWidth,
  };
}

/** The chart's height at a width: one row per group, each as tall as its labels (and the sum under them, narrow). */
const valueHeight = (bars: readonly ValueGroup[], width: number) =>
  bars.length *
    (width >= WIDE_LABELS
      ? wideLayout(bars, width).row
      : rowHeightFor(
          bars.map((b) => b.label),
          1,
        )) +
  44;

/** The bars at the size the chart box (or an export's frame) gives. */
function ValueBars({
  bars,
  width = 600,
  height = 300,
}: {
  bars: readonly ValueGroup[];
  width?: number;
  height?: number;
}) {
  const wide = width >= WIDE_LABELS ? wideLayout(bars, width) : null;
  // Only the sum under each label: it fits the label column (how many projects it covers is in the data table).
  const note = useCallback((i: number) => (bars[i] ? usdBarLabel(bars[i]) : ''), [bars]);
  const tick = useCallback(
    (props: object) =>
      wide ? <WrappedTick {...props} maxChars={wide.maxChars} /> : <WrappedTick {...props} note={note} />,
    [note, wide],
  );
  // The sums in a column after the bars (a second category axis), so a bar too short for a label still has one.
  const sum = useCallback(
    ({ x = 0, y = 0, index = 0 }: { x?: number | string; y?: number | string; index?: number }) => (
      <text x={Number(x)} y={Number(y)} fill="currentColor" fontSize={12} fontWeight={700} dominantBaseline="middle">
        {bars[index] ? usdBarLabel(bars[index]) : ''}
      </text>
    ),
    [bars],
  );
  return (
    <HorizontalBars
      width={width}
      height={height}
      data={bars}
      labelWidth={wide?.width ?? LABEL_WIDTH}
      tick={tick}
      valueAxis={VALUE_TICKS}
    >
      {wide && (
        <YAxis
          yAxisId="sum"
          orientation="right"
          type="category"
          dataKey="label"
          width={wide.valueWidth}
          tick={sum}
          tickLine={false}
          axisLine={false}
          interval={0}
        />
      )}
      <Tooltip cursor={{ fillOpacity: 0.15 }} content={ValueTooltip} />
      <Bar dataKey="usdLow" stackId="usd" name="US$ value (low end)" fill={OKABE_ITO.blue} isAnimationActive={false} />
      <Bar
        dataKey="usdSpan"
        stackId="usd"
        name="Range up to the high end"
        fill={OKABE_ITO.skyBlue}
        isAnimationActive={false}
      />
    </HorizontalBars>
  );
}

/**
 * US$ value per group as horizontal bars: the low end solid, the range up to the high end lighter, so a range is
 * drawn as a range. The value is written under each label, or after the bar on a wide frame (never on the bar, where
 * it could overprint); the data table beside the chart has every figure.
 */
export function ValueChart({ noun, bars }: ValueChartProps) {
  const height = useCallback((width: number) => valueHeight(bars, width), [bars]);
  const rows = useMemo(() => valueRows(bars), [bars]);
  const title = useMemo(() => valueTitle(noun, bars), [noun, bars]);
  return (
    <div
      role="group"
      aria-label={`US$ value by ${noun}: ${bars.map((b) => `${b.label} ${usdBarLabel(b)}`).join('; ')}`}
    >
      <ChartFigure
        chartId={CHART_IDS[noun] ?? 'investment-value-sector'}
        dataFile="projects"
        title={title}
        units="US$ billion · solid: low end · light: range up to the high end"
        filters="all"
        kind="svg"
        height={height}
        rows={rows}
      >
        <ValueBars bars={bars} />
      </ChartFigure>
    </div>
  );
}
