import type { DatasetRecord } from '@/data/schemas/registry';
import { sourcesById } from '@/data/source-index';

type Source = DatasetRecord<'sources'>;

/** "Sources: TASS, Reuters and 4 more" for the sources cited by the records shown. */
export function sourceLine(ids: Iterable<string>, sources: readonly Source[] | undefined, max = 3): string {
  const byId = sourcesById(sources);
  const publishers = [...new Set([...new Set(ids)].map((id) => byId.get(id)?.publisher ?? id))].sort();
  if (publishers.length === 0) return 'Sources: none for the rows shown';
  const shown = publishers.slice(0, max).join(', ');
  return publishers.length > max ? `Sources: ${shown} and ${publishers.length - max} more` : `Sources: ${shown}`;
}
