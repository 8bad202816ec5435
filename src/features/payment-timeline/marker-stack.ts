/**
 * Payment-event markers above the plot, in at most `rows` rows, so the stack never eats the plot (a month with five
 * events, or five neighbouring months at phone width, once took half the chart). Markers go left to right, month by
 * month, into the lowest rows where they do not touch the marker before them. When a month has more events than free
 * rows, its last free row holds a count marker ("+3") for the rest; when it has no free row at all, its events join
 * the count of the marker just placed (a neighbouring month: the count marker's list says which months). Every event
 * stays reachable: a count marker opens the first event it holds in the event list, and its title lists them all.
 * Pure, so it is unit-tested without a chart.
 */
export interface MarkerRequest {
  id: string;
  month: string;
  /** The month's position on the x-axis, in px. */
  x: number;
}

export interface StackedMarker {
  /** The month the marker is drawn at. */
  month: string;
  x: number;
  /** 0 = the row nearest the plot. */
  row: number;
  /** One event, or (a count marker) the events folded into it, in date order. */
  ids: string[];
  /** Whether this is a count marker ("+N"); a count marker holds two events or more. */
  folded: boolean;
}

export interface StackOptions {
  rows: number;
  /** A marker's width in px. */
  size: number;
  /** Space kept between two markers in one row. */
  gap?: number;
}

export function stackMarkers(requests: readonly MarkerRequest[], options: StackOptions): StackedMarker[] {
  const { rows, size, gap = 1 } = options;
  const rowEnds: number[] = Array.from({ length: Math.max(1, rows) }, () => -Infinity);
  const out: StackedMarker[] = [];
  for (const { month, x, ids } of byMonth(requests)) {
    const left = x - size / 2;
    const free = rowEnds.flatMap((end, row) => (left >= end + gap ? [row] : []));
    const last = out[out.length - 1];
    if (free.length === 0) {
      // No room at this month: its events join the marker just placed, which becomes (or stays) a count marker.
      if (last) Object.assign(last, { ids: [...last.ids, ...ids], folded: true });
      continue;
    }
    const single = ids.length <= free.length ? ids.length : free.length - 1;
    const take = (row: number, held: string[], folded: boolean) => {
      rowEnds[row] = left + size;
      out.push({ month, x, row, ids: held, folded });
    };
    ids.slice(0, single).forEach((id, i) => take(free[i] as number, [id], false));
    if (single < ids.length) take(free[single] as number, ids.slice(single), true);
  }
  return out;
}

/** The requests grouped by month, left to right, each month's events in the order given. */
function byMonth(requests: readonly MarkerRequest[]): { month: string; x: number; ids: string[] }[] {
  const months = new Map<string, { month: string; x: number; ids: string[] }>();
  for (const r of requests) {
    const m = months.get(r.month) ?? { month: r.month, x: r.x, ids: [] };
    m.ids.push(r.id);
    months.set(r.month, m);
  }
  return [...months.values()].sort((a, b) => a.x - b.x);
}
