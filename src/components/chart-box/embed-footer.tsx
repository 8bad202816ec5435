import { useMemo } from 'react';
import { CardSources } from '@/components/panel-frame/card-sources';
import { sourceLine } from '@/domain/source-line';
import { resolveSources } from '@/domain/sources';
import { rowSourceIds, type TidyRow } from '@/lib/tidy-csv';
import { useDataset } from '@/store/hooks';
import type { ChartCaption } from './chart-caption';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const cell = (v: number | null) => (v === null ? '–' : number.format(v));

/** The numbers the chart plots, as a table: what a screen reader reads in place of the (inert) chart. */
function TidyTable({ rows, title }: { rows: readonly TidyRow[]; title: string }) {
  const ranged = rows.some((r) => r.low !== null || r.high !== null);
  return (
    <table className="embed-footer__table">
      <caption>Data of “{title}”</caption>
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">Category</th>
          <th scope="col">Value</th>
          {ranged && <th scope="col">Range</th>}
          <th scope="col">Unit</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          // A row has no id of its own; the chart's order is fixed for the embed's life.
          <tr key={i}>
            <td>{r.series}</td>
            <td>{r.category}</td>
            <td>{cell(r.value)}</td>
            {ranged && <td>{r.low === null && r.high === null ? '' : `${cell(r.low)}–${cell(r.high)}`}</td>}
            <td>{r.unit}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
  return (
    <footer className="embed-footer">
      <p className="embed-footer__sources">{sourceLine(refs)}</p>
      {refs.length > 0 && (
        <details className="embed-footer__more">
          <summary>
            All {refs.length} source{refs.length > 1 ? 's' : ''}, with links
          </summary>
          <CardSources refs={refs} label={`${title}: sources`} />
        </details>
      )}
      {rows.length > 0 && (
        <details className="embed-footer__more">
          <summary>The data as a table</summary>
          <TidyTable rows={rows} title={title} />
        </details>
      )}
      <p className="embed-footer__credit">
        {caption.asOfLine} · {caption.creditLine}
      </p>
    </footer>
  );
}
