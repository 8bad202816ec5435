import { DomUtil, Renderer, type Bounds, type Map as LeafletMap, type RendererOptions } from 'leaflet';
import { strokePieces, type GeoPath } from './geo-paths';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG <path> for a zoom-0 path: stroke widths stay in screen pixels however far the group is scaled. */
export function pathElement(doc: Document, { d, style }: GeoPath): SVGPathElement {
  const el = doc.createElementNS(SVG_NS, 'path');
  el.setAttribute('d', d);
  el.setAttribute('class', style.className);
  el.setAttribute('fill', style.fill ? 'currentColor' : 'none');
  el.setAttribute('fill-rule', 'evenodd');
  if (style.weight) {
    el.setAttribute('stroke', 'currentColor');
    el.setAttribute('stroke-width', String(style.weight));
    el.setAttribute('stroke-linejoin', 'round');
    el.setAttribute('stroke-linecap', 'round');
    el.setAttribute('vector-effect', 'non-scaling-stroke');
  } else el.setAttribute('stroke', 'none');
  return el;
}

/** What this layer reads of Leaflet's Renderer (private there, so not in its types). */
interface RendererState {
  _map: LeafletMap;
  _container: HTMLElement | SVGSVGElement;
  _bounds: Bounds;
  _zoom: number;
}

/**
 * Fixed shapes (land, coast, borders, rivers) drawn as one SVG whose paths are projected once, at zoom 0. Leaflet's
 * own vector layers re-project every vertex and rewrite every path after each zoom (hundreds of ms for the 1:10m
 * shapes on a slow machine); here a zoom or a pan only changes the SVG's viewBox and one transform. Zoom animation
 * and the padding around the view are Leaflet's Renderer's, as for its SVG renderer.
 */
export class GeoSvgLayer extends Renderer {
  private readonly paths: readonly GeoPath[];
  private group: SVGGElement | null = null;

  constructor(paths: readonly GeoPath[], options?: RendererOptions) {
    super({ padding: 0.3, ...options });
    this.paths = paths;
  }

  /** Called by Renderer.onAdd once. */
  _initContainer(): void {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'border-map__geo');
    svg.style.pointerEvents = 'none';
    this.group = document.createElementNS(SVG_NS, 'g');
    for (const path of this.paths) {
      if (!path.style.pieces) this.group.append(pathElement(document, path));
      else for (const d of strokePieces(path.d)) this.group.append(pathElement(document, { d, style: path.style }));
    }
    svg.append(this.group);
    (this as unknown as RendererState)._container = svg;
  }

  _destroyContainer(): void {
    const self = this as unknown as RendererState;
    DomUtil.remove(self._container as HTMLElement);
    // Added again later (online tiles off and on), the layer builds a fresh container.
    Reflect.deleteProperty(this, '_container');
    this.group = null;
  }

  /** After every pan and zoom (not during a zoom animation, which Renderer handles with a CSS transform). */
  _update(): void {
    const self = this as unknown as RendererState & { _map: LeafletMap & { _animatingZoom?: boolean } };
    if (self._map._animatingZoom && self._bounds) return;
    (Renderer.prototype as unknown as { _update: () => void })._update.call(this);
    const { min, max } = self._bounds;
    if (!min || !max) return;
    const width = max.x - min.x;
    const height = max.y - min.y;
    const svg = self._container as SVGSVGElement;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `${min.x} ${min.y} ${width} ${height}`);
    DomUtil.setPosition(svg as unknown as HTMLElement, min);
    // Layer point = zoom-0 pixel × 2^zoom − the map's pixel origin.
    const scale = 2 ** self._zoom;
    const origin = self._map.getPixelOrigin();
    this.group?.setAttribute('transform', `matrix(${scale} 0 0 ${scale} ${-origin.x} ${-origin.y})`);
  }
}
