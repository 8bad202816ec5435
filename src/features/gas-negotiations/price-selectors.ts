import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { yearInWindow } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import { byCodeUnit } from '@/lib/compare';

export type GasPrice = DatasetRecord<'gas-prices'>;

export const PRICE_KIND_LABELS: Record<GasPrice['kind'], string> = {
  actual: 'actual',
  forecast: 'forecast',
  estimate: 'estimate',
};
export const DESTINATION_LABELS: Record<GasPrice['destination'], string> = {
  china: 'China',
  'europe-turkey': 'Europe + Turkey',
};

/** One chart category: a year as published in one vintage (forecast vintages disagree, so they stay apart). */
export interface PriceRow {
  key: string;
  label: string;
  year: number;
  vintage: string;
  kind: GasPrice['kind'];
  /** US$ per 1,000 m³; null when the source gives no figure for that destination. */
  china: number | null;
  europe: number | null;
  /** (China − Europe) / Europe, in %: derived here, never sourced. */
  gapPct: number | null;
  /** The records drawn (sources and confidence for the chart's CSV). */
  chinaRecord: GasPrice | null;
  europeRecord: GasPrice | null;
}

/** "2024 forecast (published Sep 2023)". */
export function priceLabel(p: Pick<GasPrice, 'year' | 'kind' | 'vintage'>): string {
  return `${p.year} ${PRICE_KIND_LABELS[p.kind]} (published ${formatPartialDate(p.vintage)})`;
}

export function selectPriceRows(prices: readonly GasPrice[], filters: Pick<Filters, 'from' | 'to'>): PriceRow[] {
  const rows = new Map<string, PriceRow>();
  for (const p of prices) {
    if (!yearInWindow(p.year, filters)) continue;
    const key = `${p.year}|${p.kind}|${p.vintage}`;
    const row = rows.get(key) ?? {
      key,
      label: priceLabel(p),
      year: p.year,
      vintage: p.vintage,
      kind: p.kind,
      china: null,
      europe: null,
      gapPct: null,
      chinaRecord: null,
      europeRecord: null,
    };
    if (p.destination === 'china') {
      row.china = p.usdPer1000m3;
      row.chinaRecord = p;
    } else {
      row.europe = p.usdPer1000m3;
      row.europeRecord = p;
    }
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      gapPct: r.china !== null && r.europe !== null ? ((r.china - r.europe) / r.europe) * 100 : null,
    }))
    .sort((a, b) => a.year - b.year || byCodeUnit(a.vintage, b.vintage));
}

export function priceTable(prices: readonly GasPrice[], filters: Pick<Filters, 'from' | 'to'>): TableModel {
  const shown = prices
    .filter((p) => yearInWindow(p.year, filters))
    .sort((a, b) => a.year - b.year || byCodeUnit(a.vintage, b.vintage));
  return {
    caption: 'Russian gas export prices, China vs Europe + Turkey (US$ per 1,000 m³)',
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'destination', label: 'Destination' },
      { key: 'price', label: 'Price (US$ per 1,000 m³)', kind: 'number' },
      { key: 'kind', label: 'Actual / forecast / estimate' },
      { key: 'vintage', label: 'Published' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: shown.map((p) => ({
      id: p.id,
      year: p.year,
      destination: DESTINATION_LABELS[p.destination],
      price: p.usdPer1000m3,
      kind: PRICE_KIND_LABELS[p.kind],
      vintage: formatPartialDate(p.vintage),
      confidence: p.confidence,
      sources: p.sources.join(' '),
    })),
  };
}

/** The sourced prices for one destination, newest year first, and within a year the newest vintage first. */
export function pricesFor(prices: readonly GasPrice[], destination: GasPrice['destination']): GasPrice[] {
  return prices
    .filter((p) => p.destination === destination)
    .sort((a, b) => b.year - a.year || byCodeUnit(b.vintage, a.vintage));
}
