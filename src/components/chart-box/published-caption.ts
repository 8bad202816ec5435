import { publisherLabel, type SourceRef } from '@/domain/sources';
import { formatPartialDate } from '@/lib/months';

/** Above this many publishers, or this many characters, the footer lists the sources, numbered, under the chart. */
const INLINE_MAX_PUBLISHERS = 4;
const INLINE_MAX_CHARS = 140;

/**
 * The complete source line of a chart: "Source: Gazprom, Reuters" (best tier first, as resolveSources orders them),
 * or when that would be long, "Sources:" followed by one numbered line per source. Every source is named; a report
 * can print it as it is.
 */
export function publishedSourceLines(refs: readonly SourceRef[]): string[] {
  if (refs.length === 0) return ['Source: none cited for the figures shown'];
  const publishers = [...new Set(refs.map((r) => publisherLabel(r)))];
  const inline = `Source${publishers.length > 1 ? 's' : ''}: ${publishers.join(', ')}`;
  if (publishers.length <= INLINE_MAX_PUBLISHERS && inline.length <= INLINE_MAX_CHARS) return [inline];
  return [
    'Sources:',
    ...refs.map((r, i) => {
      const date = r.date ? `, ${formatPartialDate(r.date)}` : '';
      return `${i + 1}. ${publisherLabel(r)}, “${r.title.replace(/[.]$/, '')}”${date}`;
    }),
  ];
}

export const CREDIT_LINE = 'China–Russia BRI dashboard · CC BY 4.0';
