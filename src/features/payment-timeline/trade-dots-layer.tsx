import { useMemo, type ReactElement } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { DerivedMark } from './derived-mark';
import { SERIES, type SeriesKey } from './series-styles';
import { tradeDotMarks } from './trade-dot-marks';
import type { MonthPoint } from './trade-series';

interface Props {
  axis: readonly MonthPoint[];
  window: { start: number; end: number };
  series: readonly SeriesKey[];
}

/**
 * The few marks on the trade lines (see tradeDotMarks), drawn as one layer of the chart instead of a `dot` renderer
 * on each Line: recharts renders a dot component for every point of every line, even where it draws nothing, and
 * those were most of the trade chart's renders on a filter change (issue 22). Rendered as a child of the chart.
 */
export function TradeDotsLayer({ axis, window, series }: Props): ReactElement | null {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const marks = useMemo(() => tradeDotMarks(axis, window, series), [axis, window, series]);
  if (!x || !y) return null;
  return (
    // In the layer recharts draws a Line's own dots in: above the lines, so a line never crosses a hollow diamond.
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="payments__dots" aria-hidden="true">
        {marks.map((m) => {
          const cx = x(m.month, { position: 'middle' });
          const cy = y(m.value);
          if (cx === undefined || cy === undefined) return null;
          const key = `${m.series}-${m.month}`;
          const color = SERIES[m.series].color;
          return m.flagged ? (
            <DerivedMark key={key} cx={cx} cy={cy} stroke={color} />
          ) : (
            <circle key={key} cx={cx} cy={cy} r={3.5} fill={color} stroke="none" />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
