import { point, type Map as LeafletMap } from 'leaflet';
import { dotsOf } from './dots-layer';
import type { GeoPath } from './geo-paths';
import { pathElement } from './geo-svg-layer';
import { leaderEnd } from './label-placement';
import { placedByMap } from './placed-labels';

/**
 * The map as drawn, as one standalone SVG: the shapes (from the geo data, with the colours the page shows), the
 * markers where they are drawn (spread apart, with their leader lines), the labels as placed — each a <text> — the
 * scale bar and the attribution, clipped to the map's box. Vector, so a report or a slide can scale it. What the
 * reader sees is what is exported: it is built from the live map, not from a second layout.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, 'DejaVu Sans', 'Noto Sans', Arial, sans-serif";
const SCALE_MAX_WIDTH = 100;
/** The panel export picks up `svg[data-export]` (src/components/export/export-sheet.ts). */
export const MAP_EXPORT_ATTRIBUTE = 'data-export';

type Attrs = Record<string, string | number>;
function el<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attrs: Attrs = {}): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The colours of a path class as the page draws it (themes and CSS variables resolved). */
function paintOf(container: HTMLElement, className: string): Attrs {
  const live = [...container.querySelectorAll('path')].find((p) => p.getAttribute('class') === className);
  if (!live) return {};
  const s = getComputedStyle(live);
  const paint: Attrs = { fill: s.fill, stroke: s.stroke, opacity: s.opacity };
  if (s.strokeDasharray && s.strokeDasharray !== 'none') paint['stroke-dasharray'] = s.strokeDasharray;
  return paint;
}

function geoGroup(doc: Document, map: LeafletMap, layers: readonly (readonly GeoPath[])[]): SVGGElement {
  // Container point = zoom-0 pixel × 2^zoom − the pixel origin + the map pane's offset.
  const scale = 2 ** map.getZoom();
  const origin = map.getPixelOrigin();
  const at = map.layerPointToContainerPoint(point(-origin.x, -origin.y));
  const group = el(doc, 'g', { transform: `matrix(${scale} 0 0 ${scale} ${at.x} ${at.y})` });
  const paints = new Map<string, Attrs>();
  for (const layer of layers)
    for (const path of layer) {
      const className = path.style.className;
      if (!paints.has(className)) paints.set(className, paintOf(map.getContainer(), className));
      const node = pathElement(doc, path);
      node.removeAttribute('class');
      for (const [k, v] of Object.entries(paints.get(className) ?? {})) node.setAttribute(k, String(v));
      group.append(node);
    }
  return group;
}

/** Leader lines of spread markers and the lower-Tumen highlight: Leaflet paths, in layer pixels. */
function overlayLines(doc: Document, map: LeafletMap): SVGGElement {
  const offset = map.layerPointToContainerPoint(point(0, 0));
  const group = el(doc, 'g', { transform: `translate(${offset.x} ${offset.y})`, fill: 'none' });
  const lines = map
    .getContainer()
    .querySelectorAll<SVGPathElement>('.leaflet-border-leaders-pane path, path.border-map__tumen-stretch');
  for (const live of lines) {
    const s = getComputedStyle(live);
    group.append(
      el(doc, 'path', {
        d: live.getAttribute('d') ?? '',
        stroke: s.stroke,
        'stroke-width': live.getAttribute('stroke-width') ?? 1,
        'stroke-opacity': s.strokeOpacity,
        fill: live.getAttribute('fill') === 'none' ? 'none' : s.fill,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    );
  }
  return group;
}

function markers(doc: Document, map: LeafletMap): SVGGElement {
  const group = el(doc, 'g');
  const box = map.getContainer().getBoundingClientRect();
  for (const dot of dotsOf(map)?.drawnDots() ?? [])
    group.append(
      el(doc, 'circle', {
        cx: dot.x,
        cy: dot.y,
        r: dot.radius,
        fill: dot.color,
        stroke: '#000000',
        'stroke-width': dot.approximate ? 1.5 : 1,
        ...(dot.approximate ? { 'stroke-dasharray': '3 2' } : {}),
      }),
    );
  for (const marker of map.getContainer().querySelectorAll<HTMLElement>('.leaflet-marker-pane .border-marker')) {
    const icon = marker.querySelector('svg');
    if (!icon) continue;
    const r = marker.getBoundingClientRect();
    const copy = doc.importNode(icon, true);
    for (const [k, v] of Object.entries({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height }))
      copy.setAttribute(k, String(v));
    const title = el(doc, 'title');
    title.textContent = marker.getAttribute('aria-label') ?? '';
    copy.prepend(title);
    group.append(copy);
  }
  return group;
}

function labels(doc: Document, map: LeafletMap): SVGGElement {
  const group = el(doc, 'g', { 'font-family': FONT });
  const placed = placedByMap.get(map);
  if (!placed) return group;
  const live = new Map(
    [...map.getContainer().querySelectorAll<HTMLElement>('.border-label')].map((e) => [e.dataset.labelId, e]),
  );
  for (const label of placed.labels) {
    const at = placed.placed.get(label.id);
    if (!at) continue;
    const anchor = map.latLngToContainerPoint([label.lat, label.lon]);
    const s = getComputedStyle(live.get(label.id) ?? map.getContainer());
    const halo = getComputedStyle(map.getContainer()).getPropertyValue('--map-label-halo').trim() || '#ffffff';
    if (at.leader) {
      const end = leaderEnd(anchor, at);
      group.append(
        el(doc, 'line', { x1: anchor.x, y1: anchor.y, x2: end.x, y2: end.y, stroke: s.color, 'stroke-width': 1 }),
      );
    }
    if (label.kind === 'city') group.append(el(doc, 'circle', { cx: anchor.x, cy: anchor.y, r: 2.5, fill: s.color }));
    const text = el(doc, 'text', {
      x: (at.left + at.right) / 2,
      y: (at.top + at.bottom) / 2,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      'font-size': s.fontSize,
      'font-weight': s.fontWeight,
      'font-style': s.fontStyle,
      'letter-spacing': s.letterSpacing === 'normal' ? 0 : s.letterSpacing,
      fill: s.color,
      opacity: s.opacity,
      stroke: halo,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    });
    text.textContent = label.text;
    group.append(text);
  }
  return group;
}

/** Leaflet's scale bar, drawn the same way: the longest round distance that fits in 100 px at the map's middle. */
function scaleBar(doc: Document, map: LeafletMap, height: number): SVGGElement {
  const y = map.getSize().y / 2;
  const maxMeters = map.distance(map.containerPointToLatLng([0, y]), map.containerPointToLatLng([SCALE_MAX_WIDTH, y]));
  const pow = 10 ** (String(Math.floor(maxMeters)).length - 1);
  const d = maxMeters / pow;
  const meters = pow * (d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
  const width = Math.round((SCALE_MAX_WIDTH * meters) / maxMeters);
  const [x, bottom] = [10, height - 10];
  const group = el(doc, 'g', { 'font-family': FONT, 'font-size': 11 });
  group.append(
    el(doc, 'rect', { x, y: bottom - 18, width, height: 18, fill: '#ffffff', 'fill-opacity': 0.8 }),
    el(doc, 'path', {
      d: `M${x} ${bottom - 18}V${bottom}H${x + width}V${bottom - 18}`,
      fill: 'none',
      stroke: '#777777',
      'stroke-width': 2,
    }),
  );
  const text = el(doc, 'text', { x: x + 5, y: bottom - 5, fill: '#333333' });
  text.textContent = meters < 1000 ? `${meters} m` : `${meters / 1000} km`;
  group.append(text);
  return group;
}

function attribution(doc: Document, map: LeafletMap, width: number, height: number): SVGGElement {
  const words = (map.getContainer().querySelector('.leaflet-control-attribution')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const group = el(doc, 'g', { 'font-family': FONT, 'font-size': 11 });
  const approxWidth = words.length * 5.6 + 10;
  group.append(
    el(doc, 'rect', { x: width - approxWidth, y: height - 18, width: approxWidth, height: 18, fill: '#ffffff' }),
  );
  const text = el(doc, 'text', { x: width - 5, y: height - 5, 'text-anchor': 'end', fill: '#16191d' });
  text.textContent = words;
  group.append(text);
  return group;
}

/** The map in its current view as an <svg> element (width × height of the map's box). */
export function buildMapSvg(map: LeafletMap, layers: readonly (readonly GeoPath[])[], doc = document): SVGSVGElement {
  const { x: width, y: height } = map.getSize();
  const svg = el(doc, 'svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const sea = getComputedStyle(map.getContainer()).backgroundColor || '#dfe9f2';
  const clip = el(doc, 'clipPath', { id: 'border-map-clip' });
  clip.append(el(doc, 'rect', { width, height }));
  const defs = el(doc, 'defs');
  defs.append(clip);
  const view = el(doc, 'g', { 'clip-path': 'url(#border-map-clip)' });
  view.append(
    el(doc, 'rect', { width, height, fill: sea }),
    geoGroup(doc, map, layers),
    overlayLines(doc, map),
    markers(doc, map),
    labels(doc, map),
    scaleBar(doc, map, height),
    attribution(doc, map, width, height),
  );
  svg.append(defs, view);
  return svg;
}
