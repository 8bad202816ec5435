import Papa from 'papaparse';
import type { LoadedDataset } from '@/data/load-dataset';
import type { DatasetRecord } from '@/data/schemas/registry';
import { columnNames, type CsvDatasetName } from './csv-columns';

type Cells = Record<string, string | number | null | undefined>;

const cell = (v: unknown): string => (v === undefined || v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v));

/** A project as one row of the documented projects CSV (the inverse of csv-to-records, for round-trip tests). */
export function projectRow(p: DatasetRecord<'projects'>): Cells {
  const { value, location, dates, name } = p;
  return {
    id: p.id,
    name_en: name.en,
    name_ru: name.ru,
    name_zh: name.zh,
    sector: p.sector,
    regions: cell(p.regions),
    place: p.place,
    chineseParty: p.chineseParty,
    chineseStakePct: p.chineseStakePct,
    dealType: p.dealType,
    value_low: value?.low,
    value_high: value?.high,
    value_currency: value?.currency,
    value_unit: value?.unit,
    value_measures: value?.measures,
    value_as_printed: value?.asPrinted,
    value_qualifier: value?.qualifier,
    value_usd_low_bn: value?.usd?.lowBn,
    value_usd_high_bn: value?.usd?.highBn,
    value_usd_rate: value?.usd?.rate,
    value_usd_rate_unit: value?.usd?.rateUnit,
    value_usd_rate_date: value?.usd?.rateDate,
    value_usd_method: value?.usd?.method,
    value_usd_sources: cell(value?.usd?.sources),
    otherValues: p.otherValues ? JSON.stringify(p.otherValues) : undefined,
    capacity: p.capacity,
    status: p.status,
    statusAsOf: p.statusAsOf,
    statusNote: p.statusNote,
    announced: dates.announced,
    signed: dates.signed,
    started: dates.started,
    completed: dates.completed,
    lat: location?.lat,
    lon: location?.lon,
    location_confidence: location?.confidence,
    location_sources: cell(location?.sources),
    location_note: location?.note,
    sources: cell(p.sources),
    confidence: p.confidence,
    method: p.method,
    note: p.note,
  };
}

export function tradeMonthRow(m: DatasetRecord<'trade-monthly'>): Cells {
  return {
    ...m,
    sources: cell(m.sources),
    alternatives: m.alternatives && JSON.stringify(m.alternatives),
    flags: m.flags && cell(m.flags),
  };
}

/** A CSV text with the full documented header (or `columns`) and the given rows. */
export function csvOf(name: CsvDatasetName, rows: Cells[], columns = columnNames(name)): string {
  return Papa.unparse([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/** A small loaded dataset for diff/merge tests. */
export function loaded<N extends 'trade-monthly'>(
  records: DatasetRecord<N>[],
  patch: Partial<LoadedDataset> = {},
): LoadedDataset {
  return {
    name: 'trade-monthly',
    file: 'data/trade-monthly.json',
    title: 'Trade',
    asOf: '2025-06',
    records,
    rejected: [],
    ...patch,
  } as LoadedDataset;
}

export function month(
  id: string,
  monthKey: string,
  totalUsdBn: number,
  extra: Partial<DatasetRecord<'trade-monthly'>> = {},
): DatasetRecord<'trade-monthly'> {
  return { id, month: monthKey, totalUsdBn, sources: ['src-a'], confidence: 'confirmed', ...extra };
}

/** The day the import tests read files on (a file's dates are checked against it). */
export const TODAY = '2026-01-15';
export const TRADE_HEADER = 'id,month,totalUsdBn,exportsUsdBn,importsUsdBn,sources,confidence,method,note';

/** A trade-monthly JSON file with these records. */
export const tradeEnvelope = (records: unknown[], patch: Record<string, unknown> = {}): string =>
  JSON.stringify({ schemaVersion: 1, dataset: 'trade-monthly', title: 'Trade', asOf: '2025-07', records, ...patch });

/** A valid trade month. */
export const tradeMonth = (id: string, month: string, totalUsdBn: unknown = 10): Record<string, unknown> => ({
  id,
  month,
  totalUsdBn,
  sources: ['s'],
  confidence: 'confirmed',
});
