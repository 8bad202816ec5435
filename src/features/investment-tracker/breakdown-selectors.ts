import type { TableModel } from '@/lib/table-model';
import type { Annotation } from '@/domain/annotations';
import { DEAL_TYPES, DEAL_TYPE_LABELS } from '@/data/schemas/projects';
import { firstDate, type Labels, type Project } from './investment-selectors';
import { OTHER_ID, TOP_GROUPS } from './value-selectors';

/** One bar of a cross-filter chart. */
export interface BarDatum {
  id: string;
  label: string;
  count: number;
  selected: boolean;
  /** The sources of the projects counted (for the chart's CSV and source line). */
  sourceIds: readonly string[];
}

/** Source ids per group, gathered while counting. */
type GroupSources = Map<string, Set<string>>;
function cite(sources: GroupSources, id: string, p: Project): void {
  const set = sources.get(id) ?? new Set<string>();
  for (const s of p.sources) set.add(s);
  sources.set(id, set);
}

function toBars(
  counts: Map<string, number>,
  labels: Record<string, string>,
  selected: readonly string[],
  sources: GroupSources,
): BarDatum[] {
  for (const id of selected) if (!counts.has(id)) counts.set(id, 0);
  return [...counts.entries()]
    .map(([id, count]) => ({
      id,
      label: labels[id] ?? id,
      count,
      selected: selected.includes(id),
      sourceIds: [...(sources.get(id) ?? [])],
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Projects per sector. A selected sector keeps its bar even at 0, so it can be clicked off again. */
export function selectBySector(projects: readonly Project[], labels: Labels, selected: readonly string[]): BarDatum[] {
  const counts = new Map<string, number>();
  const sources: GroupSources = new Map();
  for (const p of projects) {
    counts.set(p.sector, (counts.get(p.sector) ?? 0) + 1);
    cite(sources, p.sector, p);
  }
  return toBars(counts, labels.sectors, selected, sources);
}

/** Projects per deal type: every deal type has a bar, even at 0, so each can be chosen from the chart. */
export function selectByDealType(projects: readonly Project[], selected: readonly string[]): BarDatum[] {
  const counts = new Map<string, number>(DEAL_TYPES.map((d) => [d, 0]));
  const sources: GroupSources = new Map();
  for (const p of projects) {
    counts.set(p.dealType, (counts.get(p.dealType) ?? 0) + 1);
    cite(sources, p.dealType, p);
  }
  return toBars(counts, DEAL_TYPE_LABELS, selected, sources);
}

/**
 * The bars a chart draws: the first `top` (bars come largest first) and any selected one, the rest gathered into one
 * "Other" bar that is not a filter (the chart's table lists every bar).
 */
export function topBars(bars: readonly BarDatum[], top = TOP_GROUPS): BarDatum[] {
  const keep = bars.filter((b, i) => i < top || b.selected);
  const rest = bars.filter((b) => !keep.includes(b));
  if (rest.length < 2) return [...bars];
  const count = rest.reduce((n, b) => n + b.count, 0);
  const sourceIds = [...new Set(rest.flatMap((b) => b.sourceIds))];
  return [...keep, { id: OTHER_ID, label: `Other (${rest.length} groups)`, count, selected: false, sourceIds }];
}

/** Projects per region. A project in two regions (a bridge) counts in both, so bars can sum to more than the total. */
export function selectByRegion(projects: readonly Project[], labels: Labels, selected: readonly string[]): BarDatum[] {
  const counts = new Map<string, number>();
  const sources: GroupSources = new Map();
  for (const p of projects)
    for (const r of new Set(p.regions)) {
      counts.set(r, (counts.get(r) ?? 0) + 1);
      cite(sources, r, p);
    }
  return toBars(counts, labels.regions, selected, sources);
}

export interface YearDatum {
  year: string;
  count: number;
  /** The sources of the projects counted in the year (none for a year with none). */
  sourceIds: string[];
}

export interface YearAnnotation {
  year: string;
  /** All key events of that year, joined, so two events in one year never draw on top of each other. */
  label: string;
  events: Annotation[];
}

export interface ByYearView {
  data: YearDatum[];
  annotations: YearAnnotation[];
  /** Projects with no milestone date at all: counted, not drawn. */
  undated: number;
}

/** Projects by the year of their first milestone, on a continuous year axis that also spans the key events. */
export function selectByYear(projects: readonly Project[], annotations: readonly Annotation[]): ByYearView {
  const counts = new Map<number, number>();
  const sources = new Map<number, Set<string>>();
  let undated = 0;
  for (const p of projects) {
    const first = firstDate(p);
    if (first === null) {
      undated += 1;
      continue;
    }
    const year = Number(first.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
    const cited = sources.get(year) ?? new Set<string>();
    for (const id of p.sources) cited.add(id);
    sources.set(year, cited);
  }
  const years = [...counts.keys(), ...annotations.map((a) => a.year)];
  const data: YearDatum[] = [];
  if (years.length > 0) {
    for (let y = Math.min(...years); y <= Math.max(...years); y += 1)
      data.push({ year: String(y), count: counts.get(y) ?? 0, sourceIds: [...(sources.get(y) ?? [])] });
  }
  const byYear = new Map<string, Annotation[]>();
  for (const a of annotations) byYear.set(String(a.year), [...(byYear.get(String(a.year)) ?? []), a]);
  const grouped = [...byYear.entries()].map(([year, events]) => ({
    year,
    label: events.map((e) => e.label).join(' · '),
    events,
  }));
  return { data, annotations: grouped, undated };
}

export function barTable(caption: string, dimension: string, bars: readonly BarDatum[]): TableModel {
  return {
    caption,
    columns: [
      { key: 'label', label: dimension },
      { key: 'count', label: 'Projects', kind: 'number' },
      { key: 'selected', label: 'In the filter' },
    ],
    rows: bars.map((b) => ({ id: b.id, label: b.label, count: b.count, selected: b.selected ? 'yes' : 'no' })),
  };
}

export function yearTable(view: ByYearView): TableModel {
  const events = new Map(view.annotations.map((a) => [a.year, a.label]));
  return {
    caption: 'Projects by year of first milestone',
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'count', label: 'Projects', kind: 'number' },
      { key: 'events', label: 'Key events' },
    ],
    rows: view.data.map((d) => ({ id: d.year, year: d.year, count: d.count, events: events.get(d.year) ?? null })),
  };
}
