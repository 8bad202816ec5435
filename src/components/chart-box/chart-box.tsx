import { useRef, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useNearViewport } from '@/lib/use-near-viewport';

interface ChartBoxProps {
  /** The chart's height in px: the box holds it before the chart is drawn, so nothing moves when it is. */
  height: number;
  /** One recharts chart (BarChart, ComposedChart …), sized to the box's width. */
  children: ReactElement;
}

/**
 * A recharts chart, full width, drawn once its box is near the screen (and for printing and exports, see
 * use-near-viewport.ts). Long panels hold several charts; drawing only the ones on screen keeps the first load and
 * each filter change short. Until then the box is empty at the chart's height; the chart's text summary and data
 * table do not wait for it.
 */
export function ChartBox({ height, children }: ChartBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return (
    <div ref={ref} className="chart-box" style={{ height }} data-draw-pending={near ? undefined : ''}>
      {near && (
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}
