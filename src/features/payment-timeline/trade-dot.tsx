import type { ReactNode } from 'react';
import type { DotItemDotProps } from 'recharts';
import { DerivedMark } from './derived-mark';
import type { MonthPoint } from './trade-series';

type SeriesKey = 'total' | 'exports' | 'imports';

/**
 * The dots of a trade line, for the months in `axis` (the chart's data). Derived or approximate months get a hollow
 * diamond, so an estimate never looks like a reported figure; a reported month gets a small dot only where the line
 * cannot show it (no reported neighbour in the window on either side: a line needs two points). Elsewhere the line alone carries
 * the month: a dot per month was most of the chart's nodes and of its redraw. Months without a figure draw nothing.
 */
export function tradeDot(
  axis: readonly MonthPoint[],
  window: { start: number; end: number },
): (props: DotItemDotProps) => ReactNode {
  // The brush shows a slice of the data, and recharts numbers the dots within it: neighbours are found by the point.
  const position = new Map(axis.map((p, i) => [p, i]));
  return function TradeDot(props: DotItemDotProps): ReactNode {
    const { cx, cy, stroke, value, index } = props;
    const point = props.payload as MonthPoint | undefined;
    const key = `dot-${String(props.dataKey)}-${index}`;
    if (value === null || value === undefined || typeof cx !== 'number' || typeof cy !== 'number') return null;
    if (point?.flagged) return <DerivedMark key={key} cx={cx} cy={cy} stroke={stroke ?? 'currentColor'} />;
    const series = props.dataKey as SeriesKey;
    const reported = (i: number) => i >= window.start && i <= window.end && (axis[i]?.[series] ?? null) !== null;
    const at = point ? position.get(point) : undefined;
    if (at !== undefined && (reported(at - 1) || reported(at + 1))) return null;
    return <circle key={key} cx={cx} cy={cy} r={3.5} fill={stroke ?? 'currentColor'} stroke="none" />;
  };
}
