import { PROJECT_STATUSES } from '@/data/schemas/projects';
import type { DatasetRecord } from '@/data/schemas/registry';
import { matchingProjects } from '@/domain/filter-match';
import type { FilterLabels } from '@/domain/describe-filters';
import { STATUS_LABELS, type Filters } from '@/domain/view-state';

export type Project = DatasetRecord<'projects'>;
export type ProjectStatus = Project['status'];
export type Sector = DatasetRecord<'sectors'>;
export type Region = DatasetRecord<'regions'>;

/** Funnel order: the path a project takes, then the two ways off it. */
export const STATUS_ORDER: readonly ProjectStatus[] = PROJECT_STATUSES;

export function statusLabel(status: ProjectStatus): string {
  return STATUS_LABELS[status];
}

/** Display names for sector and region ids: the filter bar's (an id without a label is shown as itself). */
export type Labels = FilterLabels;
export { filterLabels as buildLabels } from '@/domain/describe-filters';

/** The earliest of the project's own milestone dates (announced, signed, started, completed), or null. */
export function firstDate(p: Project): string | null {
  const dates = [p.dates.announced, p.dates.signed, p.dates.started, p.dates.completed].filter(
    (d): d is string => typeof d === 'string',
  );
  return dates.length === 0 ? null : ([...dates].sort()[0] ?? null);
}

/** Pure: the projects the shared filters let through. */
export function filterProjects(projects: readonly Project[], filters: Filters): readonly Project[] {
  return matchingProjects(projects, filters);
}

/**
 * The projects every filter except one dimension lets through. A cross-filter chart (bars by sector, by region, the
 * status funnel) is drawn from these, so the bars of unselected sectors stay visible and can be added with a click.
 */
export function filterProjectsExcept(
  projects: readonly Project[],
  filters: Filters,
  dimension: 'sectors' | 'regions' | 'statuses' | 'dealTypes',
): readonly Project[] {
  // Nothing selected in that dimension: the same projects as the panel's (filtered once, see matchingProjects).
  if (filters[dimension].length === 0) return filterProjects(projects, filters);
  return filterProjects(projects, { ...filters, [dimension]: [] });
}
