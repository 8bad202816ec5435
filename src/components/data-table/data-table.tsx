import { RowLimitNote } from '@/components/row-limit/row-limit-note';
import { useRowLimit } from '@/components/row-limit/use-row-limit';
import type { TableModel } from '@/lib/table-model';
import { formatNumber } from '@/lib/format';
import { safeHttpUrl } from '@/lib/safe-url';

/**
 * The accessible alternative to every chart, and the exact rows "Download CSV" writes. Cells are rendered as text;
 * only http(s) URLs become links, and they open in a new tab without access to this page.
 */
export function DataTable({ model }: { model: TableModel }) {
  const rowLimit = useRowLimit(model.rows.length);
  return (
    <div className="data-table" role="region" aria-label={`${model.caption} (table)`} tabIndex={0}>
      <table>
        <caption>{model.caption}</caption>
        <thead>
          <tr>
            {model.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.length === 0 ? (
            <tr>
              <td colSpan={model.columns.length}>No rows match the filters.</td>
            </tr>
          ) : (
            model.rows.slice(0, rowLimit.limit).map((row, i) => (
              <tr key={String(row.id ?? i)} {...rowLimit.revealProps(i)}>
                {model.columns.map((c) => (
                  <td key={c.key}>{renderCell(row[c.key], c.kind)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      <RowLimitNote rowLimit={rowLimit} total={model.rows.length} noun="row" listName={model.caption} />
    </div>
  );
}

function renderCell(value: string | number | null | undefined, kind: 'text' | 'number' | 'url' | undefined) {
  if (value === null || value === undefined || value === '') return <span className="missing">—</span>;
  if (kind === 'url') {
    const href = safeHttpUrl(String(value));
    return href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {new URL(href).hostname}
      </a>
    ) : (
      String(value)
    );
  }
  return typeof value === 'number' ? formatNumber(value, 6) : value;
}
