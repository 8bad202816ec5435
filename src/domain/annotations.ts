import type { DatasetRecord } from '@/data/schemas/registry';
import { partialDateSpan, type MonthKey } from '@/lib/months';
import { byCodeUnit } from '@/lib/compare';
import { spanInWindow } from './filter-match';
import type { Filters } from './view-state';

export interface Annotation {
  id: string;
  /** Month the annotation is drawn at on a monthly axis. */
  month: MonthKey;
  year: number;
  label: string;
  detail: string;
  sources: string[];
}

/** The shared key events (events.json) that fall in the time window, for drawing on every time axis. */
export function selectAnnotations(
  events: readonly DatasetRecord<'events'>[],
  filters: Pick<Filters, 'from' | 'to'>,
): Annotation[] {
  return events
    .filter((e) => spanInWindow(e.date, e.endDate ?? e.date, filters))
    .map((e) => ({
      id: e.id,
      month: partialDateSpan(e.date).first,
      year: Number(e.date.slice(0, 4)),
      label: e.label,
      detail: e.detail,
      sources: e.sources,
    }))
    .sort((a, b) => byCodeUnit(a.month, b.month));
}
