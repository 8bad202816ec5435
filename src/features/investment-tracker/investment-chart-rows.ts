import { formatNumber } from '@/lib/format';
import type { TidyRow } from '@/lib/tidy-csv';
import type { BarDatum, ByYearView } from './breakdown-selectors';
import { usdBarLabel, type ValueGroup } from './value-selectors';

/** The numbers the investment charts plot, as tidy rows for their CSV (see lib/tidy-csv.ts). */
const base = { low: null, high: null, currency: null, usdEquivalent: null, confidence: null } as const;

/** Projects per group: one row per bar drawn ("Other" included, as drawn). */
export function countRows(bars: readonly BarDatum[]): TidyRow[] {
  return bars.map((b) => ({
    ...base,
    series: 'Projects',
    category: b.label,
    date: null,
    value: b.count,
    unit: 'projects',
    sourceIds: b.sourceIds,
  }));
}

/** US$ value per group: the low and high ends of the summed range, in US$ bn. */
export function valueRows(bars: readonly ValueGroup[]): TidyRow[] {
  return bars.map((b) => ({
    ...base,
    series: 'Value in US$ (native US$ and stated equivalents)',
    category: b.label,
    date: null,
    value: b.usd.count === 0 ? null : b.usd.low,
    low: b.usd.count === 0 ? null : b.usd.low,
    high: b.usd.count === 0 ? null : b.usd.high,
    unit: 'US$ bn',
    currency: 'USD',
    usdEquivalent: b.usd.count === 0 ? null : b.usd.low,
    sourceIds: b.sourceIds,
  }));
}

/** Projects by the year of their first milestone, each year citing the sources of the projects it counts. */
export function yearRows(view: ByYearView): TidyRow[] {
  return view.data.map((d) => ({
    ...base,
    series: 'Projects (year of first milestone)',
    category: d.year,
    date: d.year,
    value: d.count,
    unit: 'projects',
    sourceIds: d.sourceIds,
  }));
}

/** "Energy has the most projects by sector: 12", from the bars drawn (largest first). */
export function countTitle(noun: string, bars: readonly BarDatum[]): string {
  const top = bars.find((b) => b.count > 0);
  if (!top) return `No projects by ${noun} in this view`;
  return `${top.label} has the most projects by ${noun}: ${formatNumber(top.count, 0)}`;
}

export function valueTitle(noun: string, bars: readonly ValueGroup[]): string {
  const top = bars.find((b) => b.usd.count > 0);
  return top
    ? // Label first, no verb: "Gas pipelines holds" read wrong for plural groups.
      `Largest stated value by ${noun}: ${top.label}, ${usdBarLabel(top)}`
    : `No US$ values by ${noun}`;
}

export function yearTitle(view: ByYearView): string {
  const peak = [...view.data].sort((a, b) => b.count - a.count || a.year.localeCompare(b.year))[0];
  return peak && peak.count > 0
    ? `Project starts peaked in ${peak.year}, with ${formatNumber(peak.count, 0)} first milestones`
    : 'No dated projects in this view';
}
