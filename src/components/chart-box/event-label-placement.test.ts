import { describe, expect, it } from 'vitest';
import { numbersLabel, placeEventLabels } from './event-label-placement';

const options = { min: 0, max: 600, rows: 2, fontSize: 10 };

describe('placeEventLabels', () => {
  it('draws the number with its text where the whole text fits', () => {
    const [label] = placeEventLabels([{ key: 'a', x: 100, numbers: [1], text: 'Xi–Putin summit' }], options);
    expect(label).toMatchObject({ label: '1 Xi–Putin summit', full: true, drawn: true, row: 0, left: 98 });
  });

  it('keeps a neighbour’s number in place and folds a text that would run into it to its number', () => {
    const labels = placeEventLabels(
      [
        { key: 'a', x: 100, numbers: [1], text: 'A label long enough to reach the next event' },
        { key: 'b', x: 130, numbers: [2], text: 'Short' },
        { key: 'c', x: 140, numbers: [3], text: 'Another long label that will not fit anywhere' },
      ],
      options,
    );
    // Numbers first: 1 and 2 in row 0, 3 (too close to 2) in row 1. Then 1's text would cover 2's number in row 0
    // and 3's in row 1, so 1 stays a number; 2's short text fits in row 0 before nothing; 3's long text has row 1 to
    // itself.
    expect(labels.map((l) => [l.label, l.row, l.drawn])).toEqual([
      ['1', 0, true],
      ['2 Short', 0, true],
      ['3 Another long label that will not fit anywhere', 1, true],
    ]);
  });

  it('gives events at one place one label, "5–7", with their texts left to the notes', () => {
    const [label] = placeEventLabels([{ key: 'may', x: 50, numbers: [5, 6, 7], text: null }], options);
    expect(label).toMatchObject({ label: '5–7', full: false, drawn: true });
    expect(numbersLabel([2, 5])).toBe('2, 5');
  });

  it('never draws a clipped stub: every drawn label is a number or a number and its whole text', () => {
    const groups = Array.from({ length: 30 }, (_, i) => ({
      key: `k${i}`,
      x: i * 12,
      numbers: [i + 1],
      text: `Event number ${i + 1} with a label`,
    }));
    for (const l of placeEventLabels(groups, { ...options, max: 360 })) {
      const n = l.key.slice(1);
      expect([String(Number(n) + 1), `${Number(n) + 1} Event number ${Number(n) + 1} with a label`]).toContain(l.label);
    }
  });
});
