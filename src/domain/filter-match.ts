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

/**
 * Record texts normalised once: every filter change tests every record, and normalising (Unicode decomposition, a
 * regular expression) cost more than the match. Cleared when it grows past what the loaded data could fill.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 200_000;

function normalisedOnce(text: string): string {
  let result = normalised.get(text);
  if (result === undefined) {
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    result = normaliseText(text);
    normalised.set(text, result);
  }
  return result;
}

/** True when the search is empty or any of the texts contains it. */
export function matchesSearch(search: string, texts: readonly (string | null | undefined)[]): boolean {
  if (search === '') return true;
  const needle = normalisedOnce(search);
  if (!needle) return true;
  return texts.some((t) => t && normalisedOnce(t).includes(needle));
}

/** True when nothing is selected, or any of the record's ids is selected. */
export function matchesAny(selected: readonly string[], ids: readonly string[]): boolean {
  return selected.length === 0 || ids.some((id) => selected.includes(id));
}

/** True when the span [first, last] (partial dates) overlaps the filter window. */
export function spanInWindow(first: string, last: string, filters: Pick<Filters, 'from' | 'to'>): boolean {
  // partialDateSpan's months, without building the objects: this runs for every record on every filter change.
  const lastMonth = last.length === 4 ? `${last}-12` : last.slice(0, 7);
  const firstMonth = first.length === 4 ? `${first}-01` : first.slice(0, 7);
  return lastMonth >= filters.from && firstMonth <= filters.to;
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

/**
 * Each project's active span as months, worked out once per record (records are never changed once read): every
 * filter change tests every project in several selectors, and sorting its dates each time was most of the cost of
 * a filter change at 100× data.
 */
const spanMonths = new WeakMap<ProjectTiming, { first: MonthKey; last: MonthKey } | null>();

function spanMonthsOf(p: ProjectTiming): { first: MonthKey; last: MonthKey } | null {
  let months = spanMonths.get(p);
  if (months === undefined) {
    const span = projectSpan(p);
    months = span ? { first: partialDateSpan(span.first).first, last: partialDateSpan(span.last).last } : null;
    spanMonths.set(p, months);
  }
  return months;
}

/** True when the project's active span overlaps the window; a project with no sourced date is kept. */
export function projectInWindow(p: ProjectTiming, filters: Pick<Filters, 'from' | 'to'>): boolean {
  const months = spanMonthsOf(p);
  return months ? months.last >= filters.from && months.first <= filters.to : true;
}

/**
 * The one project rule, for the investment panel and the map's project layer alike: sector, region, status, search
 * (names in every language, the Chinese party, the place) and the time window (the project's active span).
 */
export function projectMatches(p: DatasetRecord<'projects'>, filters: Filters): boolean {
  if (!matchesAny(filters.sectors, [p.sector])) return false;
  if (!matchesAny(filters.regions, p.regions)) return false;
  if (!matchesAny(filters.statuses, [p.status])) return false;
  if (!matchesAny(filters.dealTypes, [p.dealType])) return false;
  // The texts are gathered only when there is a search: this runs for every project on every filter change.
  if (
    filters.search !== '' &&
    !matchesSearch(filters.search, [p.name.en, p.name.ru, p.name.zh, p.chineseParty, p.place])
  )
    return false;
  return projectInWindow(p, filters);
}

/** True when the place existed by the end of the window; an unknown date keeps it (hiding it would claim it did not). */
function openedByEnd(date: string | null | undefined, filters: Pick<Filters, 'to'>): boolean {
  return date ? partialDateSpan(date).first <= filters.to : true;
}

/**
 * The one place rule, for the map and the overview's crossing count: region, status, search (the names and the
 * counterpart's names in every language) and opened by the window's end (an unknown opening date keeps it). Sector
 * and deal type do not apply: places have neither.
 */
export function placeMatches(p: DatasetRecord<'places'>, filters: Filters): boolean {
  if (!matchesAny(filters.regions, p.regions)) return false;
  if (!matchesAny(filters.statuses, [p.status])) return false;
  const texts = [p.name.en, p.name.ru, p.name.zh, p.counterpart?.en, p.counterpart?.ru, p.counterpart?.zh];
  if (!matchesSearch(filters.search, texts)) return false;
  return openedByEnd(p.opened, filters);
}

/**
 * The projects that pass projectMatches, worked out once per project list and filters object: the overview, the
 * investment panel (its summary and its charts) and the map all filter the same projects by the same filters on a
 * filter change, 40,000 of them each time at 100× data. The result is shared: callers never change it.
 */
const matchedBy = new WeakMap<
  readonly DatasetRecord<'projects'>[],
  WeakMap<Filters, readonly DatasetRecord<'projects'>[]>
>();

export function matchingProjects<P extends DatasetRecord<'projects'>>(
  projects: readonly P[],
  filters: Filters,
): readonly P[] {
  let byFilters = matchedBy.get(projects);
  if (!byFilters) {
    byFilters = new WeakMap();
    matchedBy.set(projects, byFilters);
  }
  let matched = byFilters.get(filters);
  if (!matched) {
    matched = projects.filter((p) => projectMatches(p, filters));
    byFilters.set(filters, matched);
  }
  return matched as readonly P[];
}
