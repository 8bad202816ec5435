import { useEffect, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { DRAW_PANEL_EVENT } from '@/lib/use-near-viewport';

/** A DRAW_PANEL_EVENT inside the panel (an export) draws everything in it now, synchronously. */
export function useDrawPanelEvent(
  sectionRef: RefObject<HTMLElement | null>,
  setDrawNow: (value: boolean) => void,
): void {
  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const draw = () => flushSync(() => setDrawNow(true));
    section.addEventListener(DRAW_PANEL_EVENT, draw);
    return () => section.removeEventListener(DRAW_PANEL_EVENT, draw);
  }, [sectionRef, setDrawNow]);
}

/**
 * Browsers leave full screen on Escape themselves; where the key reaches the page instead (some kiosk and headless
 * set-ups, clickers mapped to Escape) this does the same, so Escape always returns.
 */
export function useEscapeLeavesFullscreen(sectionRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && document.fullscreenElement && document.fullscreenElement === sectionRef.current)
        void document.exitFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sectionRef]);
}
