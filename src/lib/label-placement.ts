/**
 * Direct labels without overprinting: each label is a box of known width anchored at an x position (a reference line,
 * an event, a bar). Labels are placed left to right into the lowest row where they do not touch the label before
 * them; a label that fits no row is folded into a numbered note, and its short marker ("1", "2" …) is placed the same
 * way. Pure, so it is unit-tested and runs once per series change, not per frame.
 */
export interface LabelRequest {
  id: string;
  /** Anchor position in px (the line or event the label belongs to). */
  x: number;
  /** The label's width in px (see estimateTextWidth). */
  width: number;
}

export interface PlacedLabel {
  id: string;
  /** Left edge of the box in px. */
  left: number;
  /** 0 = the row nearest the plot. */
  row: number;
  /** 1-based note number when the label did not fit and is folded into a note; null when drawn in full. */
  note: number | null;
  /** Whether the note's marker found a place (false: the note list alone carries it). */
  drawn: boolean;
  /** The width actually used (the marker's when folded). */
  width: number;
}

export interface PlacementOptions {
  /** The span labels may use, in px. */
  min: number;
  max: number;
  rows: number;
  /** Space kept between two labels in one row. */
  gap?: number;
  /** Width of a folded label's numbered marker. */
  markerWidth?: number;
}

/** Average glyph width as a share of the font size (sans-serif), so layout needs no canvas and runs in tests. */
const GLYPH = 0.58;

export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * GLYPH);
}

/** Where a box of `width` anchored at `x` starts: on the anchor, pulled back inside [min, max] near the edges. */
function boxLeft(x: number, width: number, min: number, max: number): number {
  return Math.max(min, Math.min(x, max - width));
}

export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const { min, max, rows, gap = 4, markerWidth = 14 } = options;
  const rowEnds: number[] = Array.from({ length: Math.max(1, rows) }, () => -Infinity);
  const tryPlace = (x: number, width: number): { left: number; row: number } | null => {
    if (width > max - min) return null;
    const left = boxLeft(x, width, min, max);
    const row = rowEnds.findIndex((end) => left >= end + gap);
    if (row < 0) return null;
    rowEnds[row] = left + width;
    return { left, row };
  };
  let notes = 0;
  return [...requests]
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))
    .map((r) => {
      const full = tryPlace(r.x, r.width);
      if (full) return { id: r.id, ...full, note: null, drawn: true, width: r.width };
      notes += 1;
      const marker = tryPlace(r.x - markerWidth / 2, markerWidth);
      return {
        id: r.id,
        left: marker?.left ?? boxLeft(r.x, markerWidth, min, max),
        row: marker?.row ?? 0,
        note: notes,
        drawn: marker !== null,
        width: markerWidth,
      };
    });
}

/** Category ticks to show when they would not all fit: every n-th, so no two labels touch. */
export function tickStep(count: number, available: number, labelWidth: number, gap = 8): number {
  if (count <= 1 || labelWidth <= 0) return 1;
  const perLabel = labelWidth + gap;
  return Math.max(1, Math.ceil((count * perLabel) / Math.max(perLabel, available)));
}
