import { useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { placeLabels } from '@/lib/label-placement';
import { MonthMarkers } from './month-markers';
import type { PlacedEvent } from './payment-events';
import { MARKER_R } from './series-styles';

interface Props {
  placed: readonly PlacedEvent[];
  /** Rows of markers above the plot (the chart's top margin holds them: markerBand(rows - 1)). */
  rows: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The payment events as markers above the plot, stacked by their pixel positions: a marker goes to the lowest row
 * where it does not touch its neighbour, so markers of neighbouring months never overlap ("W" ran into "St" when
 * only events of the same month were stacked). A marker that fits no row is left to the event list beside the chart.
 */
export function EventMarkerLayer({ placed, rows, selectedId, onSelect }: Props) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const byMonth = useMemo(() => {
    if (!scale) return [];
    const located = placed.flatMap((p) => {
      const x = scale(p.month, { position: 'middle' });
      return x === undefined ? [] : [{ p, x }];
    });
    const size = 2 * MARKER_R + 2;
    const boxes = placeLabels(
      located.map(({ p, x }) => ({ id: p.event.id, x: x - size / 2, width: size })),
      { min: -Infinity, max: Infinity, rows, gap: 1, markerWidth: size },
    );
    const row = new Map(boxes.filter((b) => b.note === null).map((b) => [b.id, b.row]));
    const months = new Map<string, { x: number; items: PlacedEvent[] }>();
    for (const { p, x } of located) {
      const stack = row.get(p.event.id);
      if (stack === undefined) continue;
      const m = months.get(p.month) ?? { x, items: [] };
      m.items.push({ ...p, stack });
      months.set(p.month, m);
    }
    return [...months.entries()];
  }, [scale, placed, rows]);
  if (!plot) return null;
  return (
    <g className="payments__event-markers">
      {byMonth.map(([month, { x, items }]) => (
        <MonthMarkers
          key={month}
          x1={x}
          y1={plot.y}
          y2={plot.y + plot.height}
          items={items}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      ))}
    </g>
  );
}
