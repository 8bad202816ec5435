import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { CardSources } from '@/components/panel-frame/card-sources';
import { sourceLine } from '@/domain/source-line';
import { resolveSources, type SourceRef } from '@/domain/sources';
import type { TableModel } from '@/lib/table-model';
import { rowSourceIds, type TidyRow } from '@/lib/tidy-csv';
import { useDataset } from '@/store/hooks';
import type { ChartCaption } from './chart-caption';

/**
 * The numbers the chart plots as the dashboard's data table (DataTable: missing values marked, long tables shown 100
 * rows at a time): what a screen reader reads in place of the (inert) chart.
 */
function tidyTable(title: string, rows: readonly TidyRow[]): TableModel {
  const ranged = rows.some((r) => r.low !== null || r.high !== null);
  return {
    caption: `Data of “${title}”`,
    columns: [
      { key: 'series', label: 'Series' },
      { key: 'category', label: 'Category' },
      { key: 'value', label: 'Value', kind: 'number' },
      ...(ranged
        ? [
            { key: 'low', label: 'Low', kind: 'number' as const },
            { key: 'high', label: 'High', kind: 'number' as const },
          ]
        : []),
      { key: 'unit', label: 'Unit' },
    ],
    rows: rows.map((r) => ({
      series: r.series,
      category: r.category,
      value: r.value,
      low: r.low,
      high: r.high,
      unit: r.unit,
    })),
  };
}

/** Every source behind an embed, one click away with its link (nothing when it has none). */
export function AllSources({ refs, title }: { refs: readonly SourceRef[]; title: string }) {
  if (refs.length === 0) return null;
  return (
    <details className="embed-footer__more">
      <summary>
        All {refs.length} source{refs.length > 1 ? 's' : ''}, with links
      </summary>
      <CardSources refs={refs} label={`${title}: sources`} />
    </details>
  );
}

/**
 * An embedded chart's footer (Datawrapper's and OWID's): the complete source line, every source with its link one
 * click away, the numbers as a table, the data's date and the credit. The line is never "and N more": it names every
 * publisher, clamped to a few lines with the numbered list under it.
 */
export function EmbedFooter({
  title,
  rows,
  caption,
}: {
  title: string;
  rows: readonly TidyRow[];
  caption: ChartCaption;
}) {
  const sources = useDataset('sources');
  const refs = useMemo(() => resolveSources(rowSourceIds(rows), sources?.records), [rows, sources]);
  const table = useMemo(() => tidyTable(title, rows), [title, rows]);
  return (
    <footer className="embed-footer">
      <p className="embed-footer__sources">{sourceLine(refs)}</p>
      <AllSources refs={refs} title={title} />
      {rows.length > 0 && (
        <details className="embed-footer__more">
          <summary>The data as a table</summary>
          <DataTable model={table} />
        </details>
      )}
      <p className="embed-footer__credit">
        {caption.asOfLine} · {caption.creditLine}
      </p>
    </footer>
  );
}
