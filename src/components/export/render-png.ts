import type { ExportCaption } from './caption';
import { buildSheet, type SheetLook } from './export-sheet';
import { pixelSize, type SheetSize } from './image-presets';
import { withPngText } from './png-text';

export interface RenderedPng {
  blob: Blob;
  width: number;
  height: number;
}

/** Only this page's own resources may be embedded: foreign map tiles would be a request leaving the page. */
function isLocalResource(node: HTMLElement): boolean {
  if (!(node instanceof HTMLImageElement)) return true;
  const src = node.currentSrc || node.src;
  if (!src || src.startsWith('data:') || src.startsWith('blob:')) return true;
  try {
    return new URL(src, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG'))),
      'image/png',
    );
  });
}

/**
 * The panel body as a PNG of exactly the preset's pixel size, caption burned in and written into the PNG's text
 * chunks. html-to-image is loaded only now, so it never weighs on the first page load.
 */
export async function renderPng(
  body: HTMLElement,
  caption: ExportCaption,
  size: SheetSize,
  look: SheetLook,
  panelId: string,
): Promise<RenderedPng> {
  const { toCanvas } = await import('html-to-image');
  const sheet = await buildSheet(body, caption, size, look, panelId);
  try {
    const { width, height } = pixelSize(size, sheet.cssHeight);
    const canvas = await toCanvas(sheet.element, {
      width: sheet.cssWidth,
      height: sheet.cssHeight,
      canvasWidth: width,
      canvasHeight: height,
      pixelRatio: 1,
      skipAutoScale: true,
      skipFonts: true,
      cacheBust: false,
      backgroundColor: look.background === 'white' ? '#ffffff' : undefined,
      filter: isLocalResource,
      // The sheet sits offscreen in the page; in the image it starts at the top-left corner.
      style: { position: 'static', left: '0', top: '0', zIndex: 'auto' },
    });
    const bytes = new Uint8Array(await (await canvasToBlob(canvas)).arrayBuffer());
    const tagged = withPngText(bytes, {
      Title: caption.title,
      Description: caption.subtitle,
      Source: caption.sourceLines.join(' '),
      Comment: `${caption.asOfLine}. ${caption.urlLine}`,
    });
    return { blob: new Blob([tagged], { type: 'image/png' }), width, height };
  } finally {
    sheet.remove();
  }
}
