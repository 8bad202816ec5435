import { DomUtil, Renderer, type Bounds, type LeafletMouseEvent, type Map as LeafletMap, type Point } from 'leaflet';
import type { MapPoint } from './place-markers';
import { paintDots, plannedView, type DotView } from './dot-draw';
import { DOT_RADIUS, SELECTED_RADIUS } from './dot-look';
import { DotSprites, toDot, type Dot, type DrawnDot } from './dot-sprites';
import { dotsCanvas, dotsPainter, painterFailed, type DotsPainter } from './dots-painter';

/** A click this close to a dot's centre (CSS pixels) selects it. */
const HIT_RADIUS = 8;
/** Above the detailed land and borders (401–403) and the leader lines (440), below the DOM markers (600). */
const PANE = 'border-dots';
const PANE_Z = '450';

interface RendererState {
  _map: LeafletMap & { _animatingZoom?: boolean };
  _container: HTMLCanvasElement;
  _bounds: Bounds;
  _zoom: number;
}

/** The dots layer on a map, for the SVG export (map-export.ts). */
const layers = new WeakMap<LeafletMap, DotsLayer>();
export const dotsOf = (map: LeafletMap): DotsLayer | undefined => layers.get(map);

/**
 * Thousands of places as one canvas of dots. Leaflet's own canvas markers are one object each, re-projected and
 * re-drawn with a path per dot after every zoom, and hit-tested one by one on every mouse move; here the dots are
 * projected once (zoom 0), each look is drawn once as a sprite, a redraw is one drawImage per dot in view, and a
 * click looks for the nearest dot. Zoom animation is Leaflet's Renderer's. Where the browser can, the drawing is done
 * by a worker (dots-painter.ts) and shown once it is back, if the view is still the one it was drawn for.
 */
export class DotsLayer extends Renderer {
  private points: readonly MapPoint[];
  private dots: Dot[];
  private selectedId: string | null;
  private readonly onSelect: (id: string) => void;
  private readonly sprites = new DotSprites();
  /** The frame a redraw is waiting for (0: none): several moves in one frame draw once. */
  private frame = 0;
  /** The mouse position a hit test is waiting for (one per frame, none while the map moves). */
  private hover: { x: number; y: number } | null = null;
  private hoverFrame = 0;
  /** The worker drawing this layer's dots (null: drawn here), the number of its set of dots and of the last draw. */
  private painter: DotsPainter | null = null;
  private set = 0;
  private lastDraw = 0;

  constructor(points: readonly MapPoint[], selectedId: string | null, onSelect: (id: string) => void) {
    super({ padding: 0.2, pane: PANE });
    this.selectedId = selectedId;
    this.onSelect = onSelect;
    this.points = points;
    this.dots = points.map(toDot);
  }

  /** Another set of places (a filter change): projected again, drawn next frame on the same canvas and worker. */
  setPoints(points: readonly MapPoint[]): void {
    if (points === this.points) return;
    this.points = points;
    this.dots = points.map(toDot);
    if (this.painter) this.set = this.painter.setDots(this.dots);
    if (this.state()._map) this._update();
  }

  private state(): RendererState {
    return this as unknown as RendererState;
  }

  _initContainer(): void {
    this.painter = dotsPainter();
    if (this.painter) this.set = this.painter.setDots(this.dots);
    this.state()._container = dotsCanvas();
  }

  _destroyContainer(): void {
    DomUtil.remove(this.state()._container);
    Reflect.deleteProperty(this, '_container');
  }

  onAdd(map: LeafletMap): this {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = PANE_Z;
    super.onAdd(map);
    // The view the (still empty) canvas stands for, until the first draw: Leaflet's zoom handlers read it.
    (Renderer.prototype as unknown as { _update: () => void })._update.call(this);
    layers.set(map, this);
    map.on('click', this.onClick, this);
    map.on('mousemove', this.onMove, this);
    return this;
  }

  onRemove(map: LeafletMap): this {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.hoverFrame);
    this.frame = 0;
    this.hoverFrame = 0;
    map.off('click', this.onClick, this);
    map.off('mousemove', this.onMove, this);
    map.getContainer().style.cursor = '';
    if (layers.get(map) === this) layers.delete(map);
    super.onRemove(map);
    return this;
  }

  /** The dot under a point of the map (the nearest within the hit radius), if any. */
  dotAt(containerX: number, containerY: number): string | null {
    const { _map: map } = this.state();
    const zoom = map.getZoom();
    const scale = 2 ** zoom;
    const origin = map.getPixelOrigin();
    const pane = map.containerPointToLayerPoint([containerX, containerY]);
    let best: string | null = null;
    let bestDistance = HIT_RADIUS;
    for (const dot of this.dots) {
      const d = Math.hypot(dot.x * scale - origin.x - pane.x, dot.y * scale - origin.y - pane.y);
      if (d <= bestDistance) {
        bestDistance = d;
        best = dot.id;
      }
    }
    return best;
  }

  /** The dots in the map's box, in container pixels, the selected one last (drawn on top). */
  drawnDots(): DrawnDot[] {
    const { _map: map } = this.state();
    const { x: width, y: height } = map.getSize();
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const at = map.layerPointToContainerPoint([-origin.x, -origin.y]);
    const out: DrawnDot[] = [];
    let selected: DrawnDot | null = null;
    for (const dot of this.dots) {
      const [x, y] = [dot.x * scale + at.x, dot.y * scale + at.y];
      if (x < -SELECTED_RADIUS || y < -SELECTED_RADIUS || x > width + SELECTED_RADIUS || y > height + SELECTED_RADIUS)
        continue;
      const isSelected = dot.id === this.selectedId;
      const drawn = {
        x,
        y,
        radius: isSelected ? SELECTED_RADIUS : DOT_RADIUS,
        color: dot.color,
        approximate: dot.approximate,
      };
      if (isSelected) selected = drawn;
      else out.push(drawn);
    }
    return selected ? [...out, selected] : out;
  }

  private onClick(e: LeafletMouseEvent): void {
    const id = this.dotAt(e.containerPoint.x, e.containerPoint.y);
    if (id) this.onSelect(id);
  }

  /** A new selection is drawn in the next frame; the layer (and its projected dots) stays. */
  setSelected(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    if (this.state()._map) this._update();
  }

  /** The pointer cursor over a dot: tested once a frame, and not while the map is dragged (the cursor is a hand). */
  private onMove(e: LeafletMouseEvent): void {
    const map = this.state()._map;
    if ((map.dragging as unknown as { moving?: () => boolean } | undefined)?.moving?.()) return;
    this.hover = { x: e.containerPoint.x, y: e.containerPoint.y };
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const at = this.hover;
      if (!at || !this.state()._map) return;
      map.getContainer().style.cursor = this.dotAt(at.x, at.y) !== null ? 'pointer' : '';
    });
  }

  /**
   * After every pan and zoom (not during a zoom animation): the redraw waits for the next frame, so the moves and
   * resets of one frame (a first fit, a resize, a zoom's end) draw once, and a zoom's end hands the frame back to
   * the browser before the dots are drawn again. Until then Leaflet's transform keeps the old drawing in place.
   */
  _update(): void {
    const self = this.state();
    if (self._map._animatingZoom && self._bounds) return;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.state()._map) this.draw();
    });
  }

  /** A view reset (a jump, not a move): the old drawing is moved to where it belongs in the new view until redrawn. */
  _reset(): void {
    this._update();
    const map = this.state()._map;
    (this as unknown as { _updateTransform: (c: unknown, z: number) => void })._updateTransform(
      map.getCenter(),
      map.getZoom(),
    );
  }

  private draw(): void {
    const selected = this.dots.findIndex((d) => d.id === this.selectedId);
    const planned = plannedView(this.state()._map, (this.options as { padding: number }).padding, selected);
    if (!planned) return;
    if (this.painter && painterFailed()) {
      // The worker failed: a canvas that showed its bitmaps cannot take a 2D context, so a fresh one replaces it.
      this.painter = null;
      const fresh = dotsCanvas();
      this.state()._container.replaceWith(fresh);
      this.state()._container = fresh;
    }
    if (!this.painter) return this.show(planned.min, planned.view, null);
    const [map, center, zoom] = [this.state()._map, this.state()._map.getCenter(), this.state()._map.getZoom()];
    this.lastDraw += 1;
    const seq = this.lastDraw;
    void this.painter.paint(this.set, planned.view).then((reply) => {
      const current = this.state()._map === map && seq === this.lastDraw;
      const still = current && !map._animatingZoom && map.getZoom() === zoom && map.getCenter().equals(center);
      if (still && reply.bitmap) this.show(planned.min, planned.view, reply.bitmap, reply.count);
      else {
        reply.bitmap?.close();
        // Moved since, or the worker failed: draw again (a newer draw already on its way shows instead).
        if (current) this._update();
      }
    });
  }

  /** Makes the view the layer's, places the canvas there and shows the worker's drawing or draws here. */
  private show(min: Point, view: DotView, bitmap: ImageBitmap | null, drawn = 0): void {
    const self = this.state();
    (Renderer.prototype as unknown as { _update: () => void })._update.call(this);
    const canvas = self._container;
    DomUtil.setPosition(canvas, min);
    const [pixelWidth, pixelHeight] = [Math.round(view.width * view.ratio), Math.round(view.height * view.ratio)];
    // A canvas keeps its backing store when its size is unchanged (a pan, a zoom): cleared, not reallocated.
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${view.width}px`;
      canvas.style.height = `${view.height}px`;
    }
    let count = drawn;
    if (bitmap) canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(bitmap);
    else {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      count = paintDots(ctx, this.dots, this.sprites, view);
    }
    // How many dots are drawn, for the bench and the browser tests (the pixels are not read back).
    canvas.dataset.dots = String(count);
  }
}
