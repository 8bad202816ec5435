import { useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import type { TableModel } from '@/lib/table-model';

/** The data-table alternative of one chart, collapsed until asked for (and only then rendered: the panel is long). */
export function ChartTable({ model }: { model: TableModel }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Data table: {model.caption.toLowerCase()}</summary>
      {open && <DataTable model={model} />}
    </details>
  );
}
