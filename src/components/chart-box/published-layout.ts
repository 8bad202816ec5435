import { wrapBalanced, wrapText } from '@/components/export/svg-text';
import { heightAt, type ChartHeight } from './chart-height';
import type { FrameSize } from './chart-presets';
import { fitBlock, fitFinePrint } from './published-fit';
import { layoutLegend, type LegendEntry, type SwatchBox } from './published-legend';
import { publishersLine, type ChartPublishers } from './publishers-line';

/** What a published chart says around the plot (Datawrapper's and OWID's layout). */
export interface PublishedCaption {
  /** The takeaway. */
  title: string;
  /** Units, then the filters applied. */
  subtitle: string;
  /** "Source: A, B" when short; otherwise "Sources:" and a numbered list. Never "and N more". */
  sourceLines: string[];
  /**
   * What the images (1×, 2×, slides) print instead (see publishersLine): every original publisher once and where the
   * numbered list is. A chart citing hundreds of sources cannot print them numbered on a slide without covering the
   * chart, nor in a PNG without making it a page of references.
   */
  publishers: ChartPublishers;
  /** Notes (a folded label's text, a scope caveat), each numbered where the chart shows its number. */
  notes: string[];
  asOfLine: string;
  creditLine: string;
  urlLine: string;
  /** The chart's key (its swatch sizes and labels), when it has one outside its SVG: set under the subtitle. */
  legend?: readonly LegendEntry[];
}

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  weight: 400 | 700;
  muted: boolean;
}

export interface PublishedLayout {
  width: number;
  height: number;
  lines: TextLine[];
  /** Where the chart goes. */
  chart: { x: number; y: number; width: number; height: number };
  /**
   * The size the chart is drawn at, then scaled uniformly into `chart`: the same size, unless a slide's plot is lower
   * than the chart needs there (twelve bars with wrapped labels; see ChartHeight's `room`), when it is drawn at the
   * height it needs and shrunk whole, so its text stays apart instead of the rows being squeezed over each other.
   */
  draw: { width: number; height: number };
  /** Type scale used (1 on screen; larger on slides). */
  scale: number;
  /** The key's swatches, in the order of `caption.legend`. */
  swatches: SwatchBox[];
}

/**
 * The most sources the A4 column numbers under its chart: about a third of the column's height in its fine print.
 * Past it, the column prints every publisher once and where the numbered list is (the SVG, the sources CSV).
 */
export const REPORT_LIST_MAX = 20;

/** Whether a frame prints the numbered list (`caption.sourceLines`) rather than the publishers line. */
function numbersSources(frame: FrameSize, caption: Pick<PublishedCaption, 'publishers'>): boolean {
  if (frame.sourceList === 'numbered-when-few') return caption.publishers.sources <= REPORT_LIST_MAX;
  return frame.sourceList === 'numbered';
}

/** The smallest type on a slide, in CSS px of its layout frame (tests/e2e/chart-downloads.e2e.mjs checks it). */
export const SLIDE_FINE_PRINT_MIN = 9;

/**
 * A slide (a fixed frame) is set like an FT or Datawrapper slide: the title in one or two lines at the largest size
 * that allows it, the subtitle on one line, fine print (notes, the publishers, then date · credit · address) fitted
 * together to a share of the frame, and the chart takes all the rest. Sizes in CSS px of the slide's layout frame
 * (960 × 540 or 800 × 600, rasterised at 2×).
 */
const SLIDE_TYPE = {
  title: { max: 22, min: 17, bold: true, balance: true, lineHeight: 1.15, maxLines: 2 },
  subtitle: { max: 14, min: 11.5, lineHeight: 1.3, maxLines: 1 },
  // 9 px of the 960-px layout is 18 px in the 1920-px image: about the least a projected slide is read at.
  fine: { max: 12, min: SLIDE_FINE_PRINT_MIN, lineHeight: 1.3 },
} as const;
/** The most of a slide's height its fine print takes: it names fewer publishers rather than shrink the chart. */
const SLIDE_FINE_PRINT_SHARE = 0.16;
/** A slide that cannot name every publisher names at least this many (at a smaller size if it must). */
const SLIDE_LEAST_NAMED = 20;
/** The footer's type size on a page (CSS px before the type scale). */
const FOOTER_SIZE = 11;

/** Type grows with the frame up to 1.25× (a slide), so a projected title stays in proportion with the chart. */
export function typeScale(cssWidth: number): number {
  return Math.min(1.25, Math.max(1, cssWidth / 640));
}

/** A slide's title, subtitle and fine print, each fitted to the frame (see SLIDE_TYPE). */
function slideBlocks(caption: PublishedCaption, inner: number, cssHeight: number) {
  const meta = [caption.asOfLine, caption.creditLine, caption.urlLine].join(' · ');
  return {
    title: fitBlock([caption.title], inner, SLIDE_TYPE.title),
    subtitle: fitBlock([caption.subtitle], inner, SLIDE_TYPE.subtitle),
    fine: fitFinePrint(
      { notes: caption.notes, publishers: caption.publishers, meta },
      inner,
      { ...SLIDE_TYPE.fine, maxHeight: cssHeight * SLIDE_FINE_PRINT_SHARE },
      SLIDE_LEAST_NAMED,
    ),
  };
}

/**
 * Lays out title, subtitle, chart and footer in a frame: with a fixed frame height (slides) the chart takes all the
 * space left; otherwise it keeps `chartHeight` (at the chart's width, when it follows the width) and the frame grows.
 * Pure, so it is tested without a browser.
 */
export function layoutPublished(
  caption: PublishedCaption,
  frame: FrameSize,
  chartHeight: ChartHeight,
): PublishedLayout {
  const s = typeScale(frame.cssWidth);
  const pad = Math.round(16 * s);
  const inner = frame.cssWidth - 2 * pad;
  const lines: TextLine[] = [];
  const footer: TextLine[] = [];
  let y = pad;
  const add = (
    into: TextLine[],
    texts: readonly string[],
    size: number,
    weight: 400 | 700,
    muted: boolean,
    lh = 1.3,
  ) => {
    for (const text of texts) {
      y += size * lh;
      into.push({ text, x: pad, y, size, weight, muted });
    }
  };
  const wrap = (text: string, size: number, bold = false) => wrapText(text, inner, size, bold);
  const small = Math.round(FOOTER_SIZE * s);
  const swatches: SwatchBox[] = [];
  /** Sets the key under the subtitle; returns the height it takes. */
  const key = (top: number, size: number): number => {
    const legend = layoutLegend(caption.legend ?? [], pad, top, inner, size);
    lines.push(...legend.lines);
    swatches.push(...legend.swatches);
    return legend.height ? Math.ceil(legend.height + 4 * s) : 0;
  };
  let chartTop: number;
  let footerEnd: number | undefined;
  let bottom = pad;
  if (frame.cssHeight) {
    const { title, subtitle, fine } = slideBlocks(caption, inner, frame.cssHeight);
    // The first baseline sits about a cap height under the margin, not a whole line (no blank band over the title).
    y = pad - 0.25 * title.size;
    add(lines, title.lines.flat(), title.size, 700, false, SLIDE_TYPE.title.lineHeight);
    add(lines, subtitle.lines.flat(), subtitle.size, 400, true);
    chartTop = Math.ceil(y + 0.3 * subtitle.size + 6);
    chartTop += key(chartTop, Math.max(SLIDE_FINE_PRINT_MIN, Math.round(subtitle.size * 0.85)));
    y = 0;
    // Notes in ink, then the publishers and date · credit · address muted, all at the one fine-print size.
    fine.lines.forEach((block, i) => add(footer, block, fine.size, 400, i >= caption.notes.length));
    // The footer ends at its last line's descenders, and the frame's bottom margin is a little narrower than the
    // sides (the fine print is light): the chart keeps the height.
    footerEnd = y + 0.3 * fine.size;
    bottom = Math.round(0.75 * pad);
  } else {
    // A page (1×, 2×, A4 column, SVG): the notes, then the sources (numbered, or every publisher once: see
    // CHART_PRESETS), then the date, credit and address.
    const title = Math.round(20 * s);
    const subtitle = Math.round(13 * s);
    add(lines, wrapBalanced(caption.title, inner, title, true), title, 700, false);
    add(lines, wrap(caption.subtitle, subtitle), subtitle, 400, true);
    chartTop = Math.ceil(y + 8 * s);
    chartTop += key(chartTop, Math.round(12 * s));
    y = 0;
    for (const note of caption.notes) add(footer, wrap(note, small), small, 400, false);
    const sources = numbersSources(frame, caption) ? caption.sourceLines : [publishersLine(caption.publishers)];
    for (const l of sources) add(footer, wrap(l, small), small, 400, true);
    add(footer, wrap([caption.asOfLine, caption.creditLine].join(' · '), small), small, 400, true);
    add(footer, wrap(caption.urlLine, small), small, 400, true);
  }
  const footerHeight = Math.ceil(footerEnd ?? y + 6 * s);
  const plotHeight = frame.cssHeight
    ? Math.max(80, frame.cssHeight - chartTop - footerHeight - bottom)
    : heightAt(chartHeight, inner);
  const footerTop = chartTop + plotHeight + Math.round(6 * s);
  for (const l of footer) lines.push({ ...l, y: l.y + footerTop });
  const height = frame.cssHeight ?? Math.ceil(footerTop + footerHeight + pad);
  // On a slide the chart is asked what it needs in the plot's room (a chart that can lay itself out lower is then
  // drawn at full size, its type unshrunk); on a page the plot is the height it wants.
  const fit = Math.min(1, plotHeight / heightAt(chartHeight, inner, frame.cssHeight ? plotHeight : undefined));
  return {
    width: frame.cssWidth,
    height,
    lines,
    chart: { x: pad, y: chartTop, width: inner, height: plotHeight },
    draw: { width: Math.round(inner / fit), height: Math.round(plotHeight / fit) },
    scale: s,
    swatches,
  };
}
