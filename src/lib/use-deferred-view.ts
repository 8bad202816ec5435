import { useDeferredValue } from 'react';

/**
 * The view a panel body draws: on a filter change, the previous one until React has drawn the new one in a deferred
 * render (`stale` meanwhile, so the frame can dim the body and mark it aria-busy). The first view is drawn at once:
 * deferring it would leave the body empty for a moment, and the panels below would jump (layout shift).
 */
export function useDeferredView<T>(view: T | null): { shown: T | null; stale: boolean } {
  const deferred = useDeferredValue(view);
  const shown = deferred ?? view;
  return { shown, stale: shown !== view };
}
