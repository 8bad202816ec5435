import { wrapText } from '@/components/export/svg-text';

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
  lineHeight: number;
  /** The block fits when it takes at most this many lines … */
  maxLines?: number;
  /** … or at most this height. */
  maxHeight?: number;
}

function setAt(texts: readonly string[], width: number, size: number, o: FitOptions): FittedBlock {
  const lines = texts.map((t) => wrapText(t, width, size, o.bold));
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
