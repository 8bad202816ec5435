import Papa from 'papaparse';
import type { TableModel } from './table-model';

/**
 * CSV of a table model: one header row of column labels (units live in the labels), then the rows exactly as shown;
 * missing values are empty cells. papaparse quotes as RFC 4180 requires, and `escapeFormulae` prefixes cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) with a quote mark.
 */
export function tableToCsv(model: TableModel): string {
  const header = model.columns.map((c) => c.label);
  const rows = model.rows.map((row) => model.columns.map((c) => row[c.key] ?? ''));
  return Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: true });
}

/** The byte-order mark lets Excel open UTF-8 (Russian and Chinese names) correctly. */
export const UTF8_BOM = '\uFEFF';

export function csvBlob(model: TableModel): Blob {
  return new Blob([UTF8_BOM, tableToCsv(model)], { type: 'text/csv;charset=utf-8' });
}
