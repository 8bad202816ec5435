import type { ReactElement } from 'react';
import { Label, ReferenceLine, type ViewBox } from 'recharts';
import { OKABE_ITO } from '@/lib/colors';
import type { Annotation } from '@/domain/annotations';
import type { MonthKey } from '@/lib/months';

/** Rotated labels closer than this (in px) to one drawn before would overprint it. */
const LABEL_GAP_PX = 20;

/**
 * Where each month's label was drawn in this render (x in px): a label is left out when one of an earlier month that
 * is drawn sits closer than LABEL_GAP_PX, so labels of neighbouring months never overprint (the line stays; the
 * key-events list below the chart names every event). The result depends on the positions only, so a re-render of
 * one line alone decides the same way.
 */
export type LabelLane = Map<MonthKey, number>;

export function labelFits(lane: LabelLane, month: MonthKey, x: number): boolean {
  lane.set(month, x);
  let lastDrawn: number | null = null;
  for (const [m, mx] of [...lane].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const fits = lastDrawn === null || Math.abs(mx - lastDrawn) >= LABEL_GAP_PX;
    if (m === month) return fits;
    if (fits) lastDrawn = mx;
  }
  return true;
}

/**
 * The dashboard's shared key events (events.json) as dashed lines labelled at the foot of the plot; several in one
 * month share a line ("+1 more"), and a label too close to its neighbour is left out, so labels never overprint. The
 * full list is in the key-events list below the chart.
 */
export function annotationLines(annotations: readonly Annotation[], lane: LabelLane = new Map()): ReactElement[] {
  const byMonth = new Map<MonthKey, Annotation[]>();
  for (const a of annotations) byMonth.set(a.month, [...(byMonth.get(a.month) ?? []), a]);
  return [...byMonth].map(([month, items]) => (
    <ReferenceLine
      key={`key-${month}`}
      x={month}
      ifOverflow="discard"
      stroke={OKABE_ITO.grey}
      strokeDasharray="4 4"
      label={(props: { viewBox?: ViewBox }) =>
        props.viewBox && 'x' in props.viewBox && labelFits(lane, month, props.viewBox.x) ? (
          <Label
            viewBox={props.viewBox}
            value={fitLabel(annotationLabel(items), 'height' in props.viewBox ? props.viewBox.height : undefined)}
            position="insideBottomLeft"
            fontSize={10}
            fill="currentColor"
            angle={-90}
            offset={12}
          />
        ) : (
          <g />
        )
      }
    />
  ));
}

/**
 * A key-event label runs up the plot from its foot; the event markers stack at the plot's top. A label longer than
 * the room between them is shortened with "…" (the full text is in the key-events list under the chart), so it never
 * runs into the markers on a short chart.
 */
const MARKER_ROOM_PX = 110;
const CHAR_PX = 6.2; // 10 px type
function fitLabel(text: string, plotHeight: number | undefined): string {
  if (plotHeight === undefined) return text;
  const chars = Math.max(6, Math.floor((plotHeight - MARKER_ROOM_PX) / CHAR_PX));
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

function annotationLabel(items: readonly Annotation[]): string {
  const first = items[0]?.label ?? '';
  return items.length > 1 ? `${first} +${items.length - 1} more` : first;
}
