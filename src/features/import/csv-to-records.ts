import Papa from 'papaparse';
import type { RejectedRecord } from '@/data/load-dataset';
import { columnNames, csvFormatHint, detectCsvDataset, requiredColumns, type CsvDatasetName } from './csv-columns';
import { NUMBER, TO_RECORD } from './csv-row-records';

type Row = Record<string, string>;

/** One data row turned into a record-shaped object (still unvalidated) and the row it came from (0-based). */
export interface CsvRecord {
  index: number;
  record: Record<string, unknown>;
}

/**
 * `formulaCells`: text cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or CR first), as
 * `row 5 (id) › column: …`. They are read as plain text (nothing here evaluates anything) and escaped again by every
 * CSV export (lib/csv.ts); the list tells the analyst where such cells came in.
 * `tooManyRows`: the file has more data rows than `maxRows`; `error` then says how many lines it has.
 */
export type CsvParseResult =
  | { ok: true; name: CsvDatasetName; records: CsvRecord[]; rejected: RejectedRecord[]; formulaCells: string[] }
  | { ok: false; error: string; tooManyRows?: true };

const FORMULA_START = /^[=+\-@\t\r]/;
/** Listed one by one up to here; the rest are counted. */
const MAX_FORMULA_CELLS_LISTED = 100;

/** Cells whose text starts like a formula (a number such as -2.5 is a number, not a formula). */
function formulaCellsOf(header: readonly string[], cells: readonly string[], rowLabel: string): string[] {
  const found: string[] = [];
  cells.forEach((cell, i) => {
    const trimmed = cell.trim();
    const start = FORMULA_START.exec(cell) ?? FORMULA_START.exec(trimmed);
    if (!start || NUMBER.test(trimmed)) return;
    const shown = JSON.stringify(start[0]);
    found.push(`${rowLabel} › ${header[i]}: starts with ${shown} like a spreadsheet formula; read as text, never run`);
  });
  return found;
}

/** Line breaks in the text, counted without splitting it (a file of millions of rows stays cheap to measure). */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

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
export function csvToRecords(csvText: string, maxRows = Infinity): CsvParseResult {
  const body = csvText.replace(/^\uFEFF/, '');
  // Parsing stops one row past the limit: a file of millions of rows is refused without building them all.
  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    ...(Number.isFinite(maxRows) ? { preview: maxRows + 2 } : {}),
  });
  if (parsed.data.length > maxRows + 1)
    return {
      ok: false,
      tooManyRows: true,
      error: `more than ${maxRows.toLocaleString('en-GB')} data rows (${lineCount(body).toLocaleString('en-GB')} lines)`,
    };
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
  const formulaCells: string[] = [];
  let formulaCellCount = 0;
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
    const record = TO_RECORD[name](row);
    const id = typeof record.id === 'string' && record.id.length <= 80 ? ` (${record.id})` : '';
    const flagged = formulaCellsOf(header, cells, `row ${index + 2}${id}`);
    formulaCellCount += flagged.length;
    formulaCells.push(...flagged.slice(0, Math.max(0, MAX_FORMULA_CELLS_LISTED - formulaCells.length)));
    records.push({ index, record });
  });
  if (formulaCellCount > formulaCells.length)
    formulaCells.push(`… and ${formulaCellCount - formulaCells.length} more cells that start like a formula`);
  return { ok: true, name, records, rejected, formulaCells };
}
