import { formatPartialDate } from '@/lib/months';
import { publisherLabel, type SourceRef } from './sources';

/** Above this many publishers, or this many characters, a published footer lists the sources, numbered. */
const INLINE_MAX_PUBLISHERS = 4;
const INLINE_MAX_CHARS = 140;

/**
 * Every publisher cited, once, in the order resolveSources gives (primary publishers first, then outlets, research,
 * reprints and aggregators; within a tier in the order cited), a reprint named by its original ("TASS, retrieved via
 * mirror.example"), so a source line never opens with a mirror's or a content farm's name while an original is cited.
 */
export function sourcePublishers(refs: readonly SourceRef[]): string[] {
  return [...new Set(refs.map((r) => publisherLabel(r)))];
}

/** The complete source line: "Sources: Gazprom, Reuters, TASS", every publisher named, never "and N more". */
export function sourceLine(refs: readonly SourceRef[]): string {
  const publishers = sourcePublishers(refs);
  if (publishers.length === 0) return 'Source: none cited for the figures shown';
  return `Source${publishers.length > 1 ? 's' : ''}: ${publishers.join(', ')}`;
}

/** One line per source, numbered: "3. Reuters, “Gazprom halts flows”, Mar 2024". */
export function numberedSources(refs: readonly SourceRef[]): string[] {
  return refs.map((r, i) => {
    const date = r.date ? `, ${formatPartialDate(r.date)}` : '';
    return `${i + 1}. ${publisherLabel(r)}, “${r.title.replace(/[.]$/, '')}”${date}`;
  });
}

/** Whether the source line is short enough to stand alone under a chart; otherwise the sources are listed. */
export function sourceLineFits(refs: readonly SourceRef[]): boolean {
  return sourcePublishers(refs).length <= INLINE_MAX_PUBLISHERS && sourceLine(refs).length <= INLINE_MAX_CHARS;
}

/**
 * The footer of a published chart or export: the source line when short, or "Sources:" followed by one numbered line
 * per source. Every source is named; a report can print it as it is.
 */
export function publishedSourceLines(refs: readonly SourceRef[]): string[] {
  return sourceLineFits(refs) ? [sourceLine(refs)] : ['Sources:', ...numberedSources(refs)];
}

/**
 * A slide's source line: every original publisher once ("Reuters", not "Reuters, retrieved via a mirror": the
 * mirrors are in the briefing's and the exports' numbered lists), best tier first, so the line fits a 16:9 frame.
 */
export function originalsLine(refs: readonly SourceRef[]): string {
  const publishers = [...new Set(refs.map((r) => r.original ?? r.publisher ?? r.id))];
  if (publishers.length === 0) return sourceLine([]);
  return `Source${publishers.length > 1 ? 's' : ''}: ${publishers.join(', ')}`;
}
