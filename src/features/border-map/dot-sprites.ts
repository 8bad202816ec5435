/** The look of the dots layer's dots (dots-layer.ts): each look drawn once as a small canvas, then copied per dot. */
import { mercatorPixel } from './geo-paths';
import type { MapPoint } from './place-markers';

export interface Dot {
  id: string;
  /** Web Mercator pixels at zoom 0. */
  x: number;
  y: number;
  /** The look's key: colour and whether the position is approximate. */
  sprite: string;
  approximate: boolean;
  color: string;
}

/** A place as a dot: projected once, at zoom 0, with the key of its look. */
export function toDot(p: MapPoint): Dot {
  const [x, y] = mercatorPixel(p.lon, p.lat);
  const approximate = Boolean(p.style.approximate);
  return { id: p.id, x, y, approximate, color: p.style.color, sprite: `${p.style.color}|${approximate}` };
}

/** A dot as drawn in the current view, in container pixels (for the map's SVG export, map-export.ts). */
export interface DrawnDot {
  x: number;
  y: number;
  radius: number;
  color: string;
  approximate: boolean;
}

/** The CSS size of a dot's sprite of `radius` (the stroke and a pixel of air around the disc). */
export const spriteBox = (radius: number): [number, number] => [(radius + 2) * 2, (radius + 2) * 2];

/** One dot drawn once into a small canvas; every dot of that look is then a single drawImage. */
type SpriteCanvas = HTMLCanvasElement | OffscreenCanvas;
/** A canvas of the page, or an OffscreenCanvas where there is no document (the dots worker, dots-worker.ts). */
function spriteCanvas(size: number): SpriteCanvas {
  if (typeof document === 'undefined') return new OffscreenCanvas(size, size);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  return canvas;
}

function sprite(color: string, approximate: boolean, radius: number, ratio: number): SpriteCanvas {
  const size = Math.ceil((radius + 2) * 2 * ratio);
  const canvas = spriteCanvas(size);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return canvas;
  ctx.scale(ratio, ratio);
  ctx.beginPath();
  ctx.arc(radius + 2, radius + 2, radius, 0, Math.PI * 2);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = approximate ? 1.5 : 1;
  if (approximate) ctx.setLineDash([3, 2]);
  ctx.stroke();
  return canvas;
}

/** The sprites drawn so far, by look, radius and pixel ratio. */
export class DotSprites {
  private readonly drawn = new Map<string, SpriteCanvas>();

  for(dot: Dot, radius: number, ratio: number): SpriteCanvas {
    const key = `${dot.sprite}|${radius}|${ratio}`;
    let canvas = this.drawn.get(key);
    if (!canvas) {
      canvas = sprite(dot.color, dot.approximate, radius, ratio);
      this.drawn.set(key, canvas);
    }
    return canvas;
  }
}
