import { describe, expect, it } from 'vitest';
import { stackMarkers } from './marker-stack';

const at = (month: string, x: number, ...ids: string[]) => ids.map((id) => ({ id, month, x }));

describe('stackMarkers', () => {
  it('stacks a month up to the cap and folds the rest into one "+N" marker in the top row', () => {
    const out = stackMarkers(at('2024-03', 100, 'a', 'b', 'c', 'd', 'e'), { rows: 3, size: 18 });
    expect(out).toEqual([
      { month: '2024-03', x: 100, row: 0, ids: ['a'], folded: false },
      { month: '2024-03', x: 100, row: 1, ids: ['b'], folded: false },
      { month: '2024-03', x: 100, row: 2, ids: ['c', 'd', 'e'], folded: true },
    ]);
  });

  it('keeps a month that fits as single markers, and moves a close neighbour up a row', () => {
    const out = stackMarkers([...at('2024-01', 100, 'a'), ...at('2024-02', 110, 'b')], { rows: 3, size: 18 });
    expect(out.map((m) => [m.ids, m.row, m.folded])).toEqual([
      [['a'], 0, false],
      [['b'], 1, false],
    ]);
  });

  it('adds the events of a month with no free row to the count of the marker just placed, losing none', () => {
    const requests = [...at('2024-01', 100, 'a', 'b'), ...at('2024-02', 105, 'c', 'd'), ...at('2024-03', 110, 'e')];
    const out = stackMarkers(requests, { rows: 2, size: 18 });
    expect(out).toEqual([
      { month: '2024-01', x: 100, row: 0, ids: ['a'], folded: false },
      { month: '2024-01', x: 100, row: 1, ids: ['b', 'c', 'd', 'e'], folded: true },
    ]);
    expect(out.flatMap((m) => m.ids).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never uses more rows than allowed, whatever the crowding', () => {
    const requests = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, month: `m${i % 7}`, x: (i % 7) * 4 }));
    const out = stackMarkers(requests, { rows: 3, size: 18 });
    expect(Math.max(...out.map((m) => m.row))).toBe(2);
    expect(out.flatMap((m) => m.ids)).toHaveLength(40);
  });
});
