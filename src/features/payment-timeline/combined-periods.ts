import type { DatasetRecord } from '@/data/schemas/registry';
import type { TradeAlternative } from '@/data/schemas/trade-common';
import { formatPartialDate, monthRange, type MonthKey } from '@/lib/months';

type TradePeriod = DatasetRecord<'trade-periods'>;

/**
 * Consecutive months known only together (China customs' January–February, or the difference of two year-to-date
 * totals). The series draws one as a single marked span with its total; it is never split into months.
 */
export interface CombinedPeriod {
  id: string;
  from: MonthKey;
  to: MonthKey;
  /** "Jan–Feb 2024" (both years when it crosses one: "Dec 2024 – Jan 2025"). */
  label: string;
  months: number;
  total: number;
  exports: number | null;
  imports: number | null;
  confidence: TradePeriod['confidence'];
  method: string | null;
  sources: string[];
  alternatives: TradeAlternative[];
  flags: string[];
}

export function periodLabel(from: MonthKey, to: MonthKey): string {
  const [start, end] = [formatPartialDate(from), formatPartialDate(to)];
  return from.slice(0, 4) === to.slice(0, 4) ? `${start.slice(0, 3)}–${end}` : `${start} – ${end}`;
}

/** The combined-months records, oldest first (year-to-date totals are reference figures and are not drawn). */
export function combinedPeriods(records: readonly TradePeriod[]): CombinedPeriod[] {
  return records
    .filter((r) => r.kind === 'combined-months')
    .map((r) => ({
      id: r.id,
      from: r.from,
      to: r.to,
      label: periodLabel(r.from, r.to),
      months: monthRange(r.from, r.to).length,
      total: r.totalUsdBn,
      exports: r.exportsUsdBn ?? null,
      imports: r.importsUsdBn ?? null,
      confidence: r.confidence,
      method: r.method ?? null,
      sources: r.sources,
      alternatives: r.alternatives ?? [],
      flags: r.flags ?? [],
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Which period each month belongs to (the first one, should an imported file overlap two). */
export function periodOfMonth(periods: readonly CombinedPeriod[]): Map<MonthKey, CombinedPeriod> {
  const byMonth = new Map<MonthKey, CombinedPeriod>();
  for (const p of periods) for (const m of monthRange(p.from, p.to)) if (!byMonth.has(m)) byMonth.set(m, p);
  return byMonth;
}
