import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { DRAW_PANEL_EVENT } from '@/lib/use-near-viewport';
import type { GeoPath } from './geo-paths';
import { buildMapSvg, MAP_EXPORT_ATTRIBUTE } from './map-export';

const VIEW_EVENTS = 'moveend zoomend resize borderlabels layeradd layerremove';

/**
 * The map of the current view as an SVG (map-export.ts), in a hidden figure of the panel body marked `data-export`,
 * so the panel's Download SVG (and the evidence pack) carries the map with its labels, markers, scale bar and
 * attribution, and the panel's legend after it. It is built only when wanted: when the panel is asked to draw (every
 * export and print asks, drawPanelNow) or pressed or keyed outside the map while out of date (an export menu opening).
 * Never on idle: with 5,000 places a build is a 0.6 s task, and an idle moment between wheel-zoom steps let one
 * freeze the zoom. Hidden: it is never shown on the page.
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
      const build = () => {
        if (!stale || map.getSize().x === 0) return;
        const svg = buildMapSvg(map, layers);
        svg.setAttribute(MAP_EXPORT_ATTRIBUTE, 'border-map');
        holder.current?.replaceChildren(svg);
        stale = false;
      };
      const changed = () => {
        stale = true;
      };
      // A press or key outside the map itself (an export button or menu): the file must show the view as it is.
      const onInput = (e: Event) => {
        if (!(e.target instanceof Element && e.target.closest('.leaflet-container'))) build();
      };
      map.on(VIEW_EVENTS, changed);
      panel.addEventListener(DRAW_PANEL_EVENT, build, true);
      panel.addEventListener('pointerdown', onInput, true);
      panel.addEventListener('keydown', onInput, true);
      return () => {
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
