import type { DatasetRecord } from '@/data/schemas/registry';
import type { TradeAlternative } from '@/data/schemas/trade-common';
import { formatPartialDate, monthRange, type MonthKey } from '@/lib/months';
import type { Filters } from '@/domain/view-state';
import { periodOfMonth, type CombinedPeriod } from './combined-periods';

export type TradeMonth = DatasetRecord<'trade-monthly'>;

/** One month of the time axis. Values are `null` where no figure is sourced, so lines break there (never 0). */
export interface MonthPoint {
  month: MonthKey;
  label: string;
  total: number | null;
  exports: number | null;
  imports: number | null;
  /** Set for derived or approximate months: drawn with a hollow marker and explained in the table. */
  flagged: boolean;
  confidence: TradeMonth['confidence'] | null;
  method: string | null;
  sources: string[];
  /** Other values for the month (a conflicting report, a cross-check), each with its basis and sources. */
  alternatives: TradeAlternative[];
  /** Quality flags, e.g. `aggregator-source`. */
  flags: string[];
  /** The combined period a month without its own figure lies in (its total is the period's, never split). */
  period: CombinedPeriod | null;
}

/**
 * Whole calendar years from the first to the last month that has a figure, on its own or inside a combined period
 * (starting no later than `startAtLatest`): the brush can reach every month with data, and a missing month inside that
 * span is a visible gap.
 */
export function tradeAxis(
  months: readonly TradeMonth[],
  startAtLatest?: MonthKey,
  periods: readonly CombinedPeriod[] = [],
): MonthKey[] {
  if (months.length === 0 && periods.length === 0) return [];
  const keys = [...months.map((m) => m.month), ...periods.flatMap((p) => [p.from, p.to])].sort();
  const first = startAtLatest !== undefined && startAtLatest < (keys[0] ?? '') ? startAtLatest : (keys[0] ?? '');
  const last = keys[keys.length - 1] ?? '';
  return monthRange(`${first.slice(0, 4)}-01`, `${last.slice(0, 4)}-12`);
}

export function monthPoints(
  axis: readonly MonthKey[],
  months: readonly TradeMonth[],
  periods: readonly CombinedPeriod[] = [],
): MonthPoint[] {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const inPeriod = periodOfMonth(periods);
  return axis.map((month) => {
    const record = byMonth.get(month);
    return {
      month,
      label: formatPartialDate(month),
      total: record?.totalUsdBn ?? null,
      exports: record?.exportsUsdBn ?? null,
      imports: record?.importsUsdBn ?? null,
      flagged: record !== undefined && record.confidence !== 'confirmed',
      confidence: record?.confidence ?? null,
      method: record?.method ?? null,
      sources: record?.sources ?? [],
      alternatives: record?.alternatives ?? [],
      flags: record?.flags ?? [],
      // A month with its own figure (e.g. one imported later) shows that figure; the period still spans it.
      period: record ? null : (inPeriod.get(month) ?? null),
    };
  });
}

/** The part of the axis inside the filter window, as indices into the axis (null when they do not overlap). */
export function windowIndices(
  axis: readonly MonthKey[],
  filters: Pick<Filters, 'from' | 'to'>,
): { start: number; end: number } | null {
  const start = axis.findIndex((m) => m >= filters.from);
  const end = axis.findLastIndex((m) => m <= filters.to);
  if (start === -1 || end === -1 || start > end) return null;
  return { start, end };
}

export type Change =
  | { kind: 'change'; from: MonthKey; to: MonthKey; pct: number; missingBetween: MonthKey[] }
  | { kind: 'missing'; missing: MonthKey[] };

/** Percent change of the total between two months; says which month has no figure instead of guessing. */
export function percentChange(points: readonly MonthPoint[], from: MonthKey, to: MonthKey): Change {
  const a = points.find((p) => p.month === from)?.total ?? null;
  const b = points.find((p) => p.month === to)?.total ?? null;
  if (a === null || b === null)
    return { kind: 'missing', missing: [...(a === null ? [from] : []), ...(b === null && to !== from ? [to] : [])] };
  const missingBetween = points.filter((p) => p.month > from && p.month < to && p.total === null).map((p) => p.month);
  return { kind: 'change', from, to, pct: ((b - a) / a) * 100, missingBetween };
}

/**
 * The sharpest fall of the total over one to `span` months inside the points given (both ends must have a figure): a
 * dip that spreads over several months, or straddles months without a figure, is caught as one fall.
 */
export function sharpestFall(points: readonly MonthPoint[], span = 3): Extract<Change, { kind: 'change' }> | null {
  let best: Extract<Change, { kind: 'change' }> | null = null;
  // Shorter spans first, so that on a tie the tighter pair of months is named.
  for (let step = 1; step <= span; step += 1) {
    points.forEach((start, i) => {
      const end = points[i + step];
      if (!end || start.total === null || end.total === null) return;
      const change = percentChange(points, start.month, end.month);
      if (change.kind === 'change' && change.pct < 0 && (best === null || change.pct < best.pct)) best = change;
    });
  }
  return best;
}

/**
 * The filter window for a brush selection on the axis. An end of the brush resting on the axis's edge keeps a window
 * that already reaches beyond the axis (the brush cannot show months without data, but should not cut them off).
 */
export function windowFromIndices(
  axis: readonly MonthKey[],
  start: number,
  end: number,
  filters: Pick<Filters, 'from' | 'to'>,
): { from: MonthKey; to: MonthKey } | null {
  const lo = Math.max(0, Math.min(start, end));
  const hi = Math.min(axis.length - 1, Math.max(start, end));
  const first = axis[lo];
  const last = axis[hi];
  if (first === undefined || last === undefined) return null;
  return {
    from: lo === 0 && filters.from < first ? filters.from : first,
    to: hi === axis.length - 1 && filters.to > last ? filters.to : last,
  };
}
