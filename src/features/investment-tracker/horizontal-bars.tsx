import type { ComponentProps, ReactNode } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';

const TICK = { fill: 'currentColor', fontSize: 12 };

interface HorizontalBarsProps {
  width: number;
  height: number;
  /** One row per bar, its category in `label`. */
  data: readonly object[];
  /** The category column's width (wrap-label.ts). */
  labelWidth: number;
  /** The category tick (WrappedTick with the chart's options). */
  tick: ComponentProps<typeof YAxis>['tick'];
  /** What the value axis adds (integer ticks, a number format). */
  valueAxis?: Omit<ComponentProps<typeof XAxis>, 'type' | 'ref'>;
  /** The bars, the tooltip and any second axis. */
  children: ReactNode;
}

/**
 * The investment tracker's horizontal bar charts (projects by category, US$ value by category) share one frame: the
 * categories down the left with wrapped labels, a dashed vertical grid, the values along the bottom. A change to how
 * the categories or the grid look is made once here.
 */
export function HorizontalBars({ width, height, data, labelWidth, tick, valueAxis, children }: HorizontalBarsProps) {
  return (
    <BarChart
      width={width}
      height={height}
      data={data as object[]}
      layout="vertical"
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" tick={TICK} minTickGap={12} {...valueAxis} />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} interval={0} />
      {children}
    </BarChart>
  );
}
