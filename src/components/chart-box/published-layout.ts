import { GLYPH_WIDTH, wrapText } from '@/components/export/svg-text';
import { fitTypeSize } from '@/lib/fit-type';
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
  /**
   * What a fixed frame (a slide preset) prints instead: every original publisher once and where the numbered list is.
   * A chart citing hundreds of sources cannot print them numbered on a slide without covering the chart.
   */
  slideSourceLine: string;
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

/** The most of a slide's height its notes and source line may take: set smaller (fine print) rather than shrink the chart. */
const SLIDE_FINE_PRINT_SHARE = 0.16;
/** The footer's type size (CSS px before the type scale); a slide's fine print is set smaller when it must fit. */
const FOOTER_SIZE = 11;

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
    for (const t of wrapText(text, inner, size, weight === 700)) {
      y += size * 1.3;
      into.push({ text: t, x: pad, y, size, weight, muted });
    }
  };
  add(caption.title, Math.round(20 * s), 700, false, lines);
  add(caption.subtitle, Math.round(13 * s), 400, true, lines);
  const chartTop = Math.ceil(y + 8 * s);
  const small = Math.round(FOOTER_SIZE * s);
  const footer: TextLine[] = [];
  if (frame.cssHeight) {
    // A slide: the notes and every publisher are fine print fitted together to a share of the frame (each item starts
    // a line, counted as half a line's characters), and the date, credit and address share one line, so the chart
    // keeps most of the frame however many sources it cites.
    const fine = [...caption.notes, caption.slideSourceLine];
    const halfLine = inner / (small * GLYPH_WIDTH) / 2;
    const chars = fine.reduce((n, t) => n + t.length + halfLine, 0);
    const size =
      Math.round(Math.min(small, fitTypeSize(chars, inner, frame.cssHeight * SLIDE_FINE_PRINT_SHARE)) * 10) / 10;
    y = 0;
    caption.notes.forEach((note) => add(note, size, 400, false, footer));
    add(caption.slideSourceLine, size, 400, true, footer);
    add([caption.asOfLine, caption.creditLine, caption.urlLine].join(' · '), small, 400, true, footer);
  } else {
    // A page (1×, 2×, A4 column): the notes, then every source numbered, then the date, credit and address.
    y = 0;
    for (const note of caption.notes) add(note, small, 400, false, footer);
    for (const l of caption.sourceLines) add(l, small, 400, true, footer);
    add([caption.asOfLine, caption.creditLine].join(' · '), small, 400, true, footer);
    add(caption.urlLine, small, 400, true, footer);
  }
  const footerHeight = Math.ceil(y + 6 * s);
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
