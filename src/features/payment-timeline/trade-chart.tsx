import { useEffect, useMemo, useRef, type ReactElement, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { eventBandHeight } from '@/components/chart-box/event-band';
import { EventLabelLayer } from '@/components/chart-box/event-label-layer';
import { OKABE_ITO } from '@/lib/colors';
import { formatPartialDate } from '@/lib/months';
import type { Annotation } from '@/domain/annotations';
import { EventMarkerLayer } from './event-marker-layer';
import { keyEventMarks } from './key-event-marks';
import { tradeRows, tradeTitle } from './trade-chart-rows';
import type { PlacedEvent } from './payment-events';
import type { CombinedPeriod } from './combined-periods';
import { PeriodAreaLayer } from './period-areas';
import { markerBand, SERIES, type SeriesKey } from './series-styles';
import { TradeBrush } from './trade-brush';
import { TradeDotsLayer } from './trade-dots-layer';
import type { MonthPoint } from './trade-series';
import { TradeTooltip } from './trade-tooltip';

/** Keyboard moves of the brush handles arrive one step at a time: wait for a pause before changing the window. */
const BRUSH_SETTLE_MS = 350;
/**
 * The marker stack's cap: more events than rows fold into a "+N" marker, so the markers never take more than a sixth
 * of the chart (five rows once took half of it at 1920 px, a third of a slide).
 */
const MAX_MARKER_ROWS = 3;
/** Rows of key-event labels between the markers and the plot; a label that fits neither folds to its number. */
const LABEL_ROWS = 2;
/** Tall enough that the plot is most of the chart on screen, with the markers, the labels and the brush drawn. */
const HEIGHT = 390;
/**
 * A slide draws the chart without its brush, at the plot's size down to SLIDE_LEAST (the marker and label bands keep
 * their height, the plot gives way), not at HEIGHT and shrunk, which set its marker letters under a slide's 9 px. It
 * was HEIGHT less the brush until the chart's key came into the exported image (it takes two or three rows of a slide).
 */
const SLIDE_LEAST = 260;
const chartHeight = (_width: number, room?: number): number =>
  room === undefined ? HEIGHT : Math.max(SLIDE_LEAST, Math.min(HEIGHT, room));

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
  /** The lines' and markers' key, shown under the chart's title (ChartFigure's legend). */
  legend?: ReactNode;
}

const tickLabel = (month: string): string => formatPartialDate(month);
const TICK = { fill: 'currentColor', fontSize: 12 };

/**
 * Monthly trade lines (gaps where months are missing), months known only together as marked spans with their total,
 * payment events as a capped stack of markers above the plot, the shared key events as numbered direct labels (their
 * text in the notes under the chart), and a brush for the window (on screen only).
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
  // Room for the deepest same-month stack plus a row where neighbouring months' markers move up, up to the cap.
  const markerRows = Math.min(MAX_MARKER_ROWS, Math.max(0, ...placed.map((p) => p.stack + 1)) + 1);
  const keyEvents = useMemo(() => keyEventMarks(annotations), [annotations]);
  const labelBand = annotations.length > 0 ? eventBandHeight(LABEL_ROWS) : 0;
  const margin = useMemo(
    () => ({ top: 8 + markerBand(markerRows - 1) + labelBand, right: 16, bottom: 8, left: 8 }),
    [markerRows, labelBand],
  );
  const series = useMemo(
    (): SeriesKey[] =>
      (['total', 'exports', 'imports'] as const).filter((key) =>
        key === 'total' ? true : key === 'exports' ? hasExports : hasImports,
      ),
    [hasExports, hasImports],
  );
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
        dataFile="trade-monthly"
        title={title}
        units="US$ billion a month · gaps: no figure for that month · shaded spans: months known only together"
        filters="window"
        height={chartHeight}
        rows={csv}
        notes={keyEvents.notes}
        notesLabel="Key events numbered on the chart"
        legend={props.legend}
      >
        <ComposedChart data={axis} margin={margin} title="China–Russia trade by month, with payment events">
          <CartesianGrid stroke={OKABE_ITO.grey} strokeOpacity={0.25} vertical={false} />
          <XAxis dataKey="month" tickFormatter={tickLabel} tick={TICK} minTickGap={24} />
          <YAxis width={40} tick={TICK} />
          <Tooltip content={<TradeTooltip />} />
          <PeriodAreaLayer periods={combined} />
          {series.map((key) => (
            <Line
              key={key}
              dataKey={key}
              name={SERIES[key].label}
              stroke={SERIES[key].color}
              strokeWidth={SERIES[key].width}
              strokeDasharray={SERIES[key].dash}
              connectNulls={false}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
          <TradeDotsLayer axis={axis} window={window} series={series} />
          <EventLabelLayer events={keyEvents.marks} rows={LABEL_ROWS} color={OKABE_ITO.grey} />
          <EventMarkerLayer
            placed={placed}
            rows={markerRows}
            labelBand={labelBand}
            selectedId={selectedEventId}
            onSelect={onEventSelect}
          />
          <TradeBrush window={window} tickFormatter={tickLabel} onChange={settle} onDragEnd={commit} />
        </ComposedChart>
      </ChartFigure>
    </div>
  );
}

function clearPending(timer: { current: ReturnType<typeof setTimeout> | null }): void {
  if (timer.current !== null) clearTimeout(timer.current);
  timer.current = null;
}
