import type { ReactElement } from 'react';
import type { DotItemDotProps } from 'recharts';
import type { MonthPoint } from './trade-series';

/**
 * Confirmed months get a small filled dot; derived or approximate months a larger hollow diamond, so an estimate
 * never looks like a reported figure. Months without a figure draw nothing (the line breaks there).
 */
export function TradeDot(props: DotItemDotProps): ReactElement {
  const { cx, cy, stroke, value, index } = props;
  const point = props.payload as MonthPoint | undefined;
  const key = `dot-${String(props.dataKey)}-${index}`;
  if (value === null || value === undefined || typeof cx !== 'number' || typeof cy !== 'number') return <g key={key} />;
  if (point?.flagged) return <DerivedMark key={key} cx={cx} cy={cy} stroke={stroke ?? 'currentColor'} />;
  return <circle key={key} cx={cx} cy={cy} r={3.5} fill={stroke ?? 'currentColor'} stroke="none" />;
}

export function DerivedMark({ cx, cy, stroke }: { cx: number; cy: number; stroke: string }): ReactElement {
  const r = 5;
  return (
    <polygon
      className="payments__derived-mark"
      points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`}
      stroke={stroke}
      strokeWidth={1.8}
    />
  );
}
