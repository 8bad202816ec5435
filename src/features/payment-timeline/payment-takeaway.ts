import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber, formatUsdBn } from '@/lib/format';

type AnnualTrade = Pick<DatasetRecord<'trade-annual'>, 'year' | 'totalUsdBn' | 'yoyPct'>;

/**
 * The card's claim: how the latest full year of trade in the window moved ("Trade fell 6.9% in 2025, to US$228.1
 * bn"). The year-on-year rate is the source's where it gives one, else computed from the year before's total.
 */
export function paymentTakeaway(annual: readonly AnnualTrade[]): string {
  const years = [...annual].sort((a, b) => a.year - b.year);
  const last = years.at(-1);
  if (!last) return 'No annual trade total in this time window.';
  const before = years.find((y) => y.year === last.year - 1);
  const pct = last.yoyPct ?? (before ? ((last.totalUsdBn - before.totalUsdBn) / before.totalUsdBn) * 100 : null);
  const total = formatUsdBn(Math.round(last.totalUsdBn * 10) / 10);
  if (pct === null) return `China–Russia trade was ${total} in ${last.year}.`;
  if (Math.abs(pct) < 0.05) return `China–Russia trade held at ${total} in ${last.year}.`;
  return `China–Russia trade ${pct < 0 ? 'fell' : 'rose'} ${formatNumber(Math.abs(pct))}% in ${last.year}, to ${total}.`;
}
