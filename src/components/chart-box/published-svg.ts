import { copyMissingDefs, inlineSvgStylesOnto } from '@/components/export/svg-styles';
import type { PublishedCaption, PublishedLayout } from './published-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, 'DejaVu Sans', 'Noto Sans', Arial, sans-serif";
const INK = '#16191d';
const MUTED = '#3d444d';
/** Never drawn into an export: tooltips, and anything a chart marks as UI (the range brush, buttons). */
const UI = '.recharts-tooltip-wrapper, .recharts-brush, [data-export-ignore]';

function setAttrs(el: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
}

/**
 * The published chart as one standalone SVG: title, subtitle, the chart (drawn at the frame's size), notes and the
 * complete footer, all as live `<text>` so an editor can change a word in Illustrator. `chart` must be in the
 * document (its computed styles are written onto the copy, so the file needs no stylesheet; the chart is not changed).
 */
export function composePublishedSvg(
  chart: SVGSVGElement,
  caption: PublishedCaption,
  layout: PublishedLayout,
  transparent = false,
  swatches: readonly SVGSVGElement[] = [],
): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  setAttrs(root, { width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` });
  root.setAttribute('role', 'img');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = caption.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = [caption.subtitle, ...caption.sourceLines, caption.asOfLine, caption.urlLine].join('\n');
  root.append(title, desc);
  if (!transparent) {
    const bg = doc.createElementNS(SVG_NS, 'rect');
    setAttrs(bg, { width: '100%', height: '100%', fill: '#ffffff' });
    root.append(bg);
  }
  for (const line of layout.lines) {
    const t = doc.createElementNS(SVG_NS, 'text');
    setAttrs(t, {
      x: line.x,
      y: line.y,
      'font-family': FONT,
      'font-size': line.size,
      'font-weight': line.weight,
      fill: line.muted ? MUTED : INK,
    });
    t.textContent = line.text;
    root.append(t);
  }
  // The key's swatches, copied from the page's legend with their computed paint, each scaled into its box (in a
  // group of their own: the chart is the file's one top-level nested <svg>).
  if (layout.swatches.length > 0) {
    const key = doc.createElementNS(SVG_NS, 'g');
    layout.swatches.forEach((box, i) => {
      const source = swatches[i];
      if (!source) return;
      const swatch = doc.importNode(source, true) as SVGSVGElement;
      inlineSvgStylesOnto(source, swatch);
      swatch.removeAttribute('class');
      const [w, h] = [source.getAttribute('width'), source.getAttribute('height')];
      setAttrs(swatch, { ...box, viewBox: source.getAttribute('viewBox') ?? `0 0 ${w} ${h}`, color: INK });
      key.append(swatch);
    });
    root.append(key);
  }
  const copy = doc.importNode(chart, true) as SVGSVGElement;
  inlineSvgStylesOnto(chart, copy);
  copy.querySelectorAll(UI).forEach((el) => el.remove());
  copyMissingDefs(copy, chart.ownerDocument);
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  const { width, height } = chart.getBoundingClientRect();
  // A chart that scales its own drawing to fit (the route schematic on a slide) keeps its viewBox.
  setAttrs(copy, { ...layout.chart, viewBox: chart.getAttribute('viewBox') ?? `0 0 ${width} ${height}` });
  // Text inside the chart follows the page theme's currentColor; a published chart is dark ink on white.
  setAttrs(copy, { color: INK });
  root.append(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** The SVG drawn onto a canvas at `ratio`, as a PNG. Same-origin blob images keep the canvas readable. */
export async function rasteriseSvg(svg: string, width: number, height: number, ratio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The browser could not draw the chart image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas available to draw the PNG');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
