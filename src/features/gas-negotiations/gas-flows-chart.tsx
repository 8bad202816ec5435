import { useId, useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { eventBandHeight } from '@/components/chart-box/event-band';
import { EventLabelLayer, type EventMark } from '@/components/chart-box/event-label-layer';
import { OKABE_ITO } from '@/lib/colors';
import { ChartPatterns } from './chart-patterns';
import { dotsId, EUROPE_COLOR, hatchId, ROUTE_COLORS } from './chart-styles';
import { gasFlowRows, gasFlowsTitle } from './flow-chart-rows';
import { flowValueText, SERIES_LABELS, type FlowRow } from './flow-selectors';
import type { AxisAnnotation } from './flow-table';

const POS1 = ROUTE_COLORS['power-of-siberia-1'] ?? OKABE_ITO.blue;
const AXIS_TICK = { fill: 'currentColor', fontSize: 12 };
const HEIGHT = 320;
const EVENT_ROWS = 2;

/** The hovered year's figures as the sources give them: "175–180 bcm", "≈155 bcm", or "no figure". */
function FlowTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as FlowRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{row.key}</strong>
      </p>
      {(
        [
          ['pos1-to-china', row.pos1Flow],
          ['russia-to-europe', row.europeFlow],
        ] as const
      ).map(([series, f]) => (
        <p key={series}>
          {SERIES_LABELS[series]}: {f ? flowValueText(f) : 'no figure'}
          {f?.scope ? ` (${f.scope})` : ''}
        </p>
      ))}
    </div>
  );
}

interface SeriesLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  index?: number;
}

/** A series named once, above one of its bars (direct label instead of a legend). */
function seriesLabel(text: string, at: number, anchor: 'start' | 'end') {
  return function SeriesLabel({ x = 0, y = 0, width = 0, index }: SeriesLabelProps) {
    if (index !== at) return null;
    const left = Number(x);
    return (
      <text
        x={anchor === 'start' ? left : left + Number(width)}
        y={Number(y) - 6}
        textAnchor={anchor}
        fontSize={12}
        fontWeight={700}
        fill="currentColor"
      >
        {text}
      </text>
    );
  };
}

/** Pipeline gas to Europe against Power of Siberia 1 to China, bcm per year; key events labelled at their year. */
export function GasFlowsChart({ rows, annotations }: { rows: FlowRow[]; annotations: AxisAnnotation[] }) {
  const base = useId().replace(/:/g, '');
  const csv = useMemo(() => gasFlowRows(rows), [rows]);
  const title = useMemo(() => gasFlowsTitle(rows), [rows]);
  const events = useMemo<EventMark[]>(
    () => annotations.map((a, i) => ({ at: a.category, number: i + 1, text: a.labels.join('; ') })),
    [annotations],
  );
  const notes = useMemo(() => events.map((e) => `${e.number}. ${e.at}: ${e.text}`), [events]);
  const europeAt = rows.findIndex((r) => r.europe !== null);
  const chinaAt = rows.findLastIndex((r) => r.pos1 !== null);
  // The label sits on the top of the stack: the hatched range part when that year has one.
  const rangeOnTop = (rows[europeAt]?.europeRangeExtra ?? null) !== null;
  return (
    <ChartFigure
      chartId="gas-flows"
      dataFile="gas-flows"
      title={title}
      units="Billion cubic metres (bcm) a year · hatched: the upper end of a range · dotted: approximate"
      filters="window"
      height={HEIGHT}
      rows={csv}
      notes={notes}
    >
      <ComposedChart data={rows} margin={{ top: eventBandHeight(EVENT_ROWS) + 8, right: 16, left: 0, bottom: 0 }}>
        <ChartPatterns base={base} colors={[POS1, EUROPE_COLOR]} />
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="key" interval="preserveStartEnd" minTickGap={8} tick={AXIS_TICK} />
        {/* Headroom above the tallest bar holds its series label below the event labels. */}
        <YAxis tick={AXIS_TICK} width={40} domain={[0, (max: number) => Math.ceil((max * 1.15) / 10) * 10]} />
        <Tooltip content={FlowTooltip} />
        <Bar dataKey="pos1" name={SERIES_LABELS['pos1-to-china']} fill={POS1} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={r.pos1Approx ? `url(#${dotsId(base, POS1)})` : POS1} stroke={POS1} />
          ))}
          <LabelList content={seriesLabel('To China (PoS-1)', chinaAt, 'end')} />
        </Bar>
        <Bar
          dataKey="europe"
          stackId="europe"
          name={SERIES_LABELS['russia-to-europe']}
          fill={EUROPE_COLOR}
          isAnimationActive={false}
        >
          {rows.map((r) => (
            <Cell
              key={r.key}
              fill={r.europeApprox ? `url(#${dotsId(base, EUROPE_COLOR)})` : EUROPE_COLOR}
              stroke={EUROPE_COLOR}
            />
          ))}
          <LabelList content={seriesLabel('To Europe', rangeOnTop ? -1 : europeAt, 'start')} />
        </Bar>
        <Bar
          dataKey="europeRangeExtra"
          stackId="europe"
          fill={`url(#${hatchId(base, EUROPE_COLOR)})`}
          stroke={EUROPE_COLOR}
          isAnimationActive={false}
        >
          <LabelList content={seriesLabel('To Europe', rangeOnTop ? europeAt : -1, 'start')} />
        </Bar>
        <EventLabelLayer events={events} rows={EVENT_ROWS} color={OKABE_ITO.grey} />
      </ComposedChart>
    </ChartFigure>
  );
}
