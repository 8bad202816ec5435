import { captionFooterLines, type ExportCaption } from './caption';
import { CHART_SVG_SELECTOR } from './export-sheet';
import type { ImageBackground } from './image-presets';
import { textWidth, wrapBalanced, wrapText } from './svg-text';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, 'DejaVu Sans', 'Noto Sans', Arial, sans-serif";
const PAD = 16;

export interface LegendItem {
  /** The legend's own swatch, if it is an SVG. */
  icon: SVGSVGElement | null;
  /** A plain colour swatch when the legend has no SVG icon. */
  color: string | null;
  text: string;
}

export interface ChartPart {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** The chart's own heading in the panel, if any. */
  heading: string | null;
  legend: LegendItem[];
}

const HEADINGS = 'h3, h4, h5, h6, figcaption';
const LEGENDS = '.recharts-legend-wrapper, [data-export-legend], [class*="legend"], [class*="Legend"]';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

function swatchColor(item: Element): string | null {
  for (const el of [item, ...item.querySelectorAll<HTMLElement>('*')]) {
    if (el instanceof SVGElement) continue;
    const style = getComputedStyle(el);
    if (style.backgroundColor !== TRANSPARENT) return style.backgroundColor;
    if (style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && el !== item)
      return style.borderTopColor;
  }
  return null;
}

function legendItems(container: Element): LegendItem[] {
  const lis = [...container.querySelectorAll('li')];
  const items = lis.length ? lis : [...container.children];
  return items.flatMap((li) => {
    const text = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return [];
    return [{ icon: li.querySelector('svg'), color: swatchColor(li), text }];
  });
}

/** The smallest box around a chart that also holds a heading (or a legend), not beyond the stage. */
function chartBox(svg: Element, stage: Element, selector: string): Element {
  let box: Element = svg.parentElement ?? stage;
  while (box !== stage && box.parentElement && !box.querySelector(selector)) box = box.parentElement;
  return box;
}

/** The chart surfaces in a (staged, style-inlined) panel body, each with its heading and legend. */
export function chartParts(stage: Element, scale = 1): ChartPart[] {
  const claimed = new Set<Element>();
  return [...stage.querySelectorAll<SVGSVGElement>('svg')].flatMap((svg) => {
    const rect = svg.getBoundingClientRect();
    const width = rect.width / scale || Number(svg.getAttribute('width')) || 0;
    const height = rect.height / scale || Number(svg.getAttribute('height')) || 0;
    // recharts' surface or a marked SVG; otherwise any large SVG outside charts and the map (not legend icons).
    const standalone =
      !svg.parentElement?.closest('svg, .recharts-wrapper, .leaflet-container') && width >= 120 && height >= 60;
    if (!(svg.matches(CHART_SVG_SELECTOR) || standalone) || width < 2 || height < 2) return [];
    // Each heading and legend belongs to one chart only: the first one in its box.
    const claim = (els: Element[]): Element[] => {
      const fresh = els.filter((el) => !claimed.has(el) && !el.parentElement?.closest(LEGENDS) && !el.closest('svg'));
      fresh.forEach((el) => claimed.add(el));
      return fresh;
    };
    const headingEl = [...chartBox(svg, stage, HEADINGS).querySelectorAll(HEADINGS)].find((h) => !claimed.has(h));
    const heading = headingEl ? (claim([headingEl])[0]?.textContent?.trim() ?? null) : null;
    const legend = claim([...chartBox(svg, stage, LEGENDS).querySelectorAll(LEGENDS)]).flatMap(legendItems);
    return [{ svg, width, height, heading, legend }];
  });
}

function text(
  doc: XMLDocument,
  content: string,
  x: number,
  y: number,
  size: number,
  extra: Record<string, string> = {},
): Element {
  const el = doc.createElementNS(SVG_NS, 'text');
  const attrs = {
    x: String(x),
    y: String(y),
    'font-family': FONT,
    'font-size': String(size),
    fill: '#16191d',
    ...extra,
  };
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
  el.textContent = content;
  return el;
}

/**
 * One standalone SVG file: the caption as real, selectable `<text>` (title, filters above; sources, date and view
 * address below), every chart of the panel stacked, each followed by its legend.
 */
export function composeSvg(parts: readonly ChartPart[], caption: ExportCaption, background: ImageBackground): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const width = Math.ceil(Math.max(480, ...parts.map((p) => p.width)) + 2 * PAD);
  const inner = width - 2 * PAD;
  const body: Element[] = [];
  let y = PAD;
  // A title is measured as bold (it is drawn bold) and balanced, so no word is left alone on its last line.
  const addLines = (content: string, size: number, attrs: Record<string, string> = {}, title = false): void => {
    for (const l of title ? wrapBalanced(content, inner, size, true) : wrapText(content, inner, size)) {
      y += size * 1.3;
      body.push(text(doc, l, PAD, y, size, attrs));
    }
  };
  addLines(caption.title, 20, { 'font-weight': '700' }, true);
  addLines(caption.subtitle, 13, { fill: '#3d444d' });
  y += 10;
  for (const part of parts) {
    if (part.heading) addLines(part.heading, 14, { 'font-weight': '700' });
    if (part.heading) y += 6;
    const chart = doc.importNode(part.svg, true) as Element;
    chart.removeAttribute('style');
    chart.removeAttribute('class');
    Object.entries({ x: PAD, y, width: part.width, height: part.height }).forEach(([k, v]) =>
      chart.setAttribute(k, String(v)),
    );
    if (!chart.hasAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${part.width} ${part.height}`);
    body.push(chart);
    y += part.height + 6;
    let x = PAD;
    if (part.legend.length) y += 14;
    for (const item of part.legend) {
      const w = 18 + textWidth(item.text, 12) + 16;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += 18;
      }
      const swatch = item.icon ? (doc.importNode(item.icon, true) as Element) : doc.createElementNS(SVG_NS, 'rect');
      if (!item.icon) swatch.setAttribute('fill', item.color ?? '#777');
      swatch.removeAttribute('style');
      Object.entries({ x, y: y - 11, width: 12, height: 12 }).forEach(([k, v]) => swatch.setAttribute(k, String(v)));
      body.push(swatch, text(doc, item.text, x + 18, y, 12));
      x += w;
    }
    y += 14;
  }
  for (const l of captionFooterLines(caption)) addLines(l, 12, { fill: '#3d444d' });
  const height = Math.ceil(y + PAD);
  Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' }).forEach(([k, v]) =>
    root.setAttribute(k, String(v)),
  );
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = caption.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = [caption.subtitle, ...captionFooterLines(caption)].join('\n');
  root.append(title, desc);
  if (background === 'white') {
    const bg = doc.createElementNS(SVG_NS, 'rect');
    Object.entries({ width: '100%', height: '100%', fill: '#ffffff' }).forEach(([k, v]) => bg.setAttribute(k, v));
    root.append(bg);
  }
  root.append(...body);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}
