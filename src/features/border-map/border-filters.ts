import type { DatasetRecord } from '@/data/schemas/registry';
import { matchingProjects, placeMatches } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import type { Place } from './place-view';

export type Project = DatasetRecord<'projects'>;

/** The places the map draws: the shared place rule (placeMatches: opened by the window's end, region, status, search). */
export function filterPlaces(places: readonly Place[], filters: Filters): Place[] {
  return places.filter((p) => placeMatches(p, filters));
}

/** Projects drawn on the map: located ones that pass the investment panel's rule (projectMatches). */
export function filterProjects(projects: readonly Project[], filters: Filters): Project[] {
  return matchingProjects(projects, filters).filter((p) => p.location !== null && p.location !== undefined);
}
