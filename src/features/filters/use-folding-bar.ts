import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

const PHONE_QUERY = '(max-width: 640px)';

// (jsdom and very old browsers have no matchMedia: they get the wide layout.)
const hasMatchMedia = () => typeof window.matchMedia === 'function';

function subscribePhone(onChange: () => void) {
  if (!hasMatchMedia()) return () => {};
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on a phone-width screen, where the filters start folded behind their button. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribePhone,
    () => hasMatchMedia() && window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}

/**
 * Whether the sticky bar is scrolled past and should fold to its chips. It folds once the page has scrolled past the
 * bar's full height and unfolds only back at the bar's own place: the gap between the two keeps the bar from
 * flickering as its own height changes, and the page scrolls by that change so the content stays in place.
 * It does not fold under a keyboard user (focus shown inside it) or while one of its dropdowns is open. When it folds
 * or unfolds with the focus inside, `onFoldWithFocus` moves the focus somewhere that stays.
 */
export function useScrolledPast(
  marker: RefObject<HTMLElement | null>,
  bar: RefObject<HTMLElement | null>,
  onFoldWithFocus: () => void,
): boolean {
  const [past, setPast] = useState(false);
  const pastRef = useRef(false);
  const unfoldedHeight = useRef(0);
  const heightBefore = useRef<number | null>(null);
  const onFoldRef = useRef(onFoldWithFocus);
  useEffect(() => {
    onFoldRef.current = onFoldWithFocus;
  });
  useEffect(() => {
    let frame = 0;
    const check = () => {
      frame = 0;
      const el = bar.current;
      const active = document.activeElement;
      const focusInside = !!active && el?.contains(active);
      if (!el || !marker.current) return;
      const top = marker.current.getBoundingClientRect().top;
      if (!pastRef.current) unfoldedHeight.current = el.offsetHeight;
      const next = pastRef.current ? top < 0 : -top > unfoldedHeight.current;
      if (next === pastRef.current) return;
      const inUse = focusInside && (active.matches(':focus-visible') || el.querySelector('.multi-select__popover'));
      if (next && inUse) return;
      heightBefore.current = el.offsetHeight;
      setPast((pastRef.current = next));
      if (focusInside) onFoldRef.current();
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    // The first check waits for the first frame: measuring here, in the effects of the page's first commit, forced
    // the whole first layout (fonts included) into that commit's task, the longest of the load (issue 22).
    onScroll();
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [marker, bar]);
  // Folding moves everything below the bar up (scroll anchoring does not cover a sticky element's own size): scroll
  // by the same amount, so what the reader was looking at stays where it was. Unfolding happens back at the bar's own
  // place, where the reader is heading for the top: there the content simply makes room.
  useLayoutEffect(() => {
    const before = heightBefore.current;
    heightBefore.current = null;
    if (before === null || !bar.current) return;
    const change = bar.current.offsetHeight - before;
    if (change < 0) window.scrollBy(0, change);
  }, [past, bar]);
  return past;
}

/**
 * Publishes the bar's height as --filter-bar-height, which the page's scroll-padding uses: an element reached by Tab
 * or a link is then scrolled into view below the sticky bar, not under it.
 */
export function useStickyHeight(bar: RefObject<HTMLElement | null>) {
  const publish = useCallback((height: number) => {
    document.documentElement.style.setProperty('--filter-bar-height', `${Math.ceil(height)}px`);
  }, []);
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => publish(el.offsetHeight));
    observer.observe(el);
    return () => {
      observer.disconnect();
      document.documentElement.style.removeProperty('--filter-bar-height');
    };
  }, [bar, publish]);
}
