import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keepEntries, keepItems, useKept } from './use-kept';

interface Item {
  id: string;
  value: number;
}
const byId = (item: Item) => item.id;
const sameValue = (a: Item, b: Item) => a.value === b.value;
const mergeItems = (kept: readonly Item[], next: readonly Item[]) => keepItems(kept, next, byId, sameValue);

describe('keepItems', () => {
  it('gives back the kept array when every item is equal, in the same order', () => {
    const kept = [
      { id: 'a', value: 1 },
      { id: 'b', value: 2 },
    ];
    const next = [
      { id: 'a', value: 1 },
      { id: 'b', value: 2 },
    ];
    expect(mergeItems(kept, next)).toBe(kept);
  });

  it('keeps the unchanged items and takes the changed and the new ones', () => {
    const a = { id: 'a', value: 1 };
    const b = { id: 'b', value: 2 };
    const changedB = { id: 'b', value: 3 };
    const c = { id: 'c', value: 4 };
    const merged = mergeItems([a, b], [{ id: 'a', value: 1 }, changedB, c]);
    expect(merged).toHaveLength(3);
    expect(merged[0]).toBe(a);
    expect(merged[1]).toBe(changedB);
    expect(merged[2]).toBe(c);
  });

  it('gives a new array when an item was dropped or the order changed', () => {
    const a = { id: 'a', value: 1 };
    const b = { id: 'b', value: 2 };
    const dropped = mergeItems([a, b], [{ id: 'a', value: 1 }]);
    expect(dropped).toEqual([a]);
    expect(dropped[0]).toBe(a);
    const reordered = mergeItems(
      [a, b],
      [
        { id: 'b', value: 2 },
        { id: 'a', value: 1 },
      ],
    );
    expect(reordered).toEqual([b, a]);
    expect(reordered[0]).toBe(b);
  });
});

describe('keepEntries', () => {
  const same = (a: number[], b: number[]) => a.join() === b.join();

  it('gives back the kept map when every value is equal', () => {
    const kept = new Map([['x', [1, 2]]]);
    expect(keepEntries(kept, new Map([['x', [1, 2]]]), same)).toBe(kept);
  });

  it('keeps equal values and takes changed ones; a dropped key makes a new map', () => {
    const x = [1, 2];
    const kept = new Map([
      ['x', x],
      ['y', [3]],
    ]);
    const changed = keepEntries(
      kept,
      new Map([
        ['x', [1, 2]],
        ['y', [4]],
      ]),
      same,
    );
    expect(changed.get('x')).toBe(x);
    expect(changed.get('y')).toEqual([4]);
    const dropped = keepEntries(kept, new Map([['x', [1, 2]]]), same);
    expect(dropped).not.toBe(kept);
    expect([...dropped.keys()]).toEqual(['x']);
  });
});

describe('useKept', () => {
  it('hands back the first array across renders that bring equal items, and the new one when they change', () => {
    const first = [{ id: 'a', value: 1 }];
    const { result, rerender } = renderHook(({ items }) => useKept(items, mergeItems), {
      initialProps: { items: first },
    });
    rerender({ items: [{ id: 'a', value: 1 }] });
    expect(result.current).toBe(first);
    const changed = [{ id: 'a', value: 2 }];
    rerender({ items: changed });
    expect(result.current).toBe(changed);
  });
});
