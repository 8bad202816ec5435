import { createContext, startTransition, useContext, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * How far outside the viewport a panel may be and still draw its charts: a quarter screen ahead, so the charts are
 * usually there before a scrolling reader reaches them, while the first load draws only the panels on screen (the
 * placeholders are taller than a screen, see styles.css, so the second row starts well outside this margin).
 */
const AHEAD = '25% 0px 25% 0px';

/**
 * A panel that comes near later (scrolling, or the page above it changing height) must stay near this long before it
 * draws: scrolling quickly past does not draw everything on the way, and neither does the moment while the panels
 * above are still laying out their first charts (they are briefly short, which once pulled every panel into range).
 */
const DWELL_MS = 150;

/** Dispatched (bubbling) on an element: everything drawn lazily inside its panel draws now (exports use it). */
export const DRAW_PANEL_EVENT = 'bri:draw-panel';

/**
 * True inside a panel that must draw everything now: it has keyboard focus (so Tab reaches every bar and row), or it
 * is being exported. PanelFrame provides it; ChartBox reads it.
 */
export const DrawNowContext = createContext(false);

/** Once printing has started, everything draws, including what mounts during the print preparation. */
let printing = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    printing = true;
  });
  window.addEventListener('afterprint', () => {
    printing = false;
  });
}

/**
 * True once the element has come near the viewport, and from then on (a drawn panel stays drawn, so scrolling back
 * is free and its state is kept). Near at the first look (the first screen): at once; later: after DWELL_MS. Also true
 * inside a panel that draws now (DrawNowContext) and for printing. Without IntersectionObserver (old browsers, jsdom)
 * it is true at once: drawing late is an optimisation, never a condition for seeing data.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const drawNow = useContext(DrawNowContext);
  const [near, setNear] = useState(() => printing || typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    let firstLook = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const isNear = entries[entries.length - 1]?.isIntersecting ?? false;
        clearTimeout(timer);
        // In a transition: drawing a panel's charts is the page's biggest render, and a plain update from an observer
        // is rendered in one piece, a long task that blocks input (the load's longest, issue 22). React renders a
        // transition in slices it yields between; what was on screen (the placeholder) stays until it is ready.
        const draw = () => startTransition(() => setNear(true));
        if (isNear && firstLook) draw();
        else if (isNear) timer = setTimeout(draw, DWELL_MS);
        firstLook = false;
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    // The print preview is laid out right after this event: draw synchronously so no chart prints as a placeholder.
    const drawForPrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', drawForPrint);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('beforeprint', drawForPrint);
    };
  }, [ref, near]);

  return near || drawNow;
}

/** One frame, or 50 ms in a background tab (where frames stop). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Draws everything still waiting in the panel that holds `element` (an export must not capture an empty box, nor the
 * previous filters' chart while the new one is being drawn: a body is aria-busy until then); resolves once all is
 * drawn and has had two frames to lay out, or after about two seconds at most. At once when nothing waits.
 */
export async function drawPanelNow(element: HTMLElement): Promise<void> {
  const waiting = () =>
    element.querySelector('[data-draw-pending]') !== null || element.closest('[aria-busy="true"]') !== null;
  // Always announced, even with nothing left to draw: the map builds its export SVG only when an export asks.
  element.dispatchEvent(new Event(DRAW_PANEL_EVENT, { bubbles: true }));
  if (!waiting()) return;
  const until = performance.now() + 2000;
  while (waiting() && performance.now() < until) await nextFrame();
  await nextFrame();
  await nextFrame();
}
