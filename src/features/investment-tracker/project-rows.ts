import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { DEAL_TYPE_LABELS } from '@/data/schemas/projects';
import { formatProjectValue, usdEquivalentNote, usdRangeOf } from './project-value';
import { STATUS_ORDER, firstDate, statusLabel, type Labels, type Project } from './investment-selectors';
import { resolveSources, type SourceIndex, type SourceRef } from '@/domain/sources';

export const SORT_KEYS = ['name', 'sector', 'dealType', 'status', 'value', 'first', 'region'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortState {
  key: SortKey;
  dir: 'ascending' | 'descending';
}
export const DEFAULT_SORT: SortState = { key: 'first', dir: 'ascending' };

/** One project as the table shows it (and as the CSV writes it). */
export interface ProjectRow {
  id: string;
  name: string;
  sector: string;
  dealType: string;
  status: Project['status'];
  statusText: string;
  /** The value in its original currency, a range as a range, with what it measures: "US$10–11 bn (project budget)". */
  value: string | null;
  /** The US$ equivalent a source states, with its rate and date; null for US$ values and those without one. */
  conversion: string | null;
  /** The US$ value's low end (native or stated), for sorting. */
  usdBn: number | null;
  first: string | null;
  regions: string;
  confidence: Project['confidence'];
  sources: SourceRef[];
}

// A project's row depends only on the record, the labels and the source index, all loaded once: formatting it again on
// every filter change (dates, money, source links with their URLs checked) was most of the investment view's time at
// 100× data. Rows are never mutated (sorting makes a new array of the same rows).
const rowCache = new WeakMap<Project, { labels: Labels; sources: SourceIndex; row: ProjectRow }>();

export function toRow(p: Project, labels: Labels, sources: SourceIndex): ProjectRow {
  const cached = rowCache.get(p);
  if (cached && cached.labels === labels && cached.sources === sources) return cached.row;
  const row = formatRow(p, labels, sources);
  rowCache.set(p, { labels, sources, row });
  return row;
}

function formatRow(p: Project, labels: Labels, sources: SourceIndex): ProjectRow {
  const first = firstDate(p);
  return {
    id: p.id,
    name: p.name.en,
    sector: labels.sectors[p.sector] ?? p.sector,
    dealType: DEAL_TYPE_LABELS[p.dealType],
    status: p.status,
    statusText: p.statusAsOf
      ? `${statusLabel(p.status)} (as of ${formatPartialDate(p.statusAsOf)})`
      : statusLabel(p.status),
    value: p.value ? `${formatProjectValue(p.value)} (${p.value.measures})` : null,
    conversion: usdEquivalentNote(p.value),
    usdBn: usdRangeOf(p.value)?.low ?? null,
    first: first ? formatPartialDate(first) : null,
    regions: p.regions.map((r) => labels.regions[r] ?? r).join(', '),
    confidence: p.confidence,
    sources: resolveSources(p.sources, sources),
  };
}

/** Comparable keys; null sorts last in both directions (missing is not smaller or larger than anything). */
function sortValue(p: Project, row: ProjectRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return row.name.toLocaleLowerCase('en');
    case 'sector':
      return row.sector.toLocaleLowerCase('en');
    case 'dealType':
      return row.dealType.toLocaleLowerCase('en');
    case 'status':
      return STATUS_ORDER.indexOf(p.status);
    case 'value':
      // Only US$ values (native or a stated equivalent) are comparable; others sort with the missing ones.
      return row.usdBn;
    case 'first':
      return firstDate(p);
    case 'region':
      return row.regions.toLocaleLowerCase('en') || null;
  }
}

// The same order as String.prototype.localeCompare with no locale (the default locale's collation), from one collator:
// localeCompare sets one up on every call, which made sorting 14,000 rows take hundreds of milliseconds.
let collator: Intl.Collator | null = null;
const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);

export function sortRows(projects: readonly Project[], rows: readonly ProjectRow[], sort: SortState): ProjectRow[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const keyed = rows.map((row) => ({ row, v: sortValue(byId.get(row.id) as Project, row, sort.key) }));
  const sign = sort.dir === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? compareText(a.row.name, b.row.name) : a.v === null ? 1 : -1;
    const cmp = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : compareText(String(a.v), String(b.v));
    return sign * cmp || compareText(a.row.name, b.row.name);
  });
  return keyed.map((k) => k.row);
}

/** The rows shown, in the order shown: what "Show data table" displays and "Download CSV" writes. */
export function projectTable(rows: readonly ProjectRow[]): TableModel {
  return {
    caption: 'Investment projects',
    columns: [
      { key: 'name', label: 'Project' },
      { key: 'sector', label: 'Sector' },
      { key: 'dealType', label: 'Deal type' },
      { key: 'status', label: 'Status' },
      { key: 'value', label: 'Value (original currency, what it measures)' },
      { key: 'conversion', label: 'US$ equivalent (stated rate, date)' },
      { key: 'first', label: 'First milestone' },
      { key: 'regions', label: 'Regions' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'sources', label: 'Sources (URL, or id where none)' },
    ],
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      sector: r.sector,
      dealType: r.dealType,
      status: r.statusText,
      value: r.value,
      conversion: r.conversion,
      first: r.first,
      regions: r.regions,
      confidence: r.confidence,
      sources: r.sources.map((s) => s.href ?? s.id).join(' '),
    })),
  };
}
