import { TROUBLED_STATUSES } from '@/data/schemas/projects';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber, pluralise } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import { matchingProjects, placeMatches } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import {
  figure,
  missingFigure,
  MISSING_TEXT,
  type FileState,
  type OverviewFigure,
  type Source,
} from './overview-figure';

type Project = DatasetRecord<'projects'>;
type Place = DatasetRecord<'places'>;

const PROJECTS = {
  id: 'projects',
  label: 'Investment projects',
  unit: 'operating',
  scope: 'Follows all filters',
} as const;

/** Projects operating, under construction and troubled, among those the shared filters let through. */
export function projectsFigure(
  file: FileState<Project>,
  filters: Filters,
  sources?: readonly Source[],
): OverviewFigure {
  if (typeof file === 'string') return missingFigure(PROJECTS, MISSING_TEXT[file]);
  const shown = matchingProjects(file.records, filters);
  const count = (test: (status: Project['status']) => boolean) => shown.filter((p) => test(p.status)).length;
  const building = count((s) => s === 'under-construction');
  const troubled = count((s) => TROUBLED_STATUSES.includes(s));
  return figure(
    PROJECTS,
    {
      value: formatNumber(
        count((s) => s === 'operating'),
        0,
      ),
      period: `as of ${formatPartialDate(file.asOf)}`,
      detail:
        shown.length === 0
          ? 'no project matches the filters'
          : `${formatNumber(building, 0)} under construction · ${formatNumber(troubled, 0)} troubled · of ${pluralise(shown.length, 'project')}`,
      confidence: 'derived',
      method: `Counted from the ${pluralise(shown.length, 'project record')} the filters let through; troubled = suspended, stalled or cancelled`,
      sourceIds: shown.flatMap((p) => p.sources),
    },
    sources,
  );
}

const CROSSINGS = {
  id: 'crossings',
  label: 'Border crossings',
  unit: 'operating',
  scope: 'Follows the filters except Sector',
} as const;

/** Crossings operating among those the shared filters let through (the map's rule). */
export function crossingsFigure(file: FileState<Place>, filters: Filters, sources?: readonly Source[]): OverviewFigure {
  if (typeof file === 'string') return missingFigure(CROSSINGS, MISSING_TEXT[file]);
  const shown = file.records.filter((p) => p.kind === 'crossing' && placeMatches(p, filters));
  const operating = shown.filter((p) => p.status === 'operating');
  const building = shown.filter((p) => p.status === 'under-construction').length;
  return figure(
    CROSSINGS,
    {
      value: formatNumber(operating.length, 0),
      period: `as of ${formatPartialDate(file.asOf)}`,
      detail:
        shown.length === 0
          ? 'no crossing matches the filters'
          : `of ${pluralise(shown.length, 'crossing')}${building ? ` · ${formatNumber(building, 0)} under construction` : ''}`,
      confidence: 'derived',
      method: `Counted from the ${pluralise(shown.length, 'crossing record')} the filters let through`,
      sourceIds: (operating.length ? operating : shown).flatMap((p) => p.sources),
    },
    sources,
  );
}
