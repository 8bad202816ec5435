import type { DatasetRecord } from '@/data/schemas/registry';
import { formatAmount, pluralise } from '@/lib/format';
import type { TableModel } from '@/lib/table-model';
import { ONGOING, matchesAny, matchesSearch, spanInWindow } from '@/store/filter-match';
import type { Filters } from '@/store/view-state';

export type Project = DatasetRecord<'projects'>;

/** A project's active span: first sourced date to completion, or to now while it is operating or being built. */
export function projectSpan(p: Project): { first: string; last: string } | null {
  const dates = [p.dates.announced, p.dates.signed, p.dates.started, p.dates.completed, p.statusAsOf].filter(
    (d): d is string => typeof d === 'string',
  );
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  const ongoing = p.status === 'operating' || p.status === 'under-construction';
  return { first: sorted[0] as string, last: ongoing ? ONGOING : (sorted[sorted.length - 1] as string) };
}

/** Pure: the projects the shared filters let through. */
export function filterProjects(projects: readonly Project[], filters: Filters): Project[] {
  return projects.filter((p) => {
    if (!matchesAny(filters.sectors, [p.sector])) return false;
    if (!matchesAny(filters.regions, p.regions)) return false;
    if (!matchesAny(filters.statuses, [p.status])) return false;
    if (!matchesSearch(filters.search, [p.name.en, p.name.ru, p.name.zh, p.chineseParty, p.place])) return false;
    const span = projectSpan(p);
    return span ? spanInWindow(span.first, span.last, filters) : true;
  });
}

export interface InvestmentView {
  projects: Project[];
  summary: string;
  emptyReason: string | null;
  table: TableModel;
  sourceIds: string[];
}

export function selectInvestmentView(projects: readonly Project[], filters: Filters): InvestmentView {
  const shown = filterProjects(projects, filters);
  const operating = shown.filter((p) => p.status === 'operating').length;
  const building = shown.filter((p) => p.status === 'under-construction').length;
  const summary =
    shown.length === 0
      ? 'No projects match the filters.'
      : `${pluralise(shown.length, 'project')} of ${projects.length} match; ${operating} operating, ${building} under construction.`;
  return {
    projects: shown,
    summary,
    emptyReason: shown.length === 0 ? 'no investment projects in this selection.' : null,
    table: projectTable(shown),
    sourceIds: shown.flatMap((p) => p.sources),
  };
}

export function projectTable(projects: readonly Project[]): TableModel {
  return {
    caption: 'Investment projects',
    columns: [
      { key: 'name', label: 'Project' },
      { key: 'sector', label: 'Sector' },
      { key: 'status', label: 'Status' },
      { key: 'value', label: 'Value (original currency)' },
      { key: 'chineseParty', label: 'Chinese party' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: projects.map((p) => ({
      id: p.id,
      name: p.name.en,
      sector: p.sector,
      status: p.status,
      value: p.value ? formatAmount(p.value) : null,
      chineseParty: p.chineseParty,
      confidence: p.confidence,
      sources: p.sources.join(' '),
    })),
  };
}
