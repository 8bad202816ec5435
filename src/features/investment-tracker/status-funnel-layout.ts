import { wrapText } from '@/components/export/svg-text';

/** One row of the funnel: a stage, or the troubled group set off below them. */
export interface FunnelRowInput {
  key: string;
  /** "Announced: 38 projects": the row's text and its button's name. */
  label: string;
  /** 0–1 of the largest stage; null draws no bar (the troubled group sums three bars). */
  share: number | null;
  color: string;
  /** The values by original currency and the US$ total, and a shorter form (the US$ total) for a tight frame. */
  values: { full: string; short: string } | null;
  /** Set apart: an exit from the path (suspended, stalled, cancelled) or the troubled group (under a rule). */
  gapBefore: 'none' | 'off-path' | 'rule';
}

export interface FunnelRowLayout {
  key: string;
  top: number;
  height: number;
  label: { x: number; y: number; lines: string[] };
  bar: { x: number; y: number; width: number; height: number } | null;
  values: { x: number; y: number; lines: string[] };
  /** The rule above the row (the troubled group), as a y. */
  ruleY: number | null;
}

export const LABEL_SIZE = 13;
export const VALUE_SIZE = 12;
const LABEL_LINE = 17;
const VALUE_LINE = 15;
const BAR = 14;
const ROW_GAP = 10;
const EXTRA_GAP = { none: 0, 'off-path': 6, rule: 14 } as const;
/** From this width the labels stand in a column left of the bars; narrower, each label sits above its bar. */
const COLUMNS_FROM = 560;

type Verbosity = 'full' | 'short' | 'none';

function layoutAt(rows: readonly FunnelRowInput[], width: number, verbosity: Verbosity, spread = 0, grow = 0) {
  const columns = width >= COLUMNS_FROM;
  const labelW = columns ? Math.min(230, Math.round(width * 0.3)) : width - 4;
  const right = columns ? labelW + 12 : 0;
  const barMax = width - right - 8;
  const barH = BAR + grow;
  let y = 4;
  const out: FunnelRowLayout[] = rows.map((r, i) => {
    const extra = i === 0 ? 0 : EXTRA_GAP[r.gapBefore];
    const ruleY = r.gapBefore === 'rule' && i > 0 ? y + extra / 2 : null;
    y += extra;
    const top = y;
    const labelLines = wrapText(r.label, labelW, LABEL_SIZE);
    const text = verbosity === 'none' || !r.values ? '' : r.values[verbosity];
    const valueLines = text ? wrapText(text, width - right - 4, VALUE_SIZE) : [];
    const labelH = labelLines.length * LABEL_LINE;
    const barTop = columns ? top + Math.max(0, (LABEL_LINE - barH) / 2) : top + labelH + 2;
    const bar = r.share === null ? null : { x: right, y: barTop, width: Math.max(2, r.share * barMax), height: barH };
    const valuesTop = r.share === null ? (columns ? top : barTop) : barTop + barH + 3;
    const valuesH = valueLines.length * VALUE_LINE;
    const height = Math.max(columns ? labelH : 0, valuesTop - top + valuesH, columns ? 0 : labelH);
    y = top + height + ROW_GAP + spread;
    return {
      key: r.key,
      top,
      height,
      label: { x: 0, y: top + LABEL_SIZE, lines: labelLines },
      bar,
      values: { x: right, y: valuesTop + VALUE_SIZE - 1, lines: valueLines },
      ruleY,
    };
  });
  return { rows: out, height: Math.ceil(y - ROW_GAP - spread + 4) };
}

/**
 * The least a slide shrinks the funnel (its drawing is scaled into the slide's plot whole): its 12-px values then
 * print at 9 px, the smallest type on a slide (SLIDE_FINE_PRINT_MIN).
 */
const LEAST_SCALE = 0.75;

/**
 * The funnel's natural height at a width (every value written out); given `room` (a slide's plot height; see
 * ChartHeight), the height to draw it at there: drawn wider and higher than the plot, to be shrunk into it by no more
 * than LEAST_SCALE, with every value if that fits, else with each row's US$ total; else at the plot's height with
 * counts only (layoutFunnel makes the same choice at the size it is drawn at).
 */
export function funnelHeight(rows: readonly FunnelRowInput[], width: number, room?: number): number {
  if (room === undefined) return layoutAt(rows, width, 'full').height;
  // Drawn `height` high, the funnel is as many times wider as it is higher than the room (the slide keeps its shape).
  for (const verbosity of ['full', 'short'] as const)
    for (let height = Math.ceil(room); height <= Math.floor(room / LEAST_SCALE); height += 1)
      if (layoutAt(rows, Math.floor((width * height) / room), verbosity).height <= height) return height;
  return Math.max(room, layoutAt(rows, width, 'none').height);
}

/**
 * The funnel laid out in a frame: with every value written out if that fits, else with each row's US$ total only,
 * else with counts only (the table and the CSV keep every value); space left over spreads the rows and thickens the
 * bars, so a slide is filled rather than holding a small funnel at its top.
 */
export function layoutFunnel(rows: readonly FunnelRowInput[], width: number, height: number) {
  for (const verbosity of ['full', 'short', 'none'] as const) {
    const natural = layoutAt(rows, width, verbosity);
    if (natural.height <= height || verbosity === 'none') {
      const free = Math.max(0, height - natural.height);
      const n = Math.max(1, rows.length);
      const grow = Math.min(10, Math.floor(free / (3 * n)));
      const spread = Math.min(28, Math.max(0, (free - grow * n) / Math.max(1, n - 1)));
      return layoutAt(rows, width, verbosity, spread, grow);
    }
  }
  return layoutAt(rows, width, 'none');
}
