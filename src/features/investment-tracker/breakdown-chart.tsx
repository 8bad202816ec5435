import { useCallback, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { ChartBox } from '@/components/chart-box/chart-box';
import { BarButton } from './bar-button';
import type { BarDatum } from './breakdown-selectors';
import { LABEL_WIDTH, rowHeightFor } from './wrap-label';
import { WrappedTick } from './wrapped-tick';

interface BreakdownChartProps {
  /** "sector" or "region": part of each bar's accessible name. */
  noun: string;
  bars: readonly BarDatum[];
  onToggle: (id: string) => void;
}

const TICK = { fill: 'currentColor', fontSize: 12 };
const wrappedTick = (props: object) => <WrappedTick {...props} />;

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
  const height = Math.max(120, bars.length * rowHeightFor(bars.map((b) => b.label)) + 40);

  return (
    <div role="group" aria-label={`Projects by ${noun}: select bars to filter`}>
      <ChartBox height={height}>
        <BarChart
          data={bars as BarDatum[]}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={wrappedTick} interval={0} />
          <Tooltip cursor={{ fillOpacity: 0.15 }} />
          <Bar dataKey="count" name="Projects" isAnimationActive={false} shape={shape} />
        </BarChart>
      </ChartBox>
    </div>
  );
}
