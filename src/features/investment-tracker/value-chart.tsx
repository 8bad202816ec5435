import { useCallback } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '@/components/chart-box/chart-box';
import { OKABE_ITO } from '@/lib/colors';
import { formatNumber } from '@/lib/format';
import { usdBarLabel, type ValueGroup } from './value-selectors';
import { LABEL_WIDTH, rowHeightFor } from './wrap-label';
import { WrappedTick } from './wrapped-tick';

interface ValueChartProps {
  /** "sector" or "deal type": the chart's accessible name. */
  noun: string;
  bars: readonly ValueGroup[];
}

const TICK = { fill: 'currentColor', fontSize: 12 };

/**
 * US$ value per group as horizontal bars: the low end solid, the range up to the high end lighter, so a range is
 * drawn as a range. The value is written under each label (never on the bar, where it could overprint); the data
 * table beside the chart has every figure.
 */
export function ValueChart({ noun, bars }: ValueChartProps) {
  // Only the sum under each label: it fits the label column (how many projects it covers is in the data table).
  const note = useCallback((i: number) => (bars[i] ? usdBarLabel(bars[i]) : ''), [bars]);
  const tick = useCallback((props: object) => <WrappedTick {...props} note={note} />, [note]);
  const height =
    bars.length *
      rowHeightFor(
        bars.map((b) => b.label),
        1,
      ) +
    44;
  return (
    <div role="img" aria-label={`US$ value by ${noun}: ${bars.map((b) => `${b.label} ${usdBarLabel(b)}`).join('; ')}`}>
      <ChartBox height={height}>
        <BarChart
          data={bars as ValueGroup[]}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 16, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            tick={TICK}
            tickFormatter={(v: number) => formatNumber(v, 1)}
            label={{ value: 'US$ bn', position: 'insideBottomRight', offset: -12, fill: 'currentColor', fontSize: 12 }}
          />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={tick} interval={0} />
          <Tooltip
            cursor={{ fillOpacity: 0.15 }}
            formatter={(value, name) => [`US$${formatNumber(Number(value), 2)} bn`, name]}
          />
          <Bar
            dataKey="usdLow"
            stackId="usd"
            name="US$ value (low end)"
            fill={OKABE_ITO.blue}
            isAnimationActive={false}
          />
          <Bar
            dataKey="usdSpan"
            stackId="usd"
            name="Range up to the high end"
            fill={OKABE_ITO.skyBlue}
            isAnimationActive={false}
          />
        </BarChart>
      </ChartBox>
    </div>
  );
}
