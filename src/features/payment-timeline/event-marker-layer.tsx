import { useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { stackMarkers } from './marker-stack';
import { MonthMarkers, type MonthMarker } from './month-markers';
import type { PlacedEvent } from './payment-events';
import { MARKER_R } from './series-styles';

interface Props {
  placed: readonly PlacedEvent[];
  /** Rows of markers above the plot (the chart's top margin holds them: markerBand(rows - 1)). */
  rows: number;
  /** The height of the key-event label band between the markers and the plot (0 when there is none). */
  labelBand: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The payment events as markers above the plot, in a capped stack (stackMarkers): a marker goes to the lowest row
 * where it does not touch its neighbour, and what finds no row is counted in a "+N" marker, which opens the event
 * list. Markers of neighbouring months never overlap, and the stack never grows past `rows`.
 */
export function EventMarkerLayer({ placed, rows, labelBand, selectedId, onSelect }: Props) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const months = useMemo(() => {
    if (!scale) return [];
    const byId = new Map(placed.map((p) => [p.event.id, p]));
    const requests = placed.flatMap((p) => {
      const x = scale(p.month, { position: 'middle' });
      return x === undefined ? [] : [{ id: p.event.id, month: p.month, x }];
    });
    const out = new Map<string, { x: number; markers: MonthMarker[] }>();
    for (const s of stackMarkers(requests, { rows, size: 2 * MARKER_R + 2 })) {
      const m = out.get(s.month) ?? { x: s.x, markers: [] };
      const events = s.ids.flatMap((id) => byId.get(id) ?? []);
      m.markers.push({ row: s.row, events, folded: s.folded });
      out.set(s.month, m);
    }
    return [...out.entries()];
  }, [scale, placed, rows]);
  if (!plot) return null;
  return (
    <g className="payments__event-markers">
      {months.map(([month, { x, markers }]) => (
        <MonthMarkers
          key={month}
          x={x}
          base={plot.y - labelBand}
          plotTop={plot.y}
          plotBottom={plot.y + plot.height}
          markers={markers}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      ))}
    </g>
  );
}
