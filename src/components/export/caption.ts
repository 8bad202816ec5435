import { describeFilters, type FilterLabels } from '@/domain/describe-filters';
import type { Filters } from '@/domain/view-state';

/** What every exported image says about itself: what it shows, under which filters, from where, as of when. */
export interface ExportCaption {
  title: string;
  /** The active filters, in the words of the filter bar. */
  subtitle: string;
  /** "Sources: A, B" when short, or "Sources:" and one numbered line per source: every source, never "and N more". */
  sourceLines: string[];
  /** Every publisher on one line (the card's line): what a slide-sized image, with no room for the list, prints. */
  publisherLine: string;
  asOfLine: string;
  /** The address that reproduces this view. */
  urlLine: string;
}

export interface CaptionInput {
  title: string;
  filters: Filters;
  labels: FilterLabels;
  /** The panel's complete source lines (publishedSourceLines), as a published chart's footer gives them. */
  sourceLines: string[];
  publisherLine: string;
  /** Already formatted ("Mar 2025"), or "unknown". */
  asOf: string;
  viewUrl: string;
}

export function buildCaption(input: CaptionInput): ExportCaption {
  return {
    title: input.title,
    subtitle: describeFilters(input.filters, input.labels),
    sourceLines: input.sourceLines,
    publisherLine: input.publisherLine,
    asOfLine: `Data as of ${input.asOf}`,
    urlLine: `Dashboard view: ${input.viewUrl}`,
  };
}

/** The lines under the chart, in order. */
export function captionFooterLines(caption: ExportCaption): string[] {
  return [...caption.sourceLines, caption.asOfLine, caption.urlLine];
}

/** Every caption line, title first: the text an image carries and an SVG holds as `<text>`. */
export function captionLines(caption: ExportCaption): string[] {
  return [caption.title, caption.subtitle, ...captionFooterLines(caption)];
}
