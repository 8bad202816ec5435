import type { DatasetRecord } from '@/data/schemas/registry';
import { partialDateSpan } from '@/lib/months';
import { matchesAny, matchesSearch, projectMatches } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import type { Place } from './place-view';

export type Project = DatasetRecord<'projects'>;

/** True when the thing existed by the end of the window; an unknown date keeps it (hiding it would claim it did not). */
function openedByEnd(date: string | null | undefined, filters: Pick<Filters, 'to'>): boolean {
  return date ? partialDateSpan(date).first <= filters.to : true;
}

/**
 * Crossings pass the time window when they had opened by its end; a crossing whose opening date is not sourced is
 * kept (and counted). Search looks at the names and the counterpart's names in every language. Sector and deal type
 * do not apply: places have neither.
 */
export function filterPlaces(places: readonly Place[], filters: Filters): Place[] {
  return places.filter((p) => {
    if (!matchesAny(filters.regions, p.regions)) return false;
    if (!matchesAny(filters.statuses, [p.status])) return false;
    const texts = [p.name.en, p.name.ru, p.name.zh, p.counterpart?.en, p.counterpart?.ru, p.counterpart?.zh];
    if (!matchesSearch(filters.search, texts)) return false;
    return openedByEnd(p.opened, filters);
  });
}

/** Projects drawn on the map: located ones that pass the investment panel's rule (projectMatches). */
export function filterProjects(projects: readonly Project[], filters: Filters): Project[] {
  return projects.filter((p) => p.location !== null && p.location !== undefined && projectMatches(p, filters));
}
