import type { DatasetRecord } from '@/data/schemas/registry';
import type { TableModel } from '@/lib/table-model';
import { yearInWindow } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';

export type GasSupplier = DatasetRecord<'gas-suppliers'>;
export type SupplierMetric = GasSupplier['metric'];

/** One unit per chart: value and volume are never drawn on one axis. */
export const METRICS: Record<SupplierMetric, { label: string; unit: string }> = {
  'value-usd-bn': { label: 'Import value', unit: 'US$ bn' },
  'volume-mt': { label: 'Import volume', unit: 'Mt' },
  'volume-bcm': { label: 'Import volume', unit: 'bcm' },
  'share-pct': { label: 'Share of imports', unit: '%' },
};
const METRIC_ORDER = Object.keys(METRICS) as SupplierMetric[];
/** Shares are left out of the chart: the sources take them of different totals (LNG volume, pipeline value). */
const CHART_METRICS: readonly SupplierMetric[] = ['value-usd-bn', 'volume-mt', 'volume-bcm'];
export const MODE_LABELS: Record<GasSupplier['mode'], string> = { pipeline: 'pipeline', lng: 'LNG' };

export function metricLabel(metric: SupplierMetric): string {
  return `${METRICS[metric].label} (${METRICS[metric].unit})`;
}

/** A year, or a part-year ("2025 Jan–Oct") that must not be read as a full year. */
export function supplierPeriod(s: Pick<GasSupplier, 'year' | 'period'>): string {
  return s.period ? `${s.year} ${s.period}` : String(s.year);
}

export interface SupplierChoices {
  metrics: SupplierMetric[];
  /** Periods with data for the chosen metric, newest first. */
  periods: string[];
  metric: SupplierMetric | null;
  period: string | null;
}

/** The import figures whose year is in the time window. */
export function suppliersInWindow(
  suppliers: readonly GasSupplier[],
  filters: Pick<Filters, 'from' | 'to'>,
): GasSupplier[] {
  return suppliers.filter((s) => yearInWindow(s.year, filters));
}

/**
 * Valid choices among the figures in the window; a wanted metric or period that is no longer available falls back to
 * the first one.
 */
export function supplierChoices(
  inWindow: readonly GasSupplier[],
  want: { metric?: string | undefined; period?: string | undefined },
): SupplierChoices {
  const metrics = CHART_METRICS.filter((m) => inWindow.some((s) => s.metric === m));
  const metric = metrics.find((m) => m === want.metric) ?? metrics[0] ?? null;
  const ofMetric = inWindow
    .filter((s) => s.metric === metric)
    .sort((a, b) => b.year - a.year || Number(!a.period) - Number(!b.period));
  const periods = [...new Set(ofMetric.map(supplierPeriod))];
  const period = periods.find((p) => p === want.period) ?? periods[0] ?? null;
  return { metrics, periods, metric, period };
}

export interface SupplierBar {
  id: string;
  label: string;
  supplier: string;
  mode: GasSupplier['mode'];
  value: number;
  approximate: boolean;
  /** The record drawn (unit, year, sources for the chart's CSV). */
  record: GasSupplier;
}

export function selectSupplierBars(
  suppliers: readonly GasSupplier[],
  choices: Pick<SupplierChoices, 'metric' | 'period'>,
): SupplierBar[] {
  return suppliers
    .filter((s) => s.metric === choices.metric && supplierPeriod(s) === choices.period)
    .sort((a, b) => b.value - a.value)
    .map((s) => ({
      id: s.id,
      label: `${s.supplier} (${MODE_LABELS[s.mode]})`,
      supplier: s.supplier,
      mode: s.mode,
      value: s.value,
      approximate: s.confidence !== 'confirmed',
      record: s,
    }));
}

export function supplierTable(suppliers: readonly GasSupplier[], filters: Pick<Filters, 'from' | 'to'>): TableModel {
  const rows = suppliers
    .filter((s) => yearInWindow(s.year, filters))
    .sort(
      (a, b) => a.year - b.year || METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) || b.value - a.value,
    );
  return {
    caption: "China's gas import sources (each row states its unit)",
    columns: [
      { key: 'period', label: 'Year' },
      { key: 'supplier', label: 'Supplier' },
      { key: 'mode', label: 'Pipeline / LNG' },
      { key: 'measure', label: 'Measure' },
      { key: 'value', label: 'Value', kind: 'number' },
      { key: 'unit', label: 'Unit' },
      { key: 'note', label: 'Note' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: rows.map((s) => ({
      id: s.id,
      period: supplierPeriod(s),
      supplier: s.supplier,
      mode: MODE_LABELS[s.mode],
      measure: METRICS[s.metric].label,
      value: s.value,
      unit: METRICS[s.metric].unit,
      note: s.note ?? null,
      sources: s.sources.join(' '),
    })),
  };
}
