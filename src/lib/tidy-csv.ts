import Papa from 'papaparse';
import { FORMULA_TEXT, UTF8_BOM } from './csv';

/**
 * One number a chart plots, tidy (one observation per row), as OWID's "Download → CSV" gives it: numbers stay
 * numbers, a range keeps its two ends, the original currency and unit travel with the value, and every row cites its
 * sources by id (ids into data/sources.json; the sources file beside it resolves them).
 */
export interface TidyRow {
  /** What is measured ("Power of Siberia 1 to China", "Projects"). */
  series: string;
  /** The x-axis category as shown ("2019", "2018–2019", "Energy"). */
  category: string;
  /** ISO date or partial date of the observation ("2024", "2024-03"), or null when the category is not a date. */
  date: string | null;
  /** The value drawn (a range's lower end when only the range is given). */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  /** ISO currency code for money, null otherwise. */
  currency: string | null;
  /** The value in US dollars when the record gives or derives it. */
  usdEquivalent: number | null;
  confidence: string | null;
  sourceIds: readonly string[];
}

export const TIDY_COLUMNS = [
  'chart_id',
  'series',
  'category',
  'date',
  'value',
  'low',
  'high',
  'unit',
  'currency',
  'usd_equivalent',
  'confidence',
  'source_ids',
] as const;

/** CSV of a chart's rows: a header of TIDY_COLUMNS, numbers unformatted, missing values as empty cells. */
export function tidyCsv(chartId: string, rows: readonly TidyRow[]): string {
  const body = rows.map((r) => [
    chartId,
    r.series,
    r.category,
    r.date ?? '',
    r.value ?? '',
    r.low ?? '',
    r.high ?? '',
    r.unit,
    r.currency ?? '',
    r.usdEquivalent ?? '',
    r.confidence ?? '',
    r.sourceIds.join(' '),
  ]);
  return Papa.unparse([[...TIDY_COLUMNS], ...body], { newline: '\r\n', escapeFormulae: FORMULA_TEXT });
}

export interface SourceMeta {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
}

/** The metadata file beside a chart's CSV: one row per source id the rows cite. */
export function sourcesCsv(sources: readonly SourceMeta[]): string {
  const body = sources.map((s) => [s.id, s.publisher, s.title, s.date ?? '', s.url ?? '']);
  return Papa.unparse([['source_id', 'publisher', 'title', 'date', 'url'], ...body], {
    newline: '\r\n',
    escapeFormulae: FORMULA_TEXT,
  });
}

export function csvTextBlob(text: string): Blob {
  return new Blob([UTF8_BOM, text], { type: 'text/csv;charset=utf-8' });
}

/** Every source id the rows cite, in first-seen order. */
export function rowSourceIds(rows: readonly TidyRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.sourceIds))];
}
