import { tableToCsv } from '@/lib/csv';
import { downloadBlob, exportFileStem } from '@/lib/download';
import { captionLines, type ExportContext } from './export-context';

export function exportCsv(ctx: ExportContext): void {
  if (!ctx.table) return;
  // A byte-order mark so Excel opens UTF-8 (Russian and Chinese names) correctly.
  downloadBlob(new Blob(['\uFEFF', tableToCsv(ctx.table)], { type: 'text/csv;charset=utf-8' }), `${exportFileStem(ctx.title, ctx.from, ctx.to)}.csv`);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const CAPTION_LINE_HEIGHT = 18;

function textElement(doc: Document, text: string, x: number, y: number, size: number, weight = 'normal'): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-family', 'DejaVu Sans, Arial, sans-serif');
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-weight', weight);
  el.setAttribute('fill', '#111');
  el.textContent = text;
  return el;
}

/**
 * The chart's own SVG wrapped with its caption as real (selectable) text: title above, filters, sources, date and
 * the view's address below.
 */
export function buildCaptionedSvg(chart: SVGSVGElement, ctx: ExportContext): string {
  const doc = chart.ownerDocument;
  const width = Math.max(chart.width.baseVal.value || chart.clientWidth || 640, 480);
  const height = chart.height.baseVal.value || chart.clientHeight || 320;
  const lines = captionLines(ctx);
  const top = 36;
  const total = top + height + 12 + lines.length * CAPTION_LINE_HEIGHT;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(total));
  svg.setAttribute('viewBox', `0 0 ${width} ${total}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#fff');
  svg.append(bg, textElement(doc, ctx.title, 8, 24, 18, 'bold'));
  const body = chart.cloneNode(true) as SVGSVGElement;
  body.setAttribute('x', '0');
  body.setAttribute('y', String(top));
  svg.append(body);
  lines.forEach((line, i) => svg.append(textElement(doc, line, 8, top + height + 12 + (i + 1) * CAPTION_LINE_HEIGHT - 4, 12)));
  return new XMLSerializer().serializeToString(svg);
}

export function exportSvg(chart: SVGSVGElement | null, ctx: ExportContext): boolean {
  if (!chart) return false;
  downloadBlob(new Blob([buildCaptionedSvg(chart, ctx)], { type: 'image/svg+xml' }), `${exportFileStem(ctx.title, ctx.from, ctx.to)}.svg`);
  return true;
}

/** PNG of the panel body at 2× with the caption burned in; html-to-image is loaded only when asked for. */
export async function exportPng(body: HTMLElement | null, ctx: ExportContext): Promise<boolean> {
  if (!body) return false;
  const { toPng } = await import('html-to-image');
  await document.fonts.ready;
  const caption = document.createElement('div');
  caption.className = 'export-caption';
  for (const line of [ctx.title, ...captionLines(ctx)]) {
    const p = document.createElement('p');
    p.textContent = line;
    caption.append(p);
  }
  body.prepend(caption);
  try {
    const url = await toPng(body, { pixelRatio: 2, backgroundColor: '#ffffff', cacheBust: false });
    const blob = await (await fetch(url)).blob();
    downloadBlob(blob, `${exportFileStem(ctx.title, ctx.from, ctx.to)}.png`);
    return true;
  } finally {
    caption.remove();
  }
}
