import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** The most a chart is enlarged: past this a small chart would look blown up rather than fill the slide. */
const MAX_SCALE = 3;
const MIN_SCALE = 0.1;
/** Steps of the search for the scale: 2.9 / 2^12 is well under a pixel's difference. */
const STEPS = 12;
/**
 * Refits the content may cause by itself before the scale may only shrink. A chart whose height depends on its width
 * (one-line labels from 700 px: wrap-label.ts) can flip between two layouts: wide and short → a larger scale →
 * narrower and taller → a smaller scale → wide again, forever (the briefing's capture never settled). Past this many
 * refits in one burst the smaller scale stays, which fits both layouts.
 */
const FREE_REFITS = 3;
/**
 * A refit this long after the previous one starts a new burst. The flip above refits every frame or two, well inside
 * this; a real change of the content later on (filters changed while presenting, data arriving late) comes after a
 * pause and may grow the scale again, or the slide would stay small for as long as it is mounted.
 */
const BURST_GAP_MS = 250;

/**
 * Scales its content whole (ticks, labels and legend with the plot) to the largest size that fits the box: the
 * content is laid out at width box / scale, then scaled by `scale`, so it always spans the box's width and never
 * overflows its height. The charts keep their own fixed heights (the dashboard's), and a CSS transform does not change
 * the size recharts measures, so a chart is laid out once, in its own pixels. Flowing content (the overview cards,
 * the funnel) grows taller as it narrows, so the scale is searched (bisection) rather than computed.
 */
export function SlideFit({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    let settled = { width: 0, height: 0, content: 0, scale: MAX_SCALE };
    let contentRefits = 0;
    let lastFitAt = -Infinity;
    const heightAt = (scale: number) => {
      content.style.width = `${box.clientWidth / scale}px`;
      return content.offsetHeight;
    };
    const fit = () => {
      const width = box.clientWidth;
      const height = box.clientHeight;
      if (!width || !height) return;
      const boxChanged = width !== settled.width || height !== settled.height;
      const now = performance.now();
      contentRefits = boxChanged || now - lastFitAt > BURST_GAP_MS ? 0 : contentRefits + 1;
      lastFitAt = now;
      const fits = (scale: number) => heightAt(scale) * scale <= height;
      let scale = MAX_SCALE;
      if (contentRefits > FREE_REFITS && fits(settled.scale)) scale = settled.scale;
      else if (!fits(scale)) {
        let [lo, hi] = [MIN_SCALE, MAX_SCALE];
        for (let i = 0; i < STEPS; i += 1) {
          const mid = (lo + hi) / 2;
          if (fits(mid)) lo = mid;
          else hi = mid;
        }
        scale = lo;
      }
      const contentHeight = heightAt(scale);
      content.style.transform = `scale(${scale})`;
      content.style.top = `${Math.max(0, (height - contentHeight * scale) / 2)}px`;
      content.style.visibility = 'visible';
      settled = { width, height, content: contentHeight, scale };
    };
    // Refit when the box changes size, or when the content changes by itself (a chart drawn, data arrived); the
    // content's own resizing during a fit ends at the height `settled` holds, so it does not start another.
    const observer = new ResizeObserver(() => {
      if (
        box.clientWidth !== settled.width ||
        box.clientHeight !== settled.height ||
        content.offsetHeight !== settled.content
      )
        fit();
    });
    observer.observe(box);
    observer.observe(content);
    fit();
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={outer} className="slide-fit">
      <div ref={inner} className="slide-fit__content">
        {children}
      </div>
    </div>
  );
}
