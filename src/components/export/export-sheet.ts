import { fitTypeSize } from '@/lib/fit-type';
import type { ExportCaption } from './caption';
import { keepFigures } from './figure-filter';
import type { ExportContent, ImageBackground, SheetSize } from './image-presets';
import { copyMissingDefs, inlineSvgStyles } from './svg-styles';

/** Attribute on the offscreen sheet while it exists; its value is the panel id (browser tests read the caption). */
export const SHEET_ATTRIBUTE = 'data-export-sheet';
/** Chart surfaces the SVG export picks up: recharts' main surface, or any SVG a panel marks with `data-export`. */
export const CHART_SVG_SELECTOR = '.recharts-wrapper > svg.recharts-surface, svg[data-export]';
/** Never drawn into an export: tooltips, and anything a panel marks `data-export-ignore`. */
const IGNORED = '.recharts-tooltip-wrapper, [data-export-ignore], .leaflet-control-container';

export interface SheetLook {
  background: ImageBackground;
  content: ExportContent;
}

export interface Sheet {
  element: HTMLElement;
  /** The cloned panel body inside the sheet. */
  stage: HTMLElement;
  cssWidth: number;
  cssHeight: number;
  /** How much the body was scaled to fit the sheet. */
  scale: number;
  remove: () => void;
}

function line(doc: Document, className: string, part: string, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = className;
  p.setAttribute('data-caption', part);
  p.textContent = text;
  return p;
}

/**
 * A static copy of the panel body: canvases become images, scrolled boxes are opened out so nothing is cut off, and
 * for `figures` content only the charts, the map and their legends and headings are kept.
 */
function cloneBody(body: HTMLElement, content: ExportContent): HTMLElement {
  const clone = body.cloneNode(true) as HTMLElement;
  const originals = [body, ...body.querySelectorAll<HTMLElement>('*')];
  const copies = [clone, ...clone.querySelectorAll<HTMLElement>('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    if (original instanceof HTMLCanvasElement) {
      const img = original.ownerDocument.createElement('img');
      try {
        img.src = original.toDataURL('image/png');
      } catch {
        // A tainted canvas (foreign map tiles) cannot be read; it is left out rather than failing the export.
      }
      img.width = original.width;
      img.height = original.height;
      copy.replaceWith(img);
      return;
    }
    const overflow = getComputedStyle(original).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') copy.classList.add('export-sheet__unclip');
  });
  if (content === 'figures') keepFigures(body, clone);
  clone.querySelectorAll(IGNORED).forEach((el) => el.remove());
  clone.removeAttribute('id');
  return clone;
}

async function settle(): Promise<void> {
  await document.fonts.ready;
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Builds the offscreen export sheet: title and filters above, the panel body (with its legend) in the middle, sources,
 * "data as of" and the view's address below; lays it out at the preset's size, waits for fonts and layout, and scales
 * the body to fit — the whole chart, never clipped.
 */
export async function buildSheet(
  body: HTMLElement,
  caption: ExportCaption,
  size: SheetSize,
  look: SheetLook,
  panelId: string,
): Promise<Sheet> {
  const { background, content } = look;
  const doc = body.ownerDocument;
  const sheet = doc.createElement('div');
  sheet.className = `export-sheet export-sheet--${background}`;
  sheet.setAttribute(SHEET_ATTRIBUTE, panelId);
  sheet.setAttribute('aria-hidden', 'true');
  sheet.inert = true;
  sheet.style.width = `${size.cssWidth}px`;
  if (size.cssHeight) sheet.style.height = `${size.cssHeight}px`;

  const header = doc.createElement('div');
  header.className = 'export-sheet__header';
  header.append(
    line(doc, 'export-sheet__title', 'title', caption.title),
    line(doc, 'export-sheet__subtitle', 'filters', caption.subtitle),
  );
  const area = doc.createElement('div');
  area.className = 'export-sheet__area';
  // Without a fixed sheet height (1×, 2×, report column) a flex-basis of 0 would collapse the chart area to nothing:
  // the area must take the height of what it holds.
  if (!size.cssHeight) area.style.flex = 'none';
  const frame = doc.createElement('div');
  frame.className = 'export-sheet__frame';
  const stage = cloneBody(body, content);
  stage.classList.add('export-sheet__stage');
  const bodyWidth = Math.max(1, body.getBoundingClientRect().width);
  stage.style.width = `${bodyWidth}px`;
  frame.append(stage);
  area.append(frame);
  const footer = doc.createElement('div');
  footer.className = 'export-sheet__footer';
  const { asOfLine, urlLine } = caption;
  // A fixed frame (a slide) has no room for the numbered list: it prints every publisher on one line, in type sized
  // to take at most a fifth of the frame; a sheet that grows with its content lists every source, numbered.
  const sources = line(
    doc,
    'export-sheet__line',
    'sources',
    size.cssHeight ? caption.publisherLine : caption.sourceLines.join('\n'),
  );
  sources.style.whiteSpace = 'pre-line';
  if (size.cssHeight) {
    const fitted = fitTypeSize(caption.publisherLine.length, size.cssWidth - 32, size.cssHeight / 5);
    sources.style.fontSize = `${Math.min(12, fitted).toFixed(2)}px`;
    sources.style.lineHeight = '1.25';
  }
  footer.append(
    sources,
    line(doc, 'export-sheet__line', 'as-of', asOfLine),
    line(doc, 'export-sheet__line', 'url', urlLine),
  );
  sheet.append(header, area, footer);
  doc.body.append(sheet);

  await settle();
  stage.querySelectorAll('svg').forEach((svg) => {
    copyMissingDefs(svg, doc);
    inlineSvgStyles(svg);
  });
  const naturalHeight = Math.max(1, stage.offsetHeight);
  const scaleToWidth = area.clientWidth / bodyWidth;
  const scale = size.cssHeight ? Math.min(scaleToWidth, area.clientHeight / naturalHeight) : scaleToWidth;
  frame.style.width = `${bodyWidth * scale}px`;
  frame.style.height = `${naturalHeight * scale}px`;
  stage.style.transform = `scale(${scale})`;
  await settle();
  const cssHeight = size.cssHeight ?? Math.ceil(sheet.getBoundingClientRect().height);
  sheet.style.height = `${cssHeight}px`;
  return { element: sheet, stage, cssWidth: size.cssWidth, cssHeight, scale, remove: () => sheet.remove() };
}
