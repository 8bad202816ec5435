import type { DatasetRecord } from '@/data/schemas/registry';
import { SOURCE_TIERS } from '@/data/schemas/sources';
import { sourcesById } from '@/data/source-index';
import { safeHttpUrl } from '@/lib/safe-url';

export type Source = DatasetRecord<'sources'>;
/** Sources by id: `sourcesById` builds it once per file. */
export type SourceIndex = ReadonlyMap<string, Source>;

/** A cited source, ready to render: an unknown id is kept (shown as the id), never silently dropped. */
export interface SourceRef {
  readonly id: string;
  /** The record, or null when sources.json does not know the id. */
  readonly record: Source | null;
  readonly title: string;
  readonly publisher: string | null;
  /** Raw partial date (format it where it is shown). */
  readonly date: string | null;
  /** Only http(s) URLs; null when the source has none (the seed article) or the id is unknown. */
  readonly href: string | null;
  readonly note: string | null;
  /** The original publisher a reprint, mirror or aggregator carries, when named. */
  readonly original: string | null;
}

const urlIndexes = new WeakMap<SourceIndex, ReadonlyMap<string, Source>>();
function byUrl(index: SourceIndex): ReadonlyMap<string, Source> {
  let urls = urlIndexes.get(index);
  if (!urls) {
    urls = new Map([...index.values()].flatMap((s) => (s.url ? [[s.url, s] as const] : [])));
    urlIndexes.set(index, urls);
  }
  return urls;
}

// One ref per record for the life of the loaded file: every chart and card resolves its sources on each filter
// change, and checking a URL (new URL) per source per chart was a measurable part of a redraw.
const refsByRecord = new WeakMap<Source, SourceRef>();
function refOf(s: Source): SourceRef {
  let ref = refsByRecord.get(s);
  if (!ref) {
    ref = {
      id: s.id,
      record: s,
      title: s.title,
      publisher: s.publisher,
      date: s.date,
      href: safeHttpUrl(s.url),
      note: s.note ?? null,
      original: s.original ?? null,
    };
    refsByRecord.set(s, ref);
  }
  return ref;
}

const rank = (ref: SourceRef): number => {
  const tier = ref.record?.tier;
  return tier ? SOURCE_TIERS.indexOf(tier) : SOURCE_TIERS.length;
};

/**
 * The one lookup of cited source ids: each id (or a source's URL, which lenient tables use) once, best tier first
 * (primary, outlet, research, reprint, aggregator; untagged and unknown after; otherwise in the order cited).
 */
export function resolveSources(
  ids: readonly string[],
  sources: readonly Source[] | SourceIndex | undefined,
): SourceRef[] {
  const index = sources instanceof Map ? sources : sourcesById(sources as readonly Source[] | undefined);
  const seen = new Set<string>();
  const refs: SourceRef[] = [];
  for (const id of ids) {
    const s = index.get(id) ?? byUrl(index).get(id);
    const key = s?.id ?? id;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(
      s
        ? refOf(s)
        : {
            id,
            record: null,
            title: id,
            publisher: null,
            date: null,
            href: null,
            note: 'not found in sources.json',
            original: null,
          },
    );
  }
  return refs
    .map((ref, i) => ({ ref, i }))
    .sort((a, b) => rank(a.ref) - rank(b.ref) || a.i - b.i)
    .map((x) => x.ref);
}

/**
 * Who a source line names: the publisher, or for a reprint, mirror or aggregator whose original is named,
 * "<original>, retrieved via <publisher>", so no source line leads with a mirror's domain.
 */
export function publisherLabel(source: Pick<SourceRef, 'publisher' | 'original'> & { id: string }): string {
  const publisher = source.publisher ?? source.id;
  return source.original ? `${source.original}, retrieved via ${publisher}` : publisher;
}
