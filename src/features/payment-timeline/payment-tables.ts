import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { byCodeUnit } from '@/lib/compare';
import type { MonthPoint } from './trade-series';

type TradeAnnual = DatasetRecord<'trade-annual'>;
type TradePeriod = DatasetRecord<'trade-periods'>;
type YuanShare = DatasetRecord<'yuan-share'>;

const QUALIFIER: Record<NonNullable<TradeAnnual['qualifier']>, string> = {
  about: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
};

/** Every month of the chart, including the ones without a figure (shown as "—", confidence "not sourced"). */
export function monthsTable(points: readonly MonthPoint[]): TableModel {
  return {
    caption: 'China–Russia trade by month (US$ bn, GACC)',
    columns: [
      { key: 'month', label: 'Month' },
      { key: 'total', label: 'Total (US$ bn)', kind: 'number' },
      { key: 'exports', label: 'China exports to Russia (US$ bn)', kind: 'number' },
      { key: 'imports', label: 'China imports from Russia (US$ bn)', kind: 'number' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'method', label: 'Method (derived months)' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: points.map((p) => ({
      id: p.month,
      month: p.label,
      total: p.total,
      exports: p.exports,
      imports: p.imports,
      confidence: p.confidence ?? 'not sourced',
      method: p.method,
      sources: p.sources.join(' ') || null,
    })),
  };
}

export function annualTable(records: readonly TradeAnnual[]): TableModel {
  return {
    caption: 'China–Russia trade by year (US$ bn, GACC)',
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'total', label: 'Total (US$ bn)', kind: 'number' },
      { key: 'qualifier', label: 'Qualifier' },
      { key: 'yoy', label: 'Total y/y (%)', kind: 'number' },
      { key: 'exports', label: 'China exports to Russia (US$ bn)', kind: 'number' },
      { key: 'imports', label: 'China imports from Russia (US$ bn)', kind: 'number' },
      { key: 'alternatives', label: 'Other statistics (US$ bn, basis)' },
      { key: 'note', label: 'Note' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: [...records]
      .sort((a, b) => a.year - b.year)
      .map((r) => ({
        id: r.id,
        year: String(r.year),
        total: r.totalUsdBn,
        qualifier: r.qualifier ? QUALIFIER[r.qualifier] : null,
        yoy: r.yoyPct ?? null,
        exports: r.exportsUsdBn ?? null,
        imports: r.importsUsdBn ?? null,
        // Where Russian statistics differ from China's customs figures, both are kept, each with its basis.
        alternatives: r.alternatives?.map((a) => `${a.value} (${a.basis})`).join('; ') || null,
        note: r.note ?? null,
        confidence: r.confidence,
        sources: [...r.sources, ...(r.alternatives ?? []).flatMap((a) => a.sources)].join(' '),
      })),
  };
}

export function periodsTable(records: readonly TradePeriod[]): TableModel {
  return {
    caption: 'Cumulative periods (US$ bn, GACC; not single months)',
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'total', label: 'Total (US$ bn)', kind: 'number' },
      { key: 'exports', label: 'China exports to Russia (US$ bn)', kind: 'number' },
      { key: 'imports', label: 'China imports from Russia (US$ bn)', kind: 'number' },
      { key: 'yoy', label: 'y/y (%)', kind: 'number' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: [...records]
      .sort((a, b) => byCodeUnit(a.from, b.from) || byCodeUnit(a.to, b.to))
      .map((r) => ({
        id: r.id,
        period: `${formatPartialDate(r.from)} – ${formatPartialDate(r.to)}`,
        total: r.totalUsdBn,
        exports: r.exportsUsdBn ?? null,
        imports: r.importsUsdBn ?? null,
        yoy: r.yoyPct ?? null,
        confidence: r.confidence,
        sources: r.sources.join(' '),
      })),
  };
}

/** One row per figure; each metric keeps its own label and scope (they measure different things). */
export function yuanShareTable(records: readonly YuanShare[]): TableModel {
  return {
    caption: 'Currency of settlement (%; each metric has its own scope)',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'metric', label: 'Metric' },
      { key: 'value', label: 'Share (%)', kind: 'number' },
      { key: 'scope', label: 'Scope' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: [...records]
      .sort((a, b) => byCodeUnit(a.metric, b.metric) || byCodeUnit(a.date, b.date))
      .map((r) => ({
        id: r.id,
        date: formatPartialDate(r.date),
        metric: r.label,
        value: r.valuePct,
        scope: r.scope,
        confidence: r.confidence,
        sources: r.sources.join(' '),
      })),
  };
}
