import { describe, expect, it } from 'vitest';
import { lazyFields } from './lazy-fields';

describe('lazyFields', () => {
  it('computes a field only when it is read, and only once', () => {
    const calls: string[] = [];
    const view = lazyFields<{ a: number; b: string }>({
      a: () => (calls.push('a'), 1),
      b: () => (calls.push('b'), 'two'),
    });
    expect(calls).toEqual([]);
    expect(view.a).toBe(1);
    expect(view.a).toBe(1);
    expect(calls).toEqual(['a']);
    expect(view).toEqual({ a: 1, b: 'two' });
    expect(calls).toEqual(['a', 'b']);
  });
});
