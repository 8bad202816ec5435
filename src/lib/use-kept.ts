import { useState } from 'react';

/**
 * `next`, or what `merge` keeps of the value from the render before. Selectors build a view's lists anew on every
 * filter change, even where nothing in them changed; what is drawn from them (map markers, leader lines, the label
 * layout) compares by identity and would redraw all of it. With the earlier objects kept, only what changed redraws.
 *
 * Uses React's "adjust state while rendering" pattern (no ref is read or written during render): when `next` is a new
 * value the merged one is stored and React renders the component again at once, before its children.
 */
export function useKept<T>(next: T, merge: (kept: T, next: T) => T): T {
  const [state, setState] = useState({ next, kept: next });
  if (state.next === next) return state.kept;
  const kept = merge(state.kept, next);
  setState({ next, kept });
  return kept;
}

/**
 * The items of `next`, each replaced by the kept item of the same key when `same` says they are equal; the kept
 * array itself when every item is kept, in the same order, and `next` itself when none is.
 */
export function keepItems<T>(
  kept: readonly T[],
  next: readonly T[],
  keyOf: (item: T) => string,
  same: (a: T, b: T) => boolean,
): readonly T[] {
  const byKey = new Map(kept.map((item) => [keyOf(item), item]));
  let anyKept = false;
  const merged = next.map((item) => {
    const old = byKey.get(keyOf(item));
    if (old === undefined || !same(old, item)) return item;
    anyKept = true;
    return old;
  });
  if (!anyKept) return next;
  return merged.length === kept.length && merged.every((item, i) => item === kept[i]) ? kept : merged;
}

/** The same for a map: each value replaced by the kept one of its key when equal; the kept map when all are. */
export function keepEntries<K, V>(
  kept: ReadonlyMap<K, V>,
  next: ReadonlyMap<K, V>,
  same: (a: V, b: V) => boolean,
): ReadonlyMap<K, V> {
  const merged = new Map<K, V>();
  let all = kept.size === next.size;
  for (const [key, value] of next) {
    const old = kept.get(key);
    const keep = old !== undefined && same(old, value);
    merged.set(key, keep ? old : value);
    if (!keep) all = false;
  }
  return all ? kept : merged;
}
