import Papa from 'papaparse';
import type { TableModel } from './table-model';

/**
 * Text a spreadsheet would run as a formula: `=`, `+`, `-` or `@` first (also after spaces, which some spreadsheets
 * skip), or a tab or CR first. Imported data can carry such text (the importer reads it as text and flags it), so
 * every CSV written here escapes it. Numbers are written as numbers and never match.
 */
export const FORMULA_TEXT = /^\s*[=+\-@]|^[\t\r]/;

/**
 * CSV of a table model: one header row of column labels (units live in the labels), then the rows exactly as shown;
 * missing values are empty cells. papaparse quotes as RFC 4180 requires, and `escapeFormulae` prefixes text cells that
 * match FORMULA_TEXT with a quote mark, so the spreadsheet shows them as text.
 */
export function tableToCsv(model: TableModel): string {
  const header = model.columns.map((c) => c.label);
  const rows = model.rows.map((row) => model.columns.map((c) => row[c.key] ?? ''));
  return Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: FORMULA_TEXT });
}

/** The byte-order mark lets Excel open UTF-8 (Russian and Chinese names) correctly. */
export const UTF8_BOM = '\uFEFF';

export function csvBlob(model: TableModel): Blob {
  return new Blob([UTF8_BOM, tableToCsv(model)], { type: 'text/csv;charset=utf-8' });
}
