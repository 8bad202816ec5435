/** Drawing the dots of one view into a 2D context: on the page, or in the dots worker (dots-worker.ts). */
import type { Map as LeafletMap, Point } from 'leaflet';
import { DOT_RADIUS, SELECTED_RADIUS } from './dot-look';
import { spriteBox as box, type Dot, type DotSprites } from './dot-sprites';

/** One view of the dots: the canvas's CSS size, its pixel ratio, and zoom-0 pixel → canvas pixel (× scale − off). */
export interface DotView {
  width: number;
  height: number;
  ratio: number;
  scale: number;
  offX: number;
  offY: number;
  /** The index of the selected dot (drawn larger, on top), or −1. */
  selected: number;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Clears the canvas and draws every dot in view as one drawImage of its sprite, the selected one last. Positions are
 * rounded to whole device pixels: a sprite copied to a fractional position is resampled, which made the copy about
 * 1.5× slower in Chromium's software canvas (5,000 dots: 35 against 50 ms), and half a pixel is not visible.
 * Returns how many dots were drawn.
 */
export function paintDots(ctx: Context, dots: readonly Dot[], sprites: DotSprites, view: DotView): number {
  const { width, height, ratio, scale, offX, offY, selected } = view;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  let count = 0;
  const drawOne = (dot: Dot, radius: number) => {
    const x = dot.x * scale - offX;
    const y = dot.y * scale - offY;
    if (x < -SELECTED_RADIUS || y < -SELECTED_RADIUS || x > width + SELECTED_RADIUS || y > height + SELECTED_RADIUS)
      return;
    const [w, h] = box(radius);
    ctx.drawImage(
      sprites.for(dot, radius, ratio),
      Math.round((x - radius - 2) * ratio),
      Math.round((y - radius - 2) * ratio),
      Math.ceil(w * ratio),
      Math.ceil(h * ratio),
    );
    count += 1;
  };
  dots.forEach((dot, i) => {
    if (i !== selected) drawOne(dot, DOT_RADIUS);
  });
  const chosen = dots[selected];
  if (chosen) drawOne(chosen, SELECTED_RADIUS);
  return count;
}

/**
 * The view to draw, as Leaflet's Renderer._update makes it (the map's box and `padding` around it, from the layer
 * point `min`), without making it the layer's view yet: that waits until the drawing is shown.
 */
export function plannedView(map: LeafletMap, padding: number, selected: number): { min: Point; view: DotView } | null {
  const size = map.getSize();
  const min = map.containerPointToLayerPoint(size.multiplyBy(-padding)).round();
  const max = min.add(size.multiplyBy(1 + padding * 2)).round();
  if (max.x <= min.x || max.y <= min.y) return null;
  const origin = map.getPixelOrigin();
  const ratio = window.devicePixelRatio || 1;
  const [width, height] = [max.x - min.x, max.y - min.y];
  // Zoom-0 pixel × scale − off = canvas pixel, for a canvas whose top left corner is the layer point `min`.
  const [offX, offY] = [origin.x + min.x, origin.y + min.y];
  return { min, view: { width, height, ratio, scale: 2 ** map.getZoom(), offX, offY, selected } };
}
