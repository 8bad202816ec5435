import { useState } from 'react';
import type { TableModel } from '@/lib/table-model';
import { DataTable } from './data-table';

interface CollapsedTableProps {
  model: TableModel;
  /** The disclosure's label; by default "Data table: <caption>". */
  label?: string;
  className?: string;
}

/**
 * A data table folded under a disclosure and rendered only once opened: the panels carry a table per chart, and
 * hundreds of hidden rows would otherwise be built on every filter change.
 */
export function CollapsedTable({ model, label, className }: CollapsedTableProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label ?? `Data table: ${model.caption.toLowerCase()}`}</summary>
      {open && <DataTable model={model} />}
    </details>
  );
}
