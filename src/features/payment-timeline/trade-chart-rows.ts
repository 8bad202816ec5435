import { formatNumber } from '@/lib/format';
import type { TidyRow } from '@/lib/tidy-csv';
import { SERIES, type SeriesKey } from './series-styles';
import type { MonthPoint } from './trade-series';

/** payments-trade: one row per month and series drawn inside the brush window, in US$ bn, with its sources. */
export function tradeRows(axis: readonly MonthPoint[], window: { start: number; end: number }): TidyRow[] {
  return axis.slice(window.start, window.end + 1).flatMap((p) =>
    (['total', 'exports', 'imports'] as SeriesKey[]).flatMap((key) => {
      const value = p[key];
      if (value === null) return [];
      return [
        {
          series: SERIES[key].label,
          category: p.label,
          date: p.month,
          value,
          low: null,
          high: null,
          unit: 'US$ bn',
          currency: 'USD',
          usdEquivalent: value,
          confidence: p.confidence,
          sourceIds: p.sources,
        },
      ];
    }),
  );
}

/** The latest monthly total against the highest in the window: "Trade in Mar 2025: US$18.2 bn, 24% below the peak". */
export function tradeTitle(axis: readonly MonthPoint[], window: { start: number; end: number }): string {
  const shown = axis.slice(window.start, window.end + 1).filter((p) => p.total !== null);
  const last = shown.at(-1);
  const peak = [...shown].sort((a, b) => (b.total ?? 0) - (a.total ?? 0))[0];
  if (!last || !peak || last.total === null || peak.total === null) return 'China–Russia trade by month';
  if (peak === last) return `China–Russia trade peaked in ${last.label}: US$${formatNumber(last.total, 1)} bn`;
  const below = ((peak.total - last.total) / peak.total) * 100;
  return `China–Russia trade in ${last.label}: US$${formatNumber(last.total, 1)} bn, ${formatNumber(below, 0)}% below the ${peak.label} peak`;
}
