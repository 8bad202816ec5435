/**
 * The page's side of the dots worker (dots-worker.ts): one worker for every dots layer, made on first use. Where
 * there is none to be had (no OffscreenCanvas, ImageBitmapRenderingContext or Worker: jsdom, older browsers) or it
 * fails to load, `dotsPainter()` is null and the layer draws on the page itself.
 */
import type { DotView } from './dot-draw';
import type { Dot } from './dot-sprites';
import type { DotsReply, DotsRequest } from './dots-worker';

export interface DotsPainter {
  /** Sends a layer's dots once; returns the set's number for its draws. */
  setDots(dots: readonly Dot[]): number;
  /** Draws a view of a set; resolves with the drawing (null: the set was replaced, or the worker failed). */
  paint(set: number, view: DotView): Promise<DotsReply>;
}

let painter: DotsPainter | null | undefined;
let failed = false;

const supported = (): boolean =>
  typeof Worker === 'function' &&
  typeof OffscreenCanvas === 'function' &&
  typeof ImageBitmapRenderingContext === 'function' &&
  'transferToImageBitmap' in OffscreenCanvas.prototype;

export function dotsPainter(): DotsPainter | null {
  if (failed) return null;
  if (painter !== undefined) return painter;
  if (!supported()) return (painter = null);
  const worker = new Worker(new URL('./dots-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (reply: DotsReply) => void>();
  let [sets, seqs] = [0, 0];
  worker.onmessage = ({ data }: MessageEvent<DotsReply>) => {
    waiting.get(data.seq)?.(data);
    waiting.delete(data.seq);
  };
  worker.onerror = () => {
    // From now on every layer draws on the page; the draws waiting are answered empty (their layer then redraws).
    failed = true;
    painter = null;
    for (const [seq, done] of waiting) done({ seq, bitmap: null, count: 0 });
    waiting.clear();
    worker.terminate();
  };
  const post = (message: DotsRequest) => worker.postMessage(message);
  painter = {
    setDots(dots) {
      sets += 1;
      post({ type: 'dots', set: sets, dots: [...dots] });
      return sets;
    },
    paint(set, view) {
      seqs += 1;
      const seq = seqs;
      post({ type: 'draw', set, seq, ...view });
      return new Promise((done) => waiting.set(seq, done));
    },
  };
  return painter;
}

/** Whether the worker failed after a layer chose it (the layer then swaps its canvas for one it can draw on). */
export const painterFailed = (): boolean => failed;

/** The dots layer's canvas: hidden from screen readers (the list beside the map names every place) and from clicks. */
export function dotsCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  canvas.className = 'border-map__dots';
  canvas.style.pointerEvents = 'none';
  return canvas;
}
