import type { Confidence } from '@/data/schemas/common';
import type { DatasetRecord } from '@/data/schemas/registry';
import { monthRange, type MonthKey } from '@/lib/months';

/**
 * One published (or derived) trade figure and the months it covers: a single month, a two-month Jan–Feb figure, a
 * cumulative period or a calendar year. A 12-month total is built only from entries that cover its months exactly,
 * never by splitting a period or by summing a year with a month missing.
 */
export interface TradeEntry {
  from: MonthKey;
  to: MonthKey;
  totalUsdBn: number;
  sources: readonly string[];
  confidence: Confidence;
  /** The year-on-year change the source prints for this same span, if it prints one. */
  yoyPct?: number | undefined;
}

/** A window of 12 (or any number of) months covered exactly by entries, in month order. */
export interface TradeTiling {
  from: MonthKey;
  to: MonthKey;
  entries: TradeEntry[];
  totalUsdBn: number;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { confirmed: 0, derived: 1, approximate: 2, 'seed-only': 3 };

/** The least certain of the grades: a sum is as good as its weakest part. */
export function worstConfidence(grades: readonly Confidence[]): Confidence {
  return grades.reduce<Confidence>(
    (worst, g) => (CONFIDENCE_RANK[g] > CONFIDENCE_RANK[worst] ? g : worst),
    'confirmed',
  );
}

/**
 * Every trade figure of the three files as entries. A monthly record covers its month (or, once the file carries
 * two-month Jan–Feb figures, the span its `to` field names); periods cover from–to; a year covers its twelve months.
 */
export function tradeEntries(
  monthly: readonly DatasetRecord<'trade-monthly'>[] = [],
  periods: readonly DatasetRecord<'trade-periods'>[] = [],
  annual: readonly DatasetRecord<'trade-annual'>[] = [],
): TradeEntry[] {
  const entry = (
    from: MonthKey,
    to: MonthKey,
    r: { totalUsdBn: number; sources: string[]; confidence: Confidence },
  ) => ({
    from,
    to,
    totalUsdBn: r.totalUsdBn,
    sources: r.sources,
    confidence: r.confidence,
  });
  return [
    ...monthly.map((m) => entry(m.month, monthlyEnd(m), m)),
    ...periods.map((p) => ({ ...entry(p.from, p.to, p), yoyPct: p.yoyPct })),
    // "more than 107" is not a total to add up.
    ...annual
      .filter((a) => a.qualifier === undefined)
      .map((a) => ({ ...entry(`${a.year}-01`, `${a.year}-12`, a), yoyPct: a.yoyPct })),
  ];
}

/** The last month a monthly record covers: its own month, or the end of a two-month figure when the record says so. */
function monthlyEnd(record: DatasetRecord<'trade-monthly'>): MonthKey {
  const to: unknown = (record as { to?: unknown }).to;
  return typeof to === 'string' && to > record.month ? to : record.month;
}

/** Cost of a tiling: fewest derived or estimated parts first, then fewest parts (a published total beats a sum). */
type Cost = [uncertain: number, parts: number];
const cheaper = (a: Cost, b: Cost) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * The best exact cover of the months from…to by entries, or null when some month is covered by none (or only by
 * entries that spill over the window's edges). Dynamic programming over the months: small (12 steps × entries).
 */
export function tileWindow(entries: readonly TradeEntry[], from: MonthKey, to: MonthKey): TradeTiling | null {
  const months = monthRange(from, to);
  const index = new Map(months.map((m, i) => [m, i]));
  const startingAt = new Map<number, TradeEntry[]>();
  for (const e of entries) {
    const start = index.get(e.from);
    if (start === undefined || !index.has(e.to) || e.to < e.from) continue;
    const list = startingAt.get(start);
    if (list) list.push(e);
    else startingAt.set(start, [e]);
  }
  // best[i]: the cheapest cover of months[0..i-1].
  const best: ({ cost: Cost; entries: TradeEntry[] } | null)[] = months.map(() => null);
  best.push(null);
  best[0] = { cost: [0, 0], entries: [] };
  for (let i = 0; i < months.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (const e of startingAt.get(i) ?? []) {
      const next = (index.get(e.to) as number) + 1;
      const cost: Cost = [here.cost[0] + (e.confidence === 'confirmed' ? 0 : 1), here.cost[1] + 1];
      const there = best[next];
      if (!there || cheaper(cost, there.cost)) best[next] = { cost, entries: [...here.entries, e] };
    }
  }
  const done = best[months.length];
  if (!done) return null;
  return { from, to, entries: done.entries, totalUsdBn: done.entries.reduce((sum, e) => sum + e.totalUsdBn, 0) };
}

/** The month `count` months before (negative) or after `month`. */
export function shiftMonth(month: MonthKey, count: number): MonthKey {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + count;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * Months from…to without a figure of their own inside the window: no entry lying within from…to covers them (a month
 * inside a published period counts as covered; one known only from a year or period reaching outside it does not).
 */
export function uncoveredMonths(entries: readonly TradeEntry[], from: MonthKey, to: MonthKey): MonthKey[] {
  const inside = entries.filter((e) => e.from >= from && e.to <= to);
  return monthRange(from, to).filter((m) => !inside.some((e) => e.from <= m && m <= e.to));
}

export interface Latest12Months {
  current: TradeTiling;
  previous: TradeTiling | null;
  /** The latest month with a figure, when the 12 months to it could not be summed (its gaps are `missing`). */
  latestMonth: MonthKey | null;
  missing: MonthKey[];
}

/**
 * The latest 12 consecutive months up to `anchor` whose trade can be summed exactly, and the 12 months before them.
 * When the 12 months to the latest figure have a gap, an earlier complete window is taken and the gap is reported, so
 * a partial year is never passed off as a year.
 */
export function latest12Months(entries: readonly TradeEntry[], anchor: MonthKey): Latest12Months | null {
  const usable = entries.filter((e) => e.to <= anchor);
  if (usable.length === 0) return null;
  const latest = usable.reduce((max, e) => (e.to > max ? e.to : max), usable[0]?.to as MonthKey);
  const earliest = usable.reduce((min, e) => (e.from < min ? e.from : min), latest);
  for (let end = latest; shiftMonth(end, -11) >= earliest; end = shiftMonth(end, -1)) {
    const current = tileWindow(usable, shiftMonth(end, -11), end);
    if (!current) continue;
    const previous = tileWindow(usable, shiftMonth(end, -23), shiftMonth(end, -12));
    const gap = end === latest ? [] : uncoveredMonths(usable, shiftMonth(latest, -11), latest);
    return { current, previous, latestMonth: end === latest ? null : latest, missing: gap };
  }
  return null;
}
