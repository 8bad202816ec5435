/**
 * "Charts and legends" exports: a panel body also holds lists, timelines and tables that would shrink the chart to a
 * thumbnail on a slide (the tables go to the CSV). These rules find the figures — recharts charts, the Leaflet map,
 * any large SVG, or anything a panel marks `data-export-figure` — and what explains them (headings and legends).
 */
const FIGURE = '.recharts-wrapper, .leaflet-container, [data-export-figure]';
const HEADINGS = 'h3, h4, h5, h6, figcaption';
const LEGENDS = '[data-export-legend], [class*="legend"], [class*="Legend"]';
const MIN_SVG = { width: 120, height: 60 };

function isFigure(el: Element): boolean {
  if (el.matches(FIGURE)) return true;
  if (!(el instanceof SVGSVGElement) || el.parentElement?.closest('svg, .recharts-wrapper, .leaflet-container'))
    return false;
  const box = el.getBoundingClientRect();
  return box.width >= MIN_SVG.width && box.height >= MIN_SVG.height;
}

/**
 * Indexes (into `[root, ...root.querySelectorAll('*')]`) of the elements to keep: every figure with its descendants
 * and ancestors, and headings or legends that sit next to a figure. Empty when the body has no figure at all.
 */
export function figureIndexes(root: Element): Set<number> {
  const all = [root, ...root.querySelectorAll('*')];
  const index = new Map(all.map((el, i) => [el, i]));
  const figures = all.filter(isFigure);
  const keep = new Set<number>();
  if (figures.length === 0) return keep;
  const mark = (el: Element): void => {
    for (const d of [el, ...el.querySelectorAll('*')]) keep.add(index.get(d) ?? -1);
    for (let a = el.parentElement; a && index.has(a); a = a.parentElement) keep.add(index.get(a) ?? -1);
  };
  figures.forEach(mark);
  // A heading titles a figure in the same box; a legend may sit one box further out (chart and legend side by side).
  const nextTo = (el: Element, box: Element | null | undefined): void => {
    if (box && figures.some((f) => box.contains(f))) mark(el);
  };
  root.querySelectorAll(HEADINGS).forEach((el) => nextTo(el, el.parentElement));
  root.querySelectorAll(LEGENDS).forEach((el) => {
    const outer = el.parentElement?.parentElement;
    nextTo(el, outer && outer !== root && root.contains(outer) ? outer : el.parentElement);
  });
  keep.delete(-1);
  return keep;
}

/** Removes from `copy` (a deep clone of `original`) everything `figureIndexes(original)` does not keep. */
export function keepFigures(original: Element, copy: Element): void {
  const keep = figureIndexes(original);
  if (keep.size === 0) return;
  const copies = [copy, ...copy.querySelectorAll('*')];
  copies.forEach((el, i) => {
    if (!keep.has(i)) el.remove();
  });
}
