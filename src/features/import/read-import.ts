import { DatasetLoadError, parseDataset, type LoadedDataset, type RejectedRecord } from '@/data/load-dataset';
import { isPlain } from '@/data/record-walk';
import { isRealPartialDate, partialDateBounds } from '@/data/schemas/common';
import { DATASET_NAMES, DATASET_TITLES, type DatasetName } from '@/data/schemas/registry';
import { jsonProblem } from '@/lib/hostile-json';
import { csvToRecords } from './csv-to-records';
import { MAX_IMPORT_RECORDS, tooManyRecords } from './import-limits';
export { MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS, sizeProblem } from './import-limits';

export type ImportFormat = 'json' | 'csv';

/** `warnings`: things read as they are but worth knowing (CSV cells a spreadsheet would run as formulas). */
export type ReadResult =
  { ok: true; format: ImportFormat; imported: LoadedDataset; warnings: string[] } | { ok: false; error: string };

export function formatOf(fileName: string, text: string): ImportFormat {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'json';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

const isDatasetName = (v: unknown): v is DatasetName =>
  typeof v === 'string' && (DATASET_NAMES as readonly string[]).includes(v);

/** A record's id for messages: its own if it is a short string, else its position (`#3`). */
function shortIdOf(record: unknown, index: number): string {
  const id = isPlain(record) ? record.id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 80 ? id : `#${index}`;
}

/**
 * Hostile content (prototype keys, absurd nesting, megabyte strings, see lib/hostile-json) rejects the record it is in,
 * by position and field, before the schemas see it; the other records go on. `at[k]` is the k-th record's position.
 */
function screenRecords(records: readonly unknown[], at: readonly number[]) {
  const clean: unknown[] = [];
  const cleanAt: number[] = [];
  const rejected: RejectedRecord[] = [];
  records.forEach((record, k) => {
    const index = at[k] ?? k;
    const problem = jsonProblem(record);
    if (problem) rejected.push({ index, id: shortIdOf(record, index), field: problem.path, message: problem.message });
    else {
      clean.push(record);
      cleanAt.push(index);
    }
  });
  return { clean, cleanAt, rejected };
}

/** A record without an id is named by its position (`#3`): that must be its position in the file. */
function remapRejected(r: RejectedRecord, index: number): RejectedRecord {
  return { ...r, index, id: r.id === `#${r.index}` ? `#${index}` : r.id };
}

/**
 * Maps rejected indices back to positions in the file and rejects every later record that repeats an id (the first one
 * is kept): a merge by id cannot apply two records with the same id, and picking one silently would hide the other.
 * `fileIndex[k]` is the position in the file of the k-th record given to parseDataset.
 */
export function finishImport(
  loaded: LoadedDataset,
  fileIndex: readonly number[],
  earlier: readonly RejectedRecord[] = [],
): LoadedDataset {
  const rejectedAt = new Set(loaded.rejected.map((r) => r.index));
  const validAt = fileIndex.filter((_, k) => !rejectedAt.has(k));
  const rejected: RejectedRecord[] = [
    ...earlier,
    ...loaded.rejected.map((r) => remapRejected(r, fileIndex[r.index] ?? r.index)),
  ];
  const firstIndex = new Map<string, number>();
  const records = loaded.records.filter((record, k) => {
    const at = validAt[k] ?? k;
    const first = firstIndex.get(record.id);
    if (first === undefined) {
      firstIndex.set(record.id, at);
      return true;
    }
    rejected.push({ index: at, id: record.id, field: 'id', message: `duplicate id (first used by record #${first})` });
    return false;
  });
  rejected.sort((a, b) => a.index - b.index);
  return { ...loaded, records, rejected } as LoadedDataset;
}

/** The newest real date among the date fields of the given records (a CSV has no `asOf` of its own). */
export function newestRecordDate(records: readonly Record<string, unknown>[]): string | null {
  let best: string | null = null;
  for (const r of records) {
    const dates = isPlain(r.dates) ? Object.values(r.dates) : [];
    for (const d of [r.month, r.statusAsOf, ...dates]) {
      if (typeof d !== 'string' || !isRealPartialDate(d)) continue;
      if (best === null || partialDateBounds(d).last > partialDateBounds(best).last) best = d;
    }
  }
  return best;
}

function readJson(fileName: string, text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      error: `${fileName}: is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
  if (!isPlain(json)) {
    const found = Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`;
    return {
      ok: false,
      error: `${fileName}: wrong top-level shape: expected an object {schemaVersion, dataset, title, asOf, records}, found ${found}`,
    };
  }
  const { records, ...envelopeFields } = json;
  const envelopeProblem = jsonProblem(envelopeFields);
  if (envelopeProblem) return { ok: false, error: `${fileName} › ${envelopeProblem.path}: ${envelopeProblem.message}` };
  if (!isDatasetName(json.dataset)) {
    const what =
      json.dataset === undefined
        ? 'no "dataset" field'
        : `unknown dataset ${JSON.stringify(json.dataset).slice(0, 60)}`;
    return { ok: false, error: `${fileName}: ${what} (expected one of: ${DATASET_NAMES.join(', ')})` };
  }
  if (Array.isArray(records) && records.length > MAX_IMPORT_RECORDS)
    return { ok: false, error: tooManyRecords(fileName, `${records.length.toLocaleString('en-GB')} records`) };
  const all: unknown[] = Array.isArray(records) ? records : [];
  const screened = screenRecords(
    all,
    all.map((_, i) => i),
  );
  try {
    const loaded = parseDataset(
      json.dataset,
      Array.isArray(records) ? { ...json, records: screened.clean } : json,
      fileName,
    );
    return {
      ok: true,
      format: 'json',
      imported: finishImport(loaded as LoadedDataset, screened.cleanAt, screened.rejected),
      warnings: [],
    };
  } catch (error) {
    if (error instanceof DatasetLoadError) return { ok: false, error: error.message };
    throw error;
  }
}

function readCsv(fileName: string, text: string, today: string): ReadResult {
  const csv = csvToRecords(text, MAX_IMPORT_RECORDS);
  if (!csv.ok)
    return { ok: false, error: csv.tooManyRows ? tooManyRecords(fileName, csv.error) : `${fileName}: ${csv.error}` };
  const screened = screenRecords(
    csv.records.map((r) => r.record),
    csv.records.map((r) => r.index),
  );
  const records = screened.clean as Record<string, unknown>[];
  const envelope = {
    schemaVersion: 1,
    dataset: csv.name,
    title: DATASET_TITLES[csv.name],
    asOf: newestRecordDate(records) ?? today,
    records,
  };
  const loaded = parseDataset(csv.name, envelope, fileName) as LoadedDataset;
  return {
    ok: true,
    format: 'csv',
    imported: finishImport(loaded, screened.cleanAt, [...csv.rejected, ...screened.rejected]),
    warnings: csv.formulaCells.map((cell) => `${fileName} › ${cell}`),
  };
}

/**
 * A picked file's text → a validated dataset (valid records + rejected ones with reasons), or one clear error naming
 * what is wrong with the file as a whole. Validation is the app's own `parseDataset` with the dataset schemas.
 * `today` (YYYY-MM-DD) is the "as of" of a CSV whose rows carry no date.
 */
export function readImport(fileName: string, text: string, today: string): ReadResult {
  return formatOf(fileName, text) === 'json' ? readJson(fileName, text) : readCsv(fileName, text, today);
}
