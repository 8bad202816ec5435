import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { DRAW_PANEL_EVENT } from '@/lib/use-near-viewport';
import type { GeoPath } from './geo-paths';
import { buildMapSvg, MAP_EXPORT_ATTRIBUTE } from './map-export';

/** Built this long after the view last changed, when the page is idle: never during a pan or a wheel zoom. */
const SETTLE_MS = 800;
/** With 5,000 dots a build is a long task: it waits for an idle moment, at most this long. */
const IDLE_WAIT_MS = 4000;
const whenIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, 0);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  return () => window.cancelIdleCallback(handle);
};
const VIEW_EVENTS = 'moveend zoomend resize borderlabels layeradd layerremove';

/**
 * The map of the current view as an SVG (map-export.ts), in a hidden figure of the panel body marked `data-export`,
 * so the panel's Download SVG (and the evidence pack) carries the map with its labels, markers, scale bar and
 * attribution, and the panel's legend after it. It is built once the view has settled, and at once when the panel is
 * asked to draw (an export) or clicked or keyed while out of date, so an export always has the view as shown.
 * Hidden: it is never shown on the page.
 */
export function MapExportFigure({ map, layers }: { map: LeafletMap | null; layers: readonly (readonly GeoPath[])[] }) {
  const figure = useRef<HTMLElement>(null);
  const holder = useRef<HTMLSpanElement>(null);
  useEffect(
    function keepExportSvgCurrent() {
      const box = figure.current;
      const panel = box?.closest('section') ?? document;
      if (!map || !box) return;
      let stale = true;
      let timer = 0;
      let cancelIdle = () => {};
      const build = () => {
        window.clearTimeout(timer);
        cancelIdle();
        if (!stale || map.getSize().x === 0) return;
        const svg = buildMapSvg(map, layers);
        svg.setAttribute(MAP_EXPORT_ATTRIBUTE, 'border-map');
        holder.current?.replaceChildren(svg);
        stale = false;
      };
      const changed = () => {
        stale = true;
        window.clearTimeout(timer);
        cancelIdle();
        timer = window.setTimeout(() => {
          cancelIdle = whenIdle(build);
        }, SETTLE_MS);
      };
      // A press or key outside the map itself (an export button or menu): the file must show the view as it is.
      const onInput = (e: Event) => {
        if (!(e.target instanceof Element && e.target.closest('.leaflet-container'))) build();
      };
      changed();
      map.on(VIEW_EVENTS, changed);
      panel.addEventListener(DRAW_PANEL_EVENT, build, true);
      panel.addEventListener('pointerdown', onInput, true);
      panel.addEventListener('keydown', onInput, true);
      return () => {
        window.clearTimeout(timer);
        cancelIdle();
        map.off(VIEW_EVENTS, changed);
        panel.removeEventListener(DRAW_PANEL_EVENT, build, true);
        panel.removeEventListener('pointerdown', onInput, true);
        panel.removeEventListener('keydown', onInput, true);
      };
    },
    [map, layers],
  );
  return (
    <figure ref={figure} hidden data-export-figure className="border-map__export">
      <figcaption>Border crossings map, as shown</figcaption>
      <span ref={holder} />
    </figure>
  );
}
