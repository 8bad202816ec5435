import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels, tickStep } from './label-placement';

const overlaps = (a: { left: number; width: number; row: number }, b: { left: number; width: number; row: number }) =>
  a.row === b.row && a.left < b.left + b.width && b.left < a.left + a.width;

describe('placeLabels', () => {
  it('keeps labels that fit on one row, each at its anchor', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 10, width: 40 },
        { id: 'b', x: 100, width: 40 },
      ],
      { min: 0, max: 300, rows: 2 },
    );
    expect(placed.map((p) => [p.id, p.left, p.row, p.note])).toEqual([
      ['a', 10, 0, null],
      ['b', 100, 0, null],
    ]);
  });

  it('moves a colliding label up a row (the gas reference values 50 and 44 side by side)', () => {
    const placed = placeLabels(
      [
        { id: '50', x: 200, width: 60 },
        { id: '44', x: 210, width: 60 },
      ],
      { min: 0, max: 400, rows: 2 },
    );
    expect(placed.find((p) => p.id === '44')).toMatchObject({ row: 1, note: null });
    expect(overlaps(placed[0]!, placed[1]!)).toBe(false);
  });

  it('folds a label that fits no row into a numbered note, and never overprints', () => {
    const requests = [0, 5, 10, 15].map((x, i) => ({ id: `e${i}`, x: 100 + x, width: 80 }));
    const placed = placeLabels(requests, { min: 0, max: 400, rows: 2 });
    expect(placed.filter((p) => p.note === null)).toHaveLength(2);
    expect(placed.filter((p) => p.note !== null).map((p) => p.note)).toEqual([1, 2]);
    const drawn = placed.filter((p) => p.drawn);
    for (const a of drawn) for (const b of drawn) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('pulls a label at the right edge back inside the bounds', () => {
    const [p] = placeLabels([{ id: 'x', x: 390, width: 50 }], { min: 0, max: 400, rows: 1 });
    expect(p).toMatchObject({ left: 350, note: null });
  });

  it('folds a label wider than the whole span', () => {
    const [p] = placeLabels([{ id: 'x', x: 10, width: 500 }], { min: 0, max: 100, rows: 3 });
    expect(p?.note).toBe(1);
    expect(p?.drawn).toBe(true);
  });
});

describe('tickStep and estimateTextWidth', () => {
  it('shows every tick when they fit and thins them when they do not', () => {
    expect(tickStep(10, 1000, 30)).toBe(1);
    expect(tickStep(24, 300, 30)).toBe(4);
  });
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('US$ per 1,000 m³', 12)).toBeGreaterThan(estimateTextWidth('US$ bn', 12));
    expect(estimateTextWidth('abc', 24)).toBe(2 * estimateTextWidth('abc', 12));
  });
});
