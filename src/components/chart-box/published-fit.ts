import { wrapBalanced, wrapText } from '@/components/export/svg-text';
import { publishersLine, type ChartPublishers } from './publishers-line';

/** One block of text set at one size: its lines and the height they take. */
export interface FittedBlock {
  size: number;
  lines: string[][];
  height: number;
}

interface FitOptions {
  /** Largest and smallest size tried, in CSS px; sizes step down by half a pixel. */
  max: number;
  min: number;
  bold?: boolean;
  /** Lines about equally long (a title), rather than filled greedily (see wrapBalanced). */
  balance?: boolean;
  lineHeight: number;
  /** The block fits when it takes at most this many lines … */
  maxLines?: number;
  /** … or at most this height. */
  maxHeight?: number;
}

function setAt(texts: readonly string[], width: number, size: number, o: FitOptions): FittedBlock {
  const wrap = o.balance ? wrapBalanced : wrapText;
  const lines = texts.map((t) => wrap(t, width, size, o.bold));
  const count = lines.reduce((n, l) => n + l.length, 0);
  return { size, lines, height: count * size * o.lineHeight };
}

/**
 * The largest size (from `max` down to `min`) at which `texts`, each starting its own line, fit `width` in at most
 * `maxLines` lines or `maxHeight` px, measured with the same wrapping the layout draws. At `min` when nothing fits: the
 * text is then longer than the room, and the layout gives it the room (never cuts a word).
 */
export function fitBlock(texts: readonly string[], width: number, o: FitOptions): FittedBlock {
  for (let size = o.max; size > o.min; size -= 0.5) {
    const block = setAt(texts, width, size, o);
    const count = block.lines.reduce((n, l) => n + l.length, 0);
    if ((o.maxLines === undefined || count <= o.maxLines) && (o.maxHeight === undefined || block.height <= o.maxHeight))
      return block;
  }
  return setAt(texts, width, o.min, o);
}

/** The fine print of a slide: notes, the publishers line, then date · credit · address (see layoutPublished). */
export interface FinePrint {
  notes: readonly string[];
  publishers: ChartPublishers;
  meta: string;
}

/**
 * A slide's fine print, at the largest size from `o.max` down to `o.min` (the smallest a projector shows) that keeps
 * it within `o.maxHeight`. When even `o.min` cannot hold every publisher, the line names the ones cited most (as
 * many as fit, at the largest size that still names `leastNamed`) and says where every source is listed: type under
 * the floor would be unreadable, and a taller footer would take the chart's room.
 */
export function fitFinePrint(
  fine: FinePrint,
  width: number,
  o: FitOptions & { maxHeight: number },
  leastNamed: number,
): FittedBlock {
  const texts = (shown?: number) => [...fine.notes, publishersLine(fine.publishers, shown), fine.meta];
  const whole = fitBlock(texts(), width, o);
  if (whole.height <= o.maxHeight) return whole;
  const all = fine.publishers.names.length;
  let best: FittedBlock | null = null;
  for (let size = o.max; size >= o.min; size -= 0.5) {
    const at = (shown: number) => fitBlock(texts(shown), width, { ...o, max: size, min: size });
    // The most publishers that fit at this size: the block grows with each name, so a binary search finds it.
    let [lo, hi] = [1, all - 1];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (at(mid).height <= o.maxHeight) lo = mid;
      else hi = mid - 1;
    }
    best = at(lo);
    if (lo >= Math.min(leastNamed, all - 1)) break;
  }
  return best ?? whole;
}
