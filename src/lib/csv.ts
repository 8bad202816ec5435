import Papa from 'papaparse';
import type { TableModel } from './table-model';

/** CSV of a table model: one header row of column labels, then the rows as shown; missing values are empty cells. */
export function tableToCsv(model: TableModel): string {
  const header = model.columns.map((c) => c.label);
  const rows = model.rows.map((row) => model.columns.map((c) => row[c.key] ?? ''));
  return Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: true });
}
