import { DEAL_TYPES, DEAL_TYPE_LABELS } from '@/data/schemas/projects';
import { formatNumber, pluralise } from '@/lib/format';
import type { TableModel } from '@/lib/table-model';
import type { Labels, Project } from './investment-selectors';
import {
  formatCurrencySum,
  formatUsdSum,
  sumByCurrency,
  sumUsd,
  usdRangeOf,
  withoutValueText,
  type CurrencySum,
  type UsdSum,
} from './project-value';

/** The id of the bar that gathers the groups beyond the first few (it is not a filter value). */
export const OTHER_ID = '__other';
/** Enough bars to read on a phone; the rest are gathered in one "Other" bar (the table lists every group). */
export const TOP_GROUPS = 10;

/** One group's values: the US$ sum (native US$ plus the equivalents sources state) and what it leaves out. */
export interface ValueGroup {
  id: string;
  label: string;
  count: number;
  usd: UsdSum;
  /** Values the US$ bars cannot show: in ₽, CN¥ or € with no US$ equivalent stated, summed per currency. */
  notInUsd: CurrencySum[];
  withoutValue: number;
  /** For the chart: the low end, and the distance from it to the high end (0 for point values). */
  usdLow: number;
  usdSpan: number;
  /** How many groups "Other" stands for (1 for an ordinary group). */
  groups: number;
  sourceIds: readonly string[];
}

export interface ValueBreakdown {
  bars: ValueGroup[];
  /** Every group, for the data table (nothing is hidden in "Other" there). */
  all: ValueGroup[];
  /** Over all projects shown: what the bars leave out. */
  notInUsd: CurrencySum[];
  notInUsdCount: number;
  withoutValue: number;
  /** How many different deal types have a US$ value in the bars: a sum across them must say so. */
  dealTypesInUsd: number;
}

function group(id: string, label: string, projects: readonly Project[], groups = 1): ValueGroup {
  const values = projects.map((p) => p.value);
  const usd = sumUsd(values);
  return {
    id,
    label,
    count: projects.length,
    usd,
    notInUsd: sumByCurrency(values.filter((v) => v !== null && usdRangeOf(v) === null)),
    withoutValue: values.filter((v) => v === null).length,
    usdLow: usd.low,
    usdSpan: usd.high - usd.low,
    groups,
    sourceIds: [...new Set(projects.flatMap((p) => p.sources))],
  };
}

/** Largest US$ value first (by the high end), then by count and label. */
function byValue(a: ValueGroup, b: ValueGroup): number {
  return b.usd.high - a.usd.high || b.count - a.count || a.label.localeCompare(b.label);
}

/**
 * US$ values per group (sector or deal type), summed only within the group and only from US$ values or the
 * equivalents the sources state. The first `top` groups are bars; the rest are one "Other" bar, except groups the
 * user selected, which always keep their own bar.
 */
export function selectValueBy(
  projects: readonly Project[],
  keyOf: (p: Project) => string,
  labels: Record<string, string>,
  selected: readonly string[] = [],
  top = TOP_GROUPS,
): ValueBreakdown {
  const byKey = new Map<string, Project[]>();
  for (const p of projects) byKey.set(keyOf(p), [...(byKey.get(keyOf(p)) ?? []), p]);
  const all = [...byKey.entries()].map(([id, items]) => group(id, labels[id] ?? id, items)).sort(byValue);
  const keep = all.filter((g, i) => i < top || selected.includes(g.id));
  const rest = all.filter((g) => !keep.includes(g));
  const restProjects = projects.filter((p) => rest.some((g) => g.id === keyOf(p)));
  const bars =
    rest.length > 1 ? [...keep, group(OTHER_ID, `Other (${rest.length} groups)`, restProjects, rest.length)] : all;
  const inUsd = projects.filter((p) => usdRangeOf(p.value) !== null);
  const notInUsd = projects.filter((p) => p.value !== null && usdRangeOf(p.value) === null);
  return {
    bars,
    all,
    notInUsd: sumByCurrency(notInUsd.map((p) => p.value)),
    notInUsdCount: notInUsd.length,
    withoutValue: projects.filter((p) => p.value === null).length,
    dealTypesInUsd: new Set(inUsd.map((p) => p.dealType)).size,
  };
}

export function selectValueBySector(projects: readonly Project[], labels: Labels, selected: readonly string[]) {
  return selectValueBy(projects, (p) => p.sector, labels.sectors, selected);
}

/** Every deal type keeps its bar (there are six): the point of the chart is to keep them apart. */
export function selectValueByDealType(projects: readonly Project[], selected: readonly string[]) {
  return selectValueBy(projects, (p) => p.dealType, DEAL_TYPE_LABELS, selected, DEAL_TYPES.length);
}

/** "US$12–14 bn" for a bar's label, or "no US$ value". */
export function usdBarLabel(g: ValueGroup): string {
  return g.usd.count === 0 ? 'no US$ value' : formatCurrencySum({ ...g.usd, currency: 'USD' });
}

/** "₽240 bn; CN¥2.6 bn" or null. */
export function notInUsdText(sums: readonly CurrencySum[]): string | null {
  return sums.length === 0 ? null : sums.map(formatCurrencySum).join('; ');
}

/**
 * What the bars leave out, said in full: "Not drawn: 9 projects with a value only in ₽, CN¥ or € (₽240 bn; CN¥2.6 bn),
 * 35 projects without a value."
 */
export function leftOutText(view: Pick<ValueBreakdown, 'notInUsd' | 'notInUsdCount' | 'withoutValue'>): string {
  const parts = [
    view.notInUsdCount > 0
      ? `${pluralise(view.notInUsdCount, 'project')} with a value only in ₽, CN¥ or € and no US$ equivalent stated (${notInUsdText(view.notInUsd) ?? ''})`
      : null,
    withoutValueText(view.withoutValue),
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? 'Every project shown has a US$ value.' : `Not drawn: ${parts.join('; ')}.`;
}

/** The chart's table: every group (none hidden in "Other"), with what each sum is made of. */
export function valueTable(caption: string, dimension: string, view: ValueBreakdown): TableModel {
  return {
    caption,
    columns: [
      { key: 'label', label: dimension },
      { key: 'count', label: 'Projects', kind: 'number' },
      { key: 'usd', label: 'US$ value (native or as sources state it)' },
      { key: 'notInUsd', label: 'Values with no US$ equivalent (own currency)' },
      { key: 'withoutValue', label: 'Projects without a value', kind: 'number' },
    ],
    rows: view.all.map((g) => ({
      id: g.id,
      label: g.label,
      count: g.count,
      usd: g.usd.count === 0 ? null : formatUsdSum(g.usd),
      notInUsd: notInUsdText(g.notInUsd),
      withoutValue: g.withoutValue,
    })),
  };
}

/** "US$ total across 4 deal types" — the honest name of a sum that adds loans, contracts and plans. */
export function acrossDealTypesText(count: number): string {
  return count <= 1 ? 'one deal type' : `${formatNumber(count, 0)} deal types added together`;
}
