import { createRoot } from 'react-dom/client';
import type { StoreApi } from 'zustand/vanilla';
import type { DashboardStore } from '@/store/dashboard-store';
import type { SavedView } from '@/store/saved-views';
import { DashboardStoreProvider } from '@/store/store-provider';
import { CaptureSet } from './slide-capture-set';

/** A slide drawn off screen for an export: its chart (and the whole slide) as PNG, and its text as text. */
export interface CapturedSlide {
  view: SavedView;
  title: string;
  takeaway: string;
  filters: string;
  sourceLine: string;
  sourceIds: string[];
  /** The chart area alone, for a PDF page that sets the text itself. */
  chart: { dataUrl: string; width: number; height: number };
  /** The whole slide, for the PNG zip. */
  slide: { dataUrl: string } | null;
}

/** The PNGs are twice the drawn size (1600×900 CSS px, slides.css): sharp on a 4K screen and in print. */
const PIXEL_RATIO = 2;
const WAIT_MS = 15_000;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Drawn: the data has loaded, the chart has been fitted, and a recharts chart or the map has drawn. */
function isDrawn(slide: Element): boolean {
  const fit = slide.querySelector<HTMLElement>('.slide-fit__content');
  if (!fit || fit.style.visibility !== 'visible') return slide.querySelector('.slide__empty') !== null;
  // The Suspense fallback ("Loading map…") is a p[role=status]; recharts' tooltip is a div with that role, and a
  // published chart's export messages are a p[role=status] that is always there (.chart-figure__status).
  return !fit.querySelector('[data-draw-pending], p[role="status"]:not(.chart-figure__status)');
}

async function waitUntilDrawn(root: HTMLElement, count: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    const slides = [...root.querySelectorAll('.slide')];
    if (slides.length === count && slides.every(isDrawn)) break;
    if (Date.now() - start > WAIT_MS) throw new Error('the slides’ data did not load in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Let the charts' last layout pass (ResponsiveContainer, the map's tiles of vectors) settle.
  for (let i = 0; i < 5; i += 1) await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/**
 * The chart's interactive parts (the brush, tooltips, the map's controls) stay out of the picture. slides.css hides
 * them on screen, but html-to-image copies an SVG whole, without the page's styles, so they are hidden inline too.
 */
const LEFT_OUT = '.recharts-brush, .recharts-tooltip-wrapper, .leaflet-control-container, .border-map__views';
function hideControls(root: HTMLElement) {
  for (const node of root.querySelectorAll<HTMLElement | SVGElement>(LEFT_OUT)) node.style.display = 'none';
}

const text = (el: Element, selector: string) => el.querySelector(selector)?.textContent?.trim() ?? '';

/**
 * Draws the views as slides in a container off screen (with the page's store, so the files are the loaded ones),
 * waits until every chart has drawn, and captures them with html-to-image (loaded only now, like every export).
 */
export async function captureSlides(
  store: StoreApi<DashboardStore>,
  views: readonly SavedView[],
  { wholeSlide = false } = {},
): Promise<CapturedSlide[]> {
  const { toPng } = await import('html-to-image');
  const host = document.createElement('div');
  host.className = 'slide-capture-host';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    const drawn = new Promise<HTMLElement>((resolve) =>
      root.render(
        <DashboardStoreProvider store={store}>
          <CaptureSet views={views} onDrawn={resolve} />
        </DashboardStoreProvider>,
      ),
    );
    const container = await drawn;
    await waitUntilDrawn(container, views.length);
    hideControls(container);
    const options = {
      pixelRatio: PIXEL_RATIO,
      skipFonts: true,
      cacheBust: false,
      backgroundColor: '#ffffff',
    };
    const captured: CapturedSlide[] = [];
    for (const view of views) {
      const slideFrame = container.querySelector<HTMLElement>(`[data-capture="${CSS.escape(view.id)}"]`);
      const chart = slideFrame?.querySelector<HTMLElement>('[data-slide-chart]');
      const article = slideFrame?.querySelector('.slide');
      if (!slideFrame || !chart || !article) throw new Error(`slide “${view.name}” was not drawn`);
      const fit = chart.querySelector<HTMLElement>('.slide-fit__content');
      // Only the drawn part of the chart box: the fitted chart, centred vertically in it.
      const box = chart.getBoundingClientRect();
      const drawnHeight = Math.ceil(
        Math.min(box.height, (fit?.getBoundingClientRect().bottom ?? box.bottom) - box.top),
      );
      captured.push({
        view,
        title: text(article, '.slide__title'),
        takeaway: text(article, '.slide__takeaway'),
        filters: text(article, '.slide__filters'),
        sourceLine: text(article, '.slide__source'),
        sourceIds: (article.getAttribute('data-source-ids') ?? '').split(' ').filter(Boolean),
        chart: {
          dataUrl: await toPng(chart, { ...options, height: drawnHeight }),
          width: box.width,
          height: drawnHeight,
        },
        slide: wholeSlide ? { dataUrl: await toPng(slideFrame, options) } : null,
      });
    }
    return captured;
  } finally {
    root.unmount();
    host.remove();
  }
}
