import { estimateTextWidth } from '@/lib/label-placement';

/** Key events at one x position (one category or month): drawn as one label. */
export interface EventGroup {
  key: string;
  x: number;
  /** The events' numbers in the notes list. */
  numbers: readonly number[];
  /** The event's label: only a group of one event can show its text. */
  text: string | null;
}

export interface PlacedEventLabel {
  key: string;
  left: number;
  row: number;
  /** What is drawn: "3", "5–7" or "3 Xi–Putin summit in Moscow". */
  label: string;
  /** The number is drawn with the text beside it. */
  full: boolean;
  /** Whether any label found a place (false: the notes list alone carries the events). */
  drawn: boolean;
}

interface Options {
  min: number;
  max: number;
  rows: number;
  fontSize: number;
  gap?: number;
}

/** "5", "5–7" for a run of numbers, "2, 5" otherwise. */
export function numbersLabel(numbers: readonly number[]): string {
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return '';
  if (numbers.length === 1) return String(first);
  return last - first === numbers.length - 1 ? `${first}–${last}` : numbers.join(', ');
}

/**
 * Direct labels for events, FT-style: every event's number goes at its line first (a narrow box, in the lowest row
 * where it touches nothing), then, left to right, a number grows into "number text" where the whole text fits in a
 * row without touching another label. A label that cannot fit stays a number, whose text is in the notes under the
 * chart: never a clipped stub. Pure, so it is unit-tested.
 */
export function placeEventLabels(groups: readonly EventGroup[], options: Options): PlacedEventLabel[] {
  const { min, max, rows, fontSize, gap = 6 } = options;
  const taken: { key: string; left: number; right: number }[][] = Array.from({ length: Math.max(1, rows) }, () => []);
  const free = (row: number, left: number, right: number, except: string) =>
    (taken[row] ?? []).every((b) => b.key === except || right + gap <= b.left || left >= b.right + gap);
  const leftAt = (x: number, width: number) => Math.max(min, Math.min(x - 2, max - width));
  const sorted = [...groups].sort((a, b) => a.x - b.x || a.key.localeCompare(b.key));
  const placed = new Map<string, PlacedEventLabel>();
  for (const g of sorted) {
    const label = numbersLabel(g.numbers);
    const width = estimateTextWidth(label, fontSize) + 2;
    const left = leftAt(g.x, width);
    const row = taken.findIndex((_, r) => free(r, left, left + width, ''));
    if (row >= 0) taken[row]?.push({ key: g.key, left, right: left + width });
    placed.set(g.key, { key: g.key, left, row: Math.max(0, row), label, full: false, drawn: row >= 0 });
  }
  for (const g of sorted) {
    const spot = placed.get(g.key);
    if (!spot?.drawn || g.text === null || g.numbers.length !== 1) continue;
    const label = `${spot.label} ${g.text}`;
    const width = estimateTextWidth(label, fontSize);
    if (width > max - min) continue;
    const left = leftAt(g.x, width);
    const rowsToTry = [spot.row, ...taken.keys()].filter((r, i, all) => all.indexOf(r) === i);
    const row = rowsToTry.find((r) => free(r, left, left + width, g.key));
    if (row === undefined) continue;
    for (const r of taken.keys()) taken[r] = (taken[r] ?? []).filter((b) => b.key !== g.key);
    taken[row]?.push({ key: g.key, left, right: left + width });
    placed.set(g.key, { ...spot, left, row, label, full: true });
  }
  return sorted.flatMap((g) => placed.get(g.key) ?? []);
}
