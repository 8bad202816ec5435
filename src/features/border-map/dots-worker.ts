/**
 * The dots layer's drawing, off the page's main thread (dots-layer.ts): 5,000 sprite copies take 35–100 ms in a
 * software canvas, which on the main thread was a long frame at the first draw and after every zoom. The worker
 * draws into an OffscreenCanvas and hands the page an ImageBitmap, which the page shows in the same task as it moves
 * the canvas to the new view (no frame shows the new drawing at the old place).
 */
import { paintDots, type DotView } from './dot-draw';
import { DotSprites, type Dot } from './dot-sprites';

export type DotsRequest =
  { type: 'dots'; set: number; dots: Dot[] } | ({ type: 'draw'; set: number; seq: number } & DotView);
export interface DotsReply {
  seq: number;
  bitmap: ImageBitmap | null;
  count: number;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<DotsRequest>) => void) | null;
  postMessage(message: DotsReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const sprites = new DotSprites();
/** The sets of dots, by layer (a filter change makes a new layer; the old set is replaced, not kept). */
let current: { set: number; dots: Dot[] } = { set: -1, dots: [] };
let canvas: OffscreenCanvas | null = null;

scope.onmessage = ({ data }) => {
  if (data.type === 'dots') {
    current = { set: data.set, dots: data.dots };
    return;
  }
  const [width, height] = [Math.round(data.width * data.ratio), Math.round(data.height * data.ratio)];
  const ctx = data.set === current.set && width > 0 && height > 0 ? context(width, height) : null;
  if (!ctx || !canvas) return scope.postMessage({ seq: data.seq, bitmap: null, count: 0 }, []);
  const count = paintDots(ctx, current.dots, sprites, data);
  const bitmap = canvas.transferToImageBitmap();
  scope.postMessage({ seq: data.seq, bitmap, count }, [bitmap]);
};

function context(width: number, height: number): OffscreenCanvasRenderingContext2D | null {
  if (!canvas) canvas = new OffscreenCanvas(width, height);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return canvas.getContext('2d');
}
