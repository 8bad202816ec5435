import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The value of the last committed render, for handlers that run later (a menu action, an export): a callback that
 * reads it stays the same function across renders, so what it is passed to can be memoised.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
