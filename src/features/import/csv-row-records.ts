/** Turns one CSV data row into a record-shaped object per dataset (still unvalidated: the schema checks it). */
import type { CsvDatasetName } from './csv-columns';

type Row = Record<string, string>;

export const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

const text = (row: Row, key: string): string | undefined => {
  const v = row[key]?.trim();
  return v ? v : undefined;
};
/** A numeric cell becomes a number; anything else is passed on as text so the schema rejects it by field name. */
const num = (row: Row, key: string): number | string | undefined => {
  const v = text(row, key);
  return v !== undefined && NUMBER.test(v) ? Number(v) : v;
};
const list = (row: Row, key: string): string[] => text(row, key)?.split(/\s+/) ?? [];
/** A JSON cell (a nested list no flat column can hold); text that is not JSON is passed on for the schema to reject. */
const json = (row: Row, key: string): unknown => {
  const v = text(row, key);
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
};
const anyOf = (row: Row, keys: readonly string[]): boolean => keys.some((k) => text(row, k) !== undefined);

/** Drops undefined fields, so an empty optional cell means "absent" (as in the JSON files), never `undefined`. */
function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function tradeMonthRecord(row: Row): Record<string, unknown> {
  return compact({
    id: text(row, 'id'),
    month: text(row, 'month'),
    totalUsdBn: num(row, 'totalUsdBn'),
    exportsUsdBn: num(row, 'exportsUsdBn'),
    importsUsdBn: num(row, 'importsUsdBn'),
    sources: list(row, 'sources'),
    confidence: text(row, 'confidence'),
    method: text(row, 'method'),
    alternatives: json(row, 'alternatives'),
    flags: text(row, 'flags') === undefined ? undefined : list(row, 'flags'),
    note: text(row, 'note'),
  });
}

const USD_COLUMNS = [
  'value_usd_low_bn',
  'value_usd_high_bn',
  'value_usd_rate',
  'value_usd_rate_unit',
  'value_usd_rate_date',
  'value_usd_method',
  'value_usd_sources',
];
const VALUE_COLUMNS = [
  'value_low',
  'value_high',
  'value_currency',
  'value_unit',
  'value_measures',
  'value_as_printed',
  'value_qualifier',
  ...USD_COLUMNS,
];

/** An empty high end is a point value: the low end again (only when the low end is a number). */
const highOr = (row: Row, high: string, low: string): number | string | undefined => {
  const l = num(row, low);
  return num(row, high) ?? (typeof l === 'number' ? l : undefined);
};

function projectValue(row: Row): Record<string, unknown> | null {
  if (!anyOf(row, VALUE_COLUMNS)) return null;
  const usd = anyOf(row, USD_COLUMNS)
    ? compact({
        lowBn: num(row, 'value_usd_low_bn'),
        highBn: highOr(row, 'value_usd_high_bn', 'value_usd_low_bn'),
        rate: num(row, 'value_usd_rate'),
        rateUnit: text(row, 'value_usd_rate_unit'),
        rateDate: text(row, 'value_usd_rate_date'),
        method: text(row, 'value_usd_method'),
        sources: list(row, 'value_usd_sources'),
      })
    : undefined;
  return compact({
    low: num(row, 'value_low'),
    high: highOr(row, 'value_high', 'value_low'),
    currency: text(row, 'value_currency'),
    unit: text(row, 'value_unit'),
    measures: text(row, 'value_measures'),
    asPrinted: text(row, 'value_as_printed'),
    qualifier: text(row, 'value_qualifier'),
    usd,
  });
}
const LOCATION_COLUMNS = ['lat', 'lon', 'location_confidence', 'location_sources', 'location_note'];

function projectRecord(row: Row): Record<string, unknown> {
  // A half-filled value or location is kept (not nulled) so the schema names the missing field instead of hiding it.
  const value = projectValue(row);
  const location = anyOf(row, LOCATION_COLUMNS)
    ? compact({
        lat: num(row, 'lat'),
        lon: num(row, 'lon'),
        confidence: text(row, 'location_confidence'),
        sources: list(row, 'location_sources'),
        note: text(row, 'location_note'),
      })
    : null;
  return compact({
    id: text(row, 'id'),
    name: compact({ en: text(row, 'name_en'), ru: text(row, 'name_ru'), zh: text(row, 'name_zh') }),
    sector: text(row, 'sector'),
    dealType: text(row, 'dealType'),
    regions: list(row, 'regions'),
    place: text(row, 'place'),
    chineseParty: text(row, 'chineseParty'),
    chineseStakePct: num(row, 'chineseStakePct') ?? null,
    value,
    otherValues: json(row, 'otherValues'),
    capacity: text(row, 'capacity'),
    dates: compact({
      announced: text(row, 'announced'),
      signed: text(row, 'signed'),
      started: text(row, 'started'),
      completed: text(row, 'completed'),
    }),
    status: text(row, 'status'),
    statusAsOf: text(row, 'statusAsOf') ?? null,
    statusNote: text(row, 'statusNote'),
    location,
    sources: list(row, 'sources'),
    confidence: text(row, 'confidence'),
    method: text(row, 'method'),
    note: text(row, 'note'),
  });
}

export const TO_RECORD: Record<CsvDatasetName, (row: Row) => Record<string, unknown>> = {
  'trade-monthly': tradeMonthRecord,
  projects: projectRecord,
};
