import type { ReactElement } from 'react';
import { ReferenceLine } from 'recharts';
import { OKABE_ITO } from '@/lib/colors';
import type { Annotation } from '@/domain/annotations';
import type { MonthKey } from '@/lib/months';
import { MonthMarkers, type LineShapeProps } from './month-markers';
import type { PlacedEvent } from './payment-events';

/**
 * One reference line per month with events, carrying that month's markers stacked from the top of the plot. Markers
 * are mouse targets; keyboard users reach the same events through the list beside the chart.
 */
export function eventLines(
  placed: readonly PlacedEvent[],
  selectedId: string | null,
  onSelect: (id: string) => void,
): ReactElement[] {
  const byMonth = new Map<MonthKey, PlacedEvent[]>();
  for (const p of placed) byMonth.set(p.month, [...(byMonth.get(p.month) ?? []), p]);
  return [...byMonth].map(([month, items]) => (
    <ReferenceLine
      key={`events-${month}`}
      x={month}
      ifOverflow="discard"
      shape={(props: LineShapeProps) => (
        <MonthMarkers {...props} items={items} selectedId={selectedId} onSelect={onSelect} />
      )}
    />
  ));
}

/**
 * The dashboard's shared key events (events.json) as dashed lines labelled at the foot of the plot; several in one
 * month share a line ("+1 more") so labels never overprint. The full list is in the key-events list below the chart.
 */
export function annotationLines(annotations: readonly Annotation[]): ReactElement[] {
  const byMonth = new Map<MonthKey, Annotation[]>();
  for (const a of annotations) byMonth.set(a.month, [...(byMonth.get(a.month) ?? []), a]);
  return [...byMonth].map(([month, items]) => (
    <ReferenceLine
      key={`key-${month}`}
      x={month}
      ifOverflow="discard"
      stroke={OKABE_ITO.grey}
      strokeDasharray="4 4"
      label={{
        value: annotationLabel(items),
        position: 'insideBottomLeft',
        fontSize: 10,
        fill: 'currentColor',
        angle: -90,
        offset: 12,
      }}
    />
  ));
}

function annotationLabel(items: readonly Annotation[]): string {
  const first = items[0]?.label ?? '';
  return items.length > 1 ? `${first} +${items.length - 1} more` : first;
}
