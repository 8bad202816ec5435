import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { resolveSources } from '@/domain/sources';

export type SourceRecord = DatasetRecord<'sources'>;

/**
 * The convention between panels and the export: a table column with this key holds each row's source ids, separated
 * by spaces (ids into `data/sources.json`). The evidence pack cites exactly these.
 */
export const SOURCE_COLUMN_KEY = 'sources';

/** Source ids used by the rows shown, in first-seen order, without repeats. */
export function tableSourceIds(table: TableModel | null): string[] {
  if (!table?.columns.some((c) => c.key === SOURCE_COLUMN_KEY)) return [];
  const ids = new Set<string>();
  for (const row of table.rows) {
    String(row[SOURCE_COLUMN_KEY] ?? '')
      .split(/[\s,;]+/)
      .filter(Boolean)
      .forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** Publisher. “Title.” Date. URL — or a note saying why there is no URL. */
export function formatCitation(source: SourceRecord): string {
  const parts = [`${source.publisher}.`, `“${source.title.replace(/[.]$/, '')}.”`];
  parts.push(source.date ? `${formatPartialDate(source.date)}.` : 'Undated.');
  parts.push(source.url ?? `No URL${source.note ? ` (${source.note})` : ''}.`);
  return parts.join(' ');
}

/** A short inline citation for CSV cells: "Publisher (date) URL". */
export function shortCitation(source: SourceRecord): string {
  return [source.publisher, source.date ? `(${source.date})` : null, source.url].filter(Boolean).join(' ');
}

function bibtexEscape(text: string): string {
  return text.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/** One `@misc` entry, so a citation manager can import the pack's sources. */
export function bibtexEntry(source: SourceRecord): string {
  const fields = [
    `  title = {${bibtexEscape(source.title)}}`,
    `  author = {{${bibtexEscape(source.publisher)}}}`,
    source.date ? `  year = {${source.date.slice(0, 4)}}` : null,
    source.date ? `  date = {${source.date}}` : null,
    source.url ? `  url = {${source.url}}` : null,
    source.note ? `  note = {${bibtexEscape(source.note)}}` : null,
  ].filter((f): f is string => f !== null);
  return `@misc{${source.id},\n${fields.join(',\n')}\n}`;
}

export interface CitedSources {
  found: SourceRecord[];
  missing: string[];
}

/** The sources cited (by id, or by URL in a lenient table), best first, and the ids sources.json does not know. */
export function citedSources(ids: readonly string[], sources: readonly SourceRecord[]): CitedSources {
  const refs = resolveSources(ids, sources);
  return {
    found: refs.flatMap((r) => (r.record ? [r.record] : [])),
    missing: refs.flatMap((r) => (r.record ? [] : [r.id])),
  };
}

/**
 * The table as exported: the rows as shown plus, when the table has a source column and the sources are loaded, one
 * more column citing each row's sources, so a CSV read on its own still says where every row comes from.
 */
export function withCitationColumn(table: TableModel, sources: readonly SourceRecord[] | undefined): TableModel {
  if (!sources?.length || !table.columns.some((c) => c.key === SOURCE_COLUMN_KEY)) return table;
  const key = 'sourceCitations';
  return {
    ...table,
    columns: [...table.columns, { key, label: 'Source citations' }],
    rows: table.rows.map((row) => {
      const { found, missing } = citedSources(tableSourceIds({ ...table, rows: [row] }), sources);
      const cited = [...found.map(shortCitation), ...missing.map((id) => `${id} (not in sources.json)`)];
      return { ...row, [key]: cited.join('; ') || null };
    }),
  };
}
