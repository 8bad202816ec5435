import { useCallback, useMemo, useRef } from 'react';
import { Bar, Tooltip, type BarShapeProps } from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import type { ChartId } from '@/domain/chart-ids';
import { BarButton } from './bar-button';
import { HorizontalBars } from './horizontal-bars';
import type { BarDatum } from './breakdown-selectors';
import { countRows, countTitle } from './investment-chart-rows';
import { LABEL_WIDTH, rowHeightFor, WIDE_LABELS, wideLabelColumn } from './wrap-label';
import { WrappedTick } from './wrapped-tick';

interface BreakdownChartProps {
  /** "sector" or "region": part of each bar's accessible name. */
  noun: string;
  bars: readonly BarDatum[];
  onToggle: (id: string) => void;
}

/** Counts of projects: whole numbers only. */
const INTEGER_TICKS = { allowDecimals: false };
const CHART_IDS: Record<string, ChartId> = {
  sector: 'investment-sectors',
  'deal type': 'investment-deal-types',
  region: 'investment-regions',
};
const labelsOf = (bars: readonly BarDatum[]) => bars.map((b) => b.label);

/** One row per category, as tall as its wrapped label; one-line labels on a wide frame (see WIDE_LABELS). */
const breakdownHeight = (bars: readonly BarDatum[], width: number) =>
  Math.max(
    120,
    bars.length * (width >= WIDE_LABELS ? wideLabelColumn(labelsOf(bars), width).row : rowHeightFor(labelsOf(bars))) +
      40,
  );

interface BarsProps {
  bars: readonly BarDatum[];
  shape: (props: BarShapeProps) => React.ReactElement;
  width?: number;
  height?: number;
}

/** The bars at the size the chart box (or an export's frame) gives. */
function BreakdownBars({ bars, shape, width = 600, height = 300 }: BarsProps) {
  const wide = width >= WIDE_LABELS ? wideLabelColumn(labelsOf(bars), width) : null;
  const maxChars = wide?.maxChars;
  const tick = useCallback((props: object) => <WrappedTick {...props} maxChars={maxChars} />, [maxChars]);
  return (
    <HorizontalBars
      width={width}
      height={height}
      data={bars}
      labelWidth={wide?.width ?? LABEL_WIDTH}
      tick={tick}
      valueAxis={INTEGER_TICKS}
    >
      <Tooltip cursor={{ fillOpacity: 0.15 }} />
      <Bar dataKey="count" name="Projects" isAnimationActive={false} shape={shape} />
    </HorizontalBars>
  );
}

/**
 * Projects per category as horizontal bars. Each bar is a toggle button for the shared filter (click, or Tab to it
 * and press Enter/Space); its data table is beside the chart.
 */
export function BreakdownChart({ noun, bars, onToggle }: BreakdownChartProps) {
  const focusIdRef = useRef<string | null>(null);
  const shape = useCallback(
    (props: BarShapeProps) => <BarButton bar={props} noun={noun} onToggle={onToggle} focusIdRef={focusIdRef} />,
    [noun, onToggle],
  );
  const height = useCallback((width: number) => breakdownHeight(bars, width), [bars]);
  const rows = useMemo(() => countRows(bars), [bars]);
  const title = useMemo(() => countTitle(noun, bars), [noun, bars]);

  return (
    <div role="group" aria-label={`Projects by ${noun}: select bars to filter`}>
      <ChartFigure
        chartId={CHART_IDS[noun] ?? 'investment-sectors'}
        dataFile="projects"
        title={title}
        units={`Projects by ${noun} (number)`}
        filters="all"
        kind="svg"
        height={height}
        rows={rows}
      >
        <BreakdownBars bars={bars} shape={shape} />
      </ChartFigure>
    </div>
  );
}
