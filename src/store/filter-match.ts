import type { DatasetRecord } from '@/data/schemas/registry';
import { CURRENT_MONTH, partialDateSpan, type MonthKey } from '@/lib/months';
import type { Filters } from './view-state';

/**
 * Case- and accent-insensitive (é → e, ё → е, й → и), for Latin, Cyrillic and Chinese alike (no word splitting
 * needed): decompose, drop the combining marks, lower-case.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** True when the search is empty or any of the texts contains it. */
export function matchesSearch(search: string, texts: readonly (string | null | undefined)[]): boolean {
  const needle = normaliseText(search);
  if (!needle) return true;
  return texts.some((t) => t && normaliseText(t).includes(needle));
}

/** True when nothing is selected, or any of the record's ids is selected. */
export function matchesAny(selected: readonly string[], ids: readonly string[]): boolean {
  return selected.length === 0 || ids.some((id) => selected.includes(id));
}

/** True when the span [first, last] (partial dates) overlaps the filter window. */
export function spanInWindow(first: string, last: string, filters: Pick<Filters, 'from' | 'to'>): boolean {
  return partialDateSpan(last).last >= filters.from && partialDateSpan(first).first <= filters.to;
}

export function dateInWindow(date: string, filters: Pick<Filters, 'from' | 'to'>): boolean {
  return spanInWindow(date, date, filters);
}

export function yearInWindow(year: number, filters: Pick<Filters, 'from' | 'to'>): boolean {
  return spanInWindow(String(year), String(year), filters);
}

/** A month key for "still ongoing": the current month. */
export const ONGOING: MonthKey = CURRENT_MONTH;

type ProjectTiming = Pick<DatasetRecord<'projects'>, 'dates' | 'statusAsOf' | 'status'>;

/**
 * A project's active span: its first sourced date to its last, or to now while it is operating, being built or
 * suspended (its current state). Shared by every panel that shows projects, so they agree on the time window.
 */
export function projectSpan(p: ProjectTiming): { first: string; last: string } | null {
  const dates = [p.dates.announced, p.dates.signed, p.dates.started, p.dates.completed, p.statusAsOf].filter(
    (d): d is string => typeof d === 'string',
  );
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  const ongoing = p.status === 'operating' || p.status === 'under-construction' || p.status === 'suspended';
  return { first: sorted[0] as string, last: ongoing ? ONGOING : (sorted[sorted.length - 1] as string) };
}

/** True when the project's active span overlaps the window; a project with no sourced date is kept. */
export function projectInWindow(p: ProjectTiming, filters: Pick<Filters, 'from' | 'to'>): boolean {
  const span = projectSpan(p);
  return span ? spanInWindow(span.first, span.last, filters) : true;
}
