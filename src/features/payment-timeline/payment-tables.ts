import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { byCodeUnit } from '@/lib/compare';
import type { TradeAlternative } from '@/data/schemas/trade-common';
import type { MonthPoint } from './trade-series';

type TradeAnnual = DatasetRecord<'trade-annual'>;
type TradePeriod = DatasetRecord<'trade-periods'>;
type YuanShare = DatasetRecord<'yuan-share'>;

const FLAG_TEXT: Record<string, string> = {
  'aggregator-source': 'rests on an aggregator page',
  'mixed-sources': 'parts from different releases',
};

/** "exports 11.28 (Sputnik: …)"; the field is named unless it is the total. */
export function alternativesText(alternatives: readonly TradeAlternative[]): string | null {
  const text = alternatives
    .map((a) => `${a.field && a.field !== 'total' ? `${a.field} ` : ''}${a.value} (${a.basis}; ${a.sources.join(' ')})`)
    .join('; ');
  return text || null;
}

const flagsText = (flags: readonly string[]): string | null => flags.map((f) => FLAG_TEXT[f] ?? f).join('; ') || null;

const QUALIFIER: Record<NonNullable<TradeAnnual['qualifier']>, string> = {
  about: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
};

/**
 * Every month of the chart, including the ones without a figure (shown as "—", confidence "not sourced"); months known
 * only together are one row for their period ("Jan–Feb 2024 (2 months together)"), with the period's total.
 */
export function monthsTable(points: readonly MonthPoint[]): TableModel {
  const periodRow = (period: NonNullable<MonthPoint['period']>) => ({
    id: period.id,
    month: `${period.label} (${period.months} months together)`,
    total: period.total,
    exports: period.exports,
    imports: period.imports,
    confidence: period.confidence,
    method: period.method,
    alternatives: alternativesText(period.alternatives),
    quality: flagsText(period.flags),
    sources: period.sources.join(' '),
  });
  const seen = new Set<string>();
  const rows = points.flatMap((p) => {
    if (!p.period) return [monthRow(p)];
    if (seen.has(p.period.id)) return [];
    seen.add(p.period.id);
    return [periodRow(p.period)];
  });
  return {
    caption: 'China–Russia trade by month (US$ bn, GACC; months known only together in one row)',
    columns: [
      { key: 'month', label: 'Month' },
      { key: 'total', label: 'Total (US$ bn)', kind: 'number' },
      { key: 'exports', label: 'China exports to Russia (US$ bn)', kind: 'number' },
      { key: 'imports', label: 'China imports from Russia (US$ bn)', kind: 'number' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'method', label: 'Method (derived months)' },
      { key: 'alternatives', label: 'Other values (basis; source ids)' },
      { key: 'quality', label: 'Quality flag' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows,
  };
}

function monthRow(p: MonthPoint) {
  return {
    id: p.month,
    month: p.label,
    total: p.total,
    exports: p.exports,
    imports: p.imports,
    confidence: p.confidence ?? 'not sourced',
    method: p.method,
    alternatives: alternativesText(p.alternatives),
    quality: flagsText(p.flags),
    sources: p.sources.join(' ') || null,
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
      { key: 'alternatives', label: 'Other statistics (US$ bn; basis; source ids)' },
      { key: 'quality', label: 'Quality flag' },
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
        alternatives: alternativesText(r.alternatives ?? []),
        quality: flagsText(r.flags ?? []),
        note: r.note ?? null,
        confidence: r.confidence,
        sources: [...r.sources, ...(r.alternatives ?? []).flatMap((a) => a.sources)].join(' '),
      })),
  };
}

const KIND: Record<NonNullable<TradePeriod['kind']>, string> = {
  'combined-months': 'months known only together',
  'year-to-date': 'year to date',
};

export function periodsTable(records: readonly TradePeriod[]): TableModel {
  return {
    caption: 'Periods of several months (US$ bn, GACC; not single months)',
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'kind', label: 'Kind' },
      { key: 'total', label: 'Total (US$ bn)', kind: 'number' },
      { key: 'exports', label: 'China exports to Russia (US$ bn)', kind: 'number' },
      { key: 'imports', label: 'China imports from Russia (US$ bn)', kind: 'number' },
      { key: 'yoy', label: 'y/y (%)', kind: 'number' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'method', label: 'Method' },
      { key: 'quality', label: 'Quality flag' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: [...records]
      .sort((a, b) => byCodeUnit(a.from, b.from) || byCodeUnit(a.to, b.to))
      .map((r) => ({
        id: r.id,
        period: `${formatPartialDate(r.from)} – ${formatPartialDate(r.to)}`,
        kind: r.kind ? KIND[r.kind] : 'reference',
        total: r.totalUsdBn,
        exports: r.exportsUsdBn ?? null,
        imports: r.importsUsdBn ?? null,
        yoy: r.yoyPct ?? null,
        confidence: r.confidence,
        method: r.method ?? null,
        quality: flagsText(r.flags ?? []),
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
