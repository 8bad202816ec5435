import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { Brush, CartesianGrid, ComposedChart, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { useChartRender } from '@/components/chart-box/chart-render-context';
import { OKABE_ITO } from '@/lib/colors';
import { formatPartialDate } from '@/lib/months';
import type { Annotation } from '@/domain/annotations';
import { annotationLines } from './event-lines';
import { EventMarkerLayer } from './event-marker-layer';
import { tradeRows, tradeTitle } from './trade-chart-rows';
import type { PlacedEvent } from './payment-events';
import type { CombinedPeriod } from './combined-periods';
import { PeriodAreaLayer } from './period-areas';
import { markerBand, SERIES } from './series-styles';
import { TradeDot } from './trade-dot';
import type { MonthPoint } from './trade-series';
import { TradeTooltip } from './trade-tooltip';

/** Keyboard moves of the brush handles arrive one step at a time: wait for a pause before changing the window. */
const BRUSH_SETTLE_MS = 350;

interface Props {
  axis: MonthPoint[];
  window: { start: number; end: number };
  /** Months known only together: one marked span each, with its total. */
  combined: readonly CombinedPeriod[];
  placed: readonly PlacedEvent[];
  annotations: readonly Annotation[];
  hasExports: boolean;
  hasImports: boolean;
  selectedEventId: string | null;
  onEventSelect: (id: string) => void;
  onBrushChange: (start: number, end: number) => void;
}

const tickLabel = (month: string): string => formatPartialDate(month);
const TICK = { fill: 'currentColor', fontSize: 12 };

/**
 * Monthly trade lines (gaps where months are missing), months known only together as marked spans with their total,
 * payment events on the same axis, and a brush for the window.
 */
export function TradeChart(props: Props): ReactElement {
  const {
    axis,
    window,
    combined,
    placed,
    annotations,
    hasExports,
    hasImports,
    selectedEventId,
    onEventSelect,
    onBrushChange,
  } = props;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A published chart carries no UI control: exports draw it without the range brush.
  const exporting = useChartRender() === 'export';
  // Room for the deepest same-month stack plus two rows, where neighbouring months' markers move up.
  const markerRows = Math.min(8, Math.max(0, ...placed.map((p) => p.stack + 1)) + 2);
  const margin = useMemo(() => ({ top: 8 + markerBand(markerRows - 1), right: 16, bottom: 8, left: 8 }), [markerRows]);
  const csv = useMemo(() => tradeRows(axis, window), [axis, window]);
  const title = useMemo(() => tradeTitle(axis, window), [axis, window]);
  useEffect(() => () => clearPending(timer), []);

  const settle = (range: { startIndex?: number; endIndex?: number }) => {
    clearPending(timer);
    timer.current = setTimeout(
      () => onBrushChange(range.startIndex ?? window.start, range.endIndex ?? window.end),
      BRUSH_SETTLE_MS,
    );
  };
  const commit = (range: { startIndex?: number; endIndex?: number }) => {
    clearPending(timer);
    onBrushChange(range.startIndex ?? window.start, range.endIndex ?? window.end);
  };

  return (
    <div className="payments__chart">
      <ChartFigure
        chartId="payments-trade"
        title={title}
        units="US$ billion a month · gaps: no figure for that month · shaded spans: months known only together"
        filters="window"
        height={360}
        rows={csv}
      >
        <ComposedChart data={axis} margin={margin} title="China–Russia trade by month, with payment events">
          <CartesianGrid stroke={OKABE_ITO.grey} strokeOpacity={0.25} vertical={false} />
          <XAxis dataKey="month" tickFormatter={tickLabel} tick={TICK} minTickGap={24} />
          <YAxis width={40} tick={TICK} />
          <Tooltip content={<TradeTooltip />} />
          <PeriodAreaLayer periods={combined} />
          {annotationLines(annotations, new Map())}
          {(['total', 'exports', 'imports'] as const)
            .filter((key) => key === 'total' || (key === 'exports' ? hasExports : hasImports))
            .map((key) => (
              <Line
                key={key}
                dataKey={key}
                name={SERIES[key].label}
                stroke={SERIES[key].color}
                strokeWidth={SERIES[key].width}
                strokeDasharray={SERIES[key].dash}
                connectNulls={false}
                dot={TradeDot}
                activeDot={false}
                isAnimationActive={false}
              />
            ))}
          <EventMarkerLayer placed={placed} rows={markerRows} selectedId={selectedEventId} onSelect={onEventSelect} />
          {!exporting && (
            <Brush
              dataKey="month"
              height={44}
              startIndex={window.start}
              endIndex={window.end}
              tickFormatter={tickLabel}
              stroke={OKABE_ITO.grey}
              fill="transparent"
              travellerWidth={10}
              onChange={settle}
              onDragEnd={commit}
            >
              <LineChart data={axis}>
                <Line
                  dataKey="total"
                  stroke={OKABE_ITO.grey}
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              </LineChart>
            </Brush>
          )}
        </ComposedChart>
      </ChartFigure>
    </div>
  );
}

function clearPending(timer: { current: ReturnType<typeof setTimeout> | null }): void {
  if (timer.current !== null) clearTimeout(timer.current);
  timer.current = null;
}
