import { useEffect, useState, type RefObject } from 'react';
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

/** Asks every panel and chart still waiting to draw now (exports; printing does the same through `beforeprint`). */
const DRAW_ALL_EVENT = 'bri:draw-all';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Draws every panel and chart still waiting (an export must not capture an empty box, nor the previous filters'
 * chart while the new one is still being drawn: a body is aria-busy until then); resolves once all is drawn, after
 * two frames to lay out, or after about two seconds at most. At once when nothing waits.
 */
export async function drawAllCharts(): Promise<void> {
  const waiting = () => document.querySelector('[data-draw-pending], .panel__body[aria-busy="true"]') !== null;
  if (!waiting()) return;
  window.dispatchEvent(new Event(DRAW_ALL_EVENT));
  for (let frame = 0; frame < 120 && waiting(); frame += 1) await nextFrame();
  await nextFrame();
  await nextFrame();
}

/**
 * True once the element has come near the viewport, and from then on (a drawn panel stays drawn, so scrolling back
 * is free and its state is kept). Near at the first look (the first screen): at once; later: after DWELL_MS.
 * Printing draws everything first. Without IntersectionObserver (old browsers, jsdom) it is true at once: drawing
 * late is an optimisation, never a condition for seeing data.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    let firstLook = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const isNear = entries[entries.length - 1]?.isIntersecting ?? false;
        clearTimeout(timer);
        if (isNear && firstLook) setNear(true);
        else if (isNear) timer = setTimeout(() => setNear(true), DWELL_MS);
        firstLook = false;
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    // The print preview is laid out right after this event: draw synchronously so no panel prints as a placeholder.
    const drawNow = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', drawNow);
    window.addEventListener(DRAW_ALL_EVENT, drawNow);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('beforeprint', drawNow);
      window.removeEventListener(DRAW_ALL_EVENT, drawNow);
    };
  }, [ref, near]);

  return near;
}
