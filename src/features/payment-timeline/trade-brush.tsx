import { memo, type ReactElement } from 'react';
import { Brush, Line, LineChart } from 'recharts';
import { useChartRender } from '@/components/chart-box/chart-render-context';
import { OKABE_ITO } from '@/lib/colors';
import type { MonthPoint } from './trade-series';

/** The brush's height; the chart keeps it out of its plot only when the brush is drawn. */
export const BRUSH_HEIGHT = 44;

interface Props {
  window: { start: number; end: number };
  tickFormatter: (month: string) => string;
  onChange: (range: { startIndex?: number; endIndex?: number }) => void;
  onDragEnd: (range: { startIndex?: number; endIndex?: number }) => void;
}

/**
 * The range brush under the plot, on screen only: a published chart (an export, a slide) carries no UI control and
 * keeps no room for one (the exports once had a blank band where the brush was hidden). A child of the recharts chart.
 */
export function TradeBrush({ window, tickFormatter, onChange, onDragEnd }: Props): ReactElement {
  // The brush is what shows the window of the whole axis: published, it is kept at height 0, which draws nothing and
  // reserves nothing but still applies the window.
  if (useChartRender() === 'export')
    return <Brush dataKey="month" height={0} startIndex={window.start} endIndex={window.end} />;
  return (
    <Brush
      dataKey="month"
      height={BRUSH_HEIGHT}
      startIndex={window.start}
      endIndex={window.end}
      tickFormatter={tickFormatter}
      stroke={OKABE_ITO.grey}
      fill="transparent"
      travellerWidth={10}
      onChange={onChange}
      onDragEnd={onDragEnd}
    >
      <BrushOverview />
    </Brush>
  );
}

interface OverviewProps {
  /** Given by the brush: the chart's whole series, and the brush's box. */
  data?: MonthPoint[];
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  margin?: object;
  compact?: boolean;
}

/**
 * The small overview line in the brush. The whole axis, whatever the window: memoised by the series and the box, so a
 * filter change that leaves the monthly series alone (the window moves, another panel's filter) does not draw it again.
 */
const BrushOverview = memo(
  function BrushOverview(props: OverviewProps): ReactElement {
    return (
      <LineChart {...props}>
        <Line dataKey="total" stroke={OKABE_ITO.grey} dot={false} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    );
  },
  (a, b) => a.data === b.data && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height,
);
