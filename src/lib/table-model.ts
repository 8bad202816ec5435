/** A table as data: what the data-table toggle shows and what "Download CSV" writes, so the two always match. */
export interface TableColumn {
  key: string;
  /** Header text; units go in it ("Value (US$ bn)"), so a CSV column says what it holds. */
  label: string;
  kind?: 'text' | 'number' | 'url';
}

export type TableCell = string | number | null;

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, TableCell>[];
}
