import type { ReactElement } from 'react';
import { formatNumber } from '@/lib/format';
import type { CombinedPeriod } from './combined-periods';

/** What recharts passes to a ReferenceArea label: the area's box in pixels. */
export interface AreaBox {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
}

const FONT = 11;
/** About how wide a character of the 11-px label is; a label that would not fit across its span is set upright. */
const CHAR_PX = 6.6;

/**
 * The period's name and total at the top of its span, as much of it as fits ("Jan–Feb" / "37", or "37" alone). A span
 * too narrow for the total across it (two months on a slide or a phone) gets it upright, reading upwards from the top
 * of the plot: its months have no other figure, so leaving it out would leave them blank. Upright, the 11-px figure
 * needs about 8 px across (its digits' height): in a span a little narrower it overhangs the span's dashed edge.
 */
export function PeriodLabel({ viewBox, period }: AreaBox & { period: CombinedPeriod }): ReactElement | null {
  const { x, y, width } = viewBox ?? {};
  if (typeof x !== 'number' || typeof y !== 'number' || typeof width !== 'number') return null;
  const value = formatNumber(period.total, 1);
  const name = period.label.replace(/ \d{4}$/, '');
  const fits = (text: string) => text.length * CHAR_PX + 6 <= width;
  const cx = x + width / 2;
  if (!fits(value))
    return width >= FONT - 3 ? (
      <text
        x={cx}
        y={y + 4}
        transform={`rotate(-90 ${cx} ${y + 4})`}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={FONT}
        fontWeight={700}
        fill="currentColor"
        className="payments__period-label"
      >
        {value}
      </text>
    ) : null;
  return (
    <text
      x={cx}
      y={y + FONT + 4}
      textAnchor="middle"
      fontSize={FONT}
      fill="currentColor"
      className="payments__period-label"
    >
      {fits(name) && (
        <tspan x={cx} dy={0}>
          {name}
        </tspan>
      )}
      <tspan x={cx} dy={fits(name) ? FONT + 2 : 0} fontWeight={700}>
        {value}
      </tspan>
    </text>
  );
}
