import type { ReactElement } from 'react';

/** A derived or approximate month: a hollow diamond, on the line and in the legend. */
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
