/** Category labels of the horizontal bar charts, wrapped onto lines instead of cut off at the label column's edge. */

import { LINE_HEIGHT, wrapLabel } from './wrap-label';

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: unknown };
}

/**
 * A y-axis tick: the label on as many lines as it needs, right-aligned to the bars, vertically centred on its bar;
 * `note(index)` adds a bold line under it (the chart's direct value label); `maxChars` widens the lines (a slide).
 */
export function WrappedTick({
  x = 0,
  y = 0,
  index = 0,
  payload,
  note,
  maxChars,
}: TickProps & { note?: (i: number) => string; maxChars?: number }) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars);
  const extra = note?.(index);
  const total = lines.length + (extra ? 1 : 0);
  const first = -((total - 1) * LINE_HEIGHT) / 2;
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      textAnchor="end"
      fill="currentColor"
      fontSize={12}
      dominantBaseline="middle"
      // A label, not a target: a click on it reaches the bar row (a filter button) it belongs to.
      pointerEvents="none"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? first : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
      {extra && (
        <tspan x={Number(x)} dy={LINE_HEIGHT} fontWeight={700}>
          {extra}
        </tspan>
      )}
    </text>
  );
}
