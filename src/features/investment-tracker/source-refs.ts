import type { DatasetRecord } from '@/data/schemas/registry';
import { safeHttpUrl } from '@/lib/safe-url';

export type Source = DatasetRecord<'sources'>;

/** A cited source, ready to render: an unknown id is kept (shown as the id), never silently dropped. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  /** Only http(s) URLs; null when the source has none (the seed article) or the id is unknown. */
  href: string | null;
  note: string | null;
}

/** Sources by id: `sourcesById` from src/data/source-index builds it once per file. */
export type SourceIndex = ReadonlyMap<string, Source>;

export function resolveSources(ids: readonly string[], index: SourceIndex): SourceRef[] {
  return [...new Set(ids)].map((id) => {
    const s = index.get(id);
    if (!s) return { id, title: id, publisher: null, date: null, href: null, note: 'not found in sources.json' };
    return { id, title: s.title, publisher: s.publisher, date: s.date, href: safeHttpUrl(s.url), note: s.note ?? null };
  });
}
