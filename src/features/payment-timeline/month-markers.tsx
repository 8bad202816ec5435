import type { ReactElement } from 'react';
import { useChartRender } from '@/components/chart-box/chart-render-context';
import { OKABE_ITO } from '@/lib/colors';
import { MarkerOutline } from './marker-shapes';
import { CATEGORY_STYLES, type PlacedEvent } from './payment-events';
import { MARKER_R, MARKER_STEP } from './series-styles';

/** One marker of a month: an event, or a count marker for the events folded into it. */
export interface MonthMarker {
  row: number;
  events: readonly PlacedEvent[];
  folded: boolean;
}

interface Props {
  x: number;
  /** The y just under the lowest marker row. */
  base: number;
  /** The plot's top and bottom: the month's line runs through the plot. */
  plotTop: number;
  plotBottom: number;
  markers: readonly MonthMarker[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * A month's line with its markers stacked above the plot; a click opens the event in the list (a count marker, the
 * first event it holds). The line leaves a gap between the markers and the plot, where the key-event labels are.
 */
export function MonthMarkers({ x, base, plotTop, plotBottom, markers, selectedId, onSelect }: Props): ReactElement {
  const line = { x1: x, x2: x, stroke: OKABE_ITO.grey, strokeWidth: 1, strokeOpacity: 0.6 };
  const lowest = Math.min(...markers.map((m) => m.row));
  return (
    <g className="payments__event-month">
      <line {...line} y1={base - MARKER_STEP * lowest - 4} y2={base} />
      <line {...line} y1={plotTop} y2={plotBottom} />
      {markers.map((m) => {
        const cy = base - MARKER_R - 4 - m.row * MARKER_STEP;
        const first = m.events[0];
        if (!first) return null;
        const selected = m.events.some((p) => p.event.id === selectedId);
        return m.folded ? (
          <CountMarker key={first.event.id} x={x} cy={cy} events={m.events} selected={selected} onSelect={onSelect} />
        ) : (
          <EventMarker key={first.event.id} x={x} cy={cy} placed={first} selected={selected} onSelect={onSelect} />
        );
      })}
    </g>
  );
}

interface MarkerProps {
  x: number;
  cy: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

function EventMarker({ x, cy, placed, selected, onSelect }: MarkerProps & { placed: PlacedEvent }): ReactElement {
  const style = CATEGORY_STYLES[placed.event.category];
  return (
    <g className="payments__event-marker" data-event-id={placed.event.id} onClick={() => onSelect(placed.event.id)}>
      <title>{`${placed.dateLabel} · ${style.label}: ${placed.event.title}`}</title>
      <MarkerOutline
        shape={style.shape}
        cx={x}
        cy={cy}
        r={MARKER_R}
        fill={style.color}
        stroke={selected ? 'currentColor' : '#000000'}
        strokeWidth={selected ? 3 : 1}
      />
      <MarkerText x={x} cy={cy} text={style.letter} ink={style.ink} small={style.letter.length > 1} />
    </g>
  );
}

/** "+N": the events of a crowded month (and of neighbours with no room) that have no marker of their own. */
function CountMarker({ x, cy, events, selected, onSelect }: MarkerProps & { events: readonly PlacedEvent[] }) {
  const first = events[0];
  if (!first) return null;
  const label = `+${events.length}`;
  const list = events.map((p) => `${p.dateLabel} · ${CATEGORY_STYLES[p.event.category].label}: ${p.event.title}`);
  return (
    <g
      className="payments__event-marker payments__event-count"
      data-event-id={first.event.id}
      data-event-count={events.length}
      onClick={() => onSelect(first.event.id)}
    >
      <title>{`${events.length} more events (listed under Events): ${list.join('; ')}`}</title>
      <rect
        x={x - MARKER_R - 1}
        y={cy - MARKER_R}
        width={2 * MARKER_R + 2}
        height={2 * MARKER_R}
        rx={MARKER_R}
        fill="#ffffff"
        stroke={selected ? 'currentColor' : '#000000'}
        strokeWidth={selected ? 3 : 1}
      />
      <MarkerText x={x} cy={cy} text={label} ink="#000000" small={label.length > 2} />
    </g>
  );
}

/**
 * The letter or count on a marker, centred on it; a click goes to the marker. Two letters ("St") or a long count are
 * set smaller to stay inside the marker; published (an export, a slide) at 9 px, a slide's smallest type.
 */
function MarkerText({ x, cy, text, ink, small }: { x: number; cy: number; text: string; ink: string; small: boolean }) {
  const published = useChartRender() === 'export';
  return (
    <text
      x={x}
      y={cy}
      dy="0.35em"
      textAnchor="middle"
      fontSize={small ? (published ? 9 : 8) : 10}
      fontWeight={700}
      fill={ink}
      pointerEvents="none"
    >
      {text}
    </text>
  );
}
