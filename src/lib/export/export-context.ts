import type { TableModel } from '@/lib/table-model';

/** Everything an export needs to caption itself: what the chart is, under which filters, from which sources. */
export interface ExportContext {
  /** Chart or panel title, e.g. "Investment tracker". */
  title: string;
  /** One line naming the active filters. */
  filterLine: string;
  /** "Sources: …" line. */
  sourceLine: string;
  /** "Data as of" date text. */
  asOf: string;
  /** The address that reproduces this view. */
  viewUrl: string;
  /** The time window, for file names. */
  from: string;
  to: string;
  table: TableModel | null;
}

export function captionLines(ctx: ExportContext): string[] {
  return [ctx.filterLine, `${ctx.sourceLine} · Data as of ${ctx.asOf}`, ctx.viewUrl];
}
