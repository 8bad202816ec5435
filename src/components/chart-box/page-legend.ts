import type { LegendEntry } from './published-legend';

/** A key entry of the page (`li > svg` + label) and the swatch SVG the export copies. */
export interface PageLegend {
  entries: LegendEntry[];
  swatches: SVGSVGElement[];
}

/**
 * The key a chart shows in HTML above its plot (ChartFigure's `legend`: a list whose items are a swatch `<svg>` and
 * a label). An export draws the chart alone, so without this the lines and markers of the trade chart would reach a
 * report unexplained; the swatches are copied as they are drawn on the page, so the key cannot drift from the chart.
 */
export function readPageLegend(root: Element | null | undefined): PageLegend {
  const entries: LegendEntry[] = [];
  const swatches: SVGSVGElement[] = [];
  for (const item of root?.querySelectorAll('li') ?? []) {
    const swatch = item.querySelector('svg');
    // The label is the item's text outside its swatch (a marker swatch holds its own letter).
    const text = [...item.childNodes]
      .filter((node) => !(node instanceof SVGElement))
      .map((node) => node.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (!swatch || !text) continue;
    const width = Number(swatch.getAttribute('width')) || swatch.getBoundingClientRect().width;
    const height = Number(swatch.getAttribute('height')) || swatch.getBoundingClientRect().height;
    entries.push({ text, swatch: { width, height } });
    swatches.push(swatch);
  }
  return { entries, swatches };
}
