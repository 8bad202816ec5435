import { formatNumber } from '@/lib/format';
import type { TidyRow } from '@/lib/tidy-csv';
import { PRICE_KIND_LABELS, type PriceRow } from './price-selectors';
import type { SupplierBar } from './supplier-selectors';

const SERIES = { china: 'Export price to China', europe: 'Export price to Europe + Turkey' } as const;

/** gas-price: one row per bar drawn, in US$ per 1,000 m³, the kind (actual, forecast) and vintage in the category. */
export function gasPriceRows(rows: readonly PriceRow[]): TidyRow[] {
  return rows.flatMap((r) =>
    (['china', 'europe'] as const).flatMap((dest) => {
      const rec = dest === 'china' ? r.chinaRecord : r.europeRecord;
      if (!rec) return [];
      return [
        {
          series: SERIES[dest],
          category: `${r.year} ${PRICE_KIND_LABELS[r.kind]} (published ${r.vintage})`,
          date: String(r.year),
          value: rec.usdPer1000m3,
          low: null,
          high: null,
          unit: 'US$ per 1,000 m³',
          currency: 'USD',
          usdEquivalent: rec.usdPer1000m3,
          confidence: rec.confidence,
          sourceIds: rec.sources,
        },
      ];
    }),
  );
}

/** The gap in the latest year with both prices: "China paid 29% less than Europe in 2024 (actual)". */
export function gasPriceTitle(rows: readonly PriceRow[]): string {
  const both = rows.filter((r) => r.gapPct !== null);
  const last = both.at(-1);
  if (!last || last.gapPct === null) return 'Russian gas export prices to China and to Europe';
  const gap = Math.abs(last.gapPct);
  const word = last.gapPct < 0 ? 'less' : 'more';
  return `China’s price ${last.kind === 'actual' ? 'was' : 'is put at'} ${formatNumber(gap, 0)}% ${word} than Europe’s in ${last.year} (${PRICE_KIND_LABELS[last.kind]})`;
}

/** gas-suppliers: one row per bar, the unit given by the caller (the chosen measure). */
export function supplierRows(bars: readonly SupplierBar[], unit: string): TidyRow[] {
  return bars.map((b) => ({
    series: b.record.metric,
    category: b.label,
    date: String(b.record.year),
    value: b.value,
    low: null,
    high: null,
    unit,
    currency: b.record.metric === 'value-usd-bn' ? 'USD' : null,
    usdEquivalent: b.record.metric === 'value-usd-bn' ? b.value : null,
    confidence: b.record.confidence,
    sourceIds: b.record.sources,
  }));
}

export function supplierTitle(bars: readonly SupplierBar[], axisLabel: string): string {
  const [top, second] = bars;
  if (!top) return `China’s gas imports: ${axisLabel}`;
  return second
    ? `${top.supplier} leads China’s gas imports (${axisLabel.toLowerCase()}), ahead of ${second.supplier}`
    : `${top.supplier}: ${axisLabel.toLowerCase()}`;
}
