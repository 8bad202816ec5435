import Papa from 'papaparse';
import type { RejectedRecord } from '@/data/load-dataset';
import { columnNames, csvFormatHint, detectCsvDataset, requiredColumns, type CsvDatasetName } from './csv-columns';

type Row = Record<string, string>;

/** One data row turned into a record-shaped object (still unvalidated) and the row it came from (0-based). */
export interface CsvRecord {
  index: number;
  record: Record<string, unknown>;
}

export type CsvParseResult =
  { ok: true; name: CsvDatasetName; records: CsvRecord[]; rejected: RejectedRecord[] } | { ok: false; error: string };

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

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

const VALUE_COLUMNS = [
  'value_amount',
  'value_amount_max',
  'value_currency',
  'value_unit',
  'value_qualifier',
  'value_scope',
];
const LOCATION_COLUMNS = ['lat', 'lon', 'location_confidence', 'location_sources', 'location_note'];

function projectRecord(row: Row): Record<string, unknown> {
  // A half-filled value or location is kept (not nulled) so the schema names the missing field instead of hiding it.
  const value = anyOf(row, VALUE_COLUMNS)
    ? compact({
        amount: num(row, 'value_amount'),
        amountMax: num(row, 'value_amount_max'),
        currency: text(row, 'value_currency'),
        unit: text(row, 'value_unit'),
        qualifier: text(row, 'value_qualifier'),
        scope: text(row, 'value_scope'),
      })
    : null;
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
    regions: list(row, 'regions'),
    place: text(row, 'place'),
    chineseParty: text(row, 'chineseParty'),
    chineseStakePct: num(row, 'chineseStakePct') ?? null,
    value,
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

const TO_RECORD: Record<CsvDatasetName, (row: Row) => Record<string, unknown>> = {
  'trade-monthly': tradeMonthRecord,
  projects: projectRecord,
};

/** The header is checked as a whole: a misspelt or missing column is a file error, not a silent empty field. */
function headerProblem(name: CsvDatasetName, header: readonly string[]): string | null {
  const known = columnNames(name);
  const duplicate = header.filter((h, i) => header.indexOf(h) !== i);
  if (duplicate.length > 0) return `duplicate column(s): ${[...new Set(duplicate)].join(', ')}`;
  const unknown = header.filter((h) => !known.includes(h));
  if (unknown.length > 0) return `unknown column(s): ${unknown.join(', ')} (a ${name} CSV has: ${known.join(', ')})`;
  const missing = requiredColumns(name).filter((c) => !header.includes(c));
  if (missing.length > 0) return `missing required column(s): ${missing.join(', ')}`;
  return null;
}

/**
 * A CSV in one of the documented formats (see csv-columns.ts) → unvalidated records, one per data row. The dataset is
 * recognised from the header. Rows whose cell count differs from the header are rejected here; everything else is
 * left to the dataset schema, so CSV and JSON imports are judged by the same rules.
 */
export function csvToRecords(csvText: string): CsvParseResult {
  const parsed = Papa.parse<string[]>(csvText.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError)
    return { ok: false, error: `is not a readable CSV (row ${(quoteError.row ?? 0) + 1}: ${quoteError.message})` };
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow) return { ok: false, error: 'is empty (expected a header row and data rows)' };
  const header = headerRow.map((h) => h.trim());
  const name = detectCsvDataset(header);
  if (!name) {
    const shown = header.join(',');
    return {
      ok: false,
      error: `has a header row (${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}) that matches no CSV format the importer knows: ${csvFormatHint()}`,
    };
  }
  const problem = headerProblem(name, header);
  if (problem) return { ok: false, error: `is not a ${name} CSV: ${problem}` };

  const records: CsvRecord[] = [];
  const rejected: RejectedRecord[] = [];
  rows.forEach((cells, index) => {
    if (cells.length !== header.length) {
      const id = cells[header.indexOf('id')]?.trim() || `#${index}`;
      rejected.push({
        index,
        id,
        field: '(row)',
        message: `has ${cells.length} cells; the header has ${header.length} (row ${index + 2} of the file)`,
      });
      return;
    }
    const row: Row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    records.push({ index, record: TO_RECORD[name](row) });
  });
  return { ok: true, name, records, rejected };
}
