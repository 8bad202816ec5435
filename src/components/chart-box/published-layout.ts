import { wrapText } from '@/components/export/svg-text';
import { heightAt, type ChartHeight } from './chart-height';
import type { FrameSize } from './chart-presets';

/** What a published chart says around the plot (Datawrapper's and OWID's layout). */
export interface PublishedCaption {
  /** The takeaway. */
  title: string;
  /** Units, then the filters applied. */
  subtitle: string;
  /** "Source: A, B" when short; otherwise "Sources:" and a numbered list. Never "and N more". */
  sourceLines: string[];
  /** Notes (a folded label's text, a scope caveat), each numbered where the chart shows its number. */
  notes: string[];
  asOfLine: string;
  creditLine: string;
  urlLine: string;
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
  /** Type scale used (1 on screen; larger on slides). */
  scale: number;
}

/** The most of a slide's height the footer should take before its type is set smaller. */
const FOOTER_SHARE = 0.3;

/** Type grows with the frame up to 1.25× (a slide), so a projected title stays in proportion with the chart. */
export function typeScale(cssWidth: number): number {
  return Math.min(1.25, Math.max(1, cssWidth / 640));
}

/**
 * Lays out title, subtitle, chart and footer in a frame: with a fixed frame height (slides) the chart takes all the
 * space left; otherwise it keeps `chartHeight` (at the chart's width, when it follows the width) and the frame grows. Pure, so it is tested without a browser.
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
  let y = pad;
  const add = (text: string, size: number, weight: 400 | 700, muted: boolean, into: TextLine[]) => {
    for (const t of wrapText(text, inner, size)) {
      y += size * 1.3;
      into.push({ text: t, x: pad, y, size, weight, muted });
    }
  };
  add(caption.title, Math.round(20 * s), 700, false, lines);
  add(caption.subtitle, Math.round(13 * s), 400, true, lines);
  const chartTop = Math.ceil(y + 8 * s);
  const buildFooter = (small: number) => {
    const into: TextLine[] = [];
    y = 0;
    for (const note of caption.notes) add(note, small, 400, false, into);
    // On a slide the numbered source list runs on as one paragraph, so the chart keeps most of the frame.
    const sources = frame.cssHeight ? [caption.sourceLines.join(' ')] : caption.sourceLines;
    for (const l of sources) add(l, small, 400, true, into);
    add([caption.asOfLine, caption.creditLine].join(' · '), small, 400, true, into);
    add(caption.urlLine, small, 400, true, into);
    return { lines: into, height: Math.ceil(y + 6 * s) };
  };
  // A slide keeps at least ~70% of its height for the title and the chart: a long source list is set smaller
  // (down to 8 px before the ×2 raster, 16 px in the PNG) rather than shrinking the chart.
  const sizes = frame.cssHeight ? [11, 10, 9, 8] : [11];
  let built = buildFooter(Math.round(sizes[0]! * s));
  for (const size of sizes.slice(1)) {
    if (!frame.cssHeight || built.height <= frame.cssHeight * FOOTER_SHARE) break;
    built = buildFooter(Math.round(size * s));
  }
  const footer = built.lines;
  const footerHeight = built.height;
  const plotHeight = frame.cssHeight
    ? Math.max(80, frame.cssHeight - chartTop - footerHeight - pad)
    : heightAt(chartHeight, inner);
  const footerTop = chartTop + plotHeight + Math.round(6 * s);
  for (const l of footer) lines.push({ ...l, y: l.y + footerTop });
  const height = frame.cssHeight ?? Math.ceil(footerTop + footerHeight + pad);
  return {
    width: frame.cssWidth,
    height,
    lines,
    chart: { x: pad, y: chartTop, width: inner, height: plotHeight },
    scale: s,
  };
}
