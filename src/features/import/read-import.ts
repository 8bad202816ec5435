import { DatasetLoadError, parseDataset, type LoadedDataset, type RejectedRecord } from '@/data/load-dataset';
import { isRealPartialDate, partialDateBounds } from '@/data/schemas/common';
import { DATASET_NAMES, DATASET_TITLES, type DatasetName } from '@/data/schemas/registry';
import { csvToRecords } from './csv-to-records';
export { MAX_IMPORT_BYTES, sizeProblem } from './import-limits';

export type ImportFormat = 'json' | 'csv';

export type ReadResult = { ok: true; format: ImportFormat; imported: LoadedDataset } | { ok: false; error: string };

/** Far above any real data file; stops a wrong pick (a video, a disk image) from freezing the tab. */

export function formatOf(fileName: string, text: string): ImportFormat {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'json';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDatasetName = (v: unknown): v is DatasetName =>
  typeof v === 'string' && (DATASET_NAMES as readonly string[]).includes(v);

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
  if (!isDatasetName(json.dataset)) {
    const what = json.dataset === undefined ? 'no "dataset" field' : `unknown dataset ${JSON.stringify(json.dataset)}`;
    return { ok: false, error: `${fileName}: ${what} (expected one of: ${DATASET_NAMES.join(', ')})` };
  }
  try {
    const loaded = parseDataset(json.dataset, json, fileName);
    const total = Array.isArray(json.records) ? json.records.length : 0;
    return {
      ok: true,
      format: 'json',
      imported: finishImport(
        loaded as LoadedDataset,
        Array.from({ length: total }, (_, i) => i),
      ),
    };
  } catch (error) {
    if (error instanceof DatasetLoadError) return { ok: false, error: error.message };
    throw error;
  }
}

function readCsv(fileName: string, text: string, today: string): ReadResult {
  const csv = csvToRecords(text);
  if (!csv.ok) return { ok: false, error: `${fileName}: ${csv.error}` };
  const records = csv.records.map((r) => r.record);
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
    imported: finishImport(
      loaded,
      csv.records.map((r) => r.index),
      csv.rejected,
    ),
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
