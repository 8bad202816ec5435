import { DomUtil, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { placeLabels, type LabelBox, type LabelPlacementKind, type Rect } from './label-placement';

export interface MapLabel {
  id: string;
  kind: LabelPlacementKind;
  text: string;
  rank: number;
  lat: number;
  lon: number;
}

const PANE = 'border-labels';

/** Rectangles of the markers on screen, relative to the map: labels prefer positions clear of them. */
function markerRects(map: LeafletMap): Rect[] {
  const origin = map.getContainer().getBoundingClientRect();
  return [...map.getContainer().querySelectorAll('.border-marker')].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
  });
}

/**
 * Permanent text labels (countries, seas, cities, crossings) in their own pane just above the markers (readable);
 * they take no pointer events, so every marker stays clickable. Text is set with textContent, never as HTML. After
 * every move or zoom the labels are placed again (label-placement.ts): hidden ones get display:none, so what a screen
 * reader finds is what is seen.
 */
export function MapLabels({ labels }: { labels: readonly MapLabel[] }) {
  const map = useMap();
  const pane = useMemo(() => {
    const existing = map.getPane(PANE);
    if (existing) return existing;
    const created = map.createPane(PANE);
    created.style.zIndex = '620';
    created.style.pointerEvents = 'none';
    return created;
  }, [map]);

  useEffect(
    function drawLabels() {
      const elements = labels.map((label) => {
        const el = DomUtil.create('div', `border-label border-label--${label.kind}`, pane);
        el.textContent = label.text;
        el.dataset.labelId = label.id;
        return el;
      });
      const dots = labels.map((label) =>
        label.kind === 'city' ? DomUtil.create('div', 'border-label__dot', pane) : null,
      );
      const sizes = new Map<string, { width: number; height: number }>();
      let frame = 0;
      const layout = () => {
        cancelAnimationFrame(frame);
        // One frame later, so the markers have been moved for this zoom (they are obstacles).
        frame = requestAnimationFrame(() => {
          const size = map.getSize();
          if (size.x === 0) return;
          // Measure every label not measured yet in one pass (shown first, then read: a single reflow).
          const unmeasured = labels.flatMap((label, i) => (sizes.get(label.id) ? [] : [i]));
          for (const i of unmeasured) elements[i]?.style.setProperty('display', 'block');
          for (const i of unmeasured) {
            const el = elements[i];
            const label = labels[i];
            if (el && label && el.offsetWidth > 0)
              sizes.set(label.id, { width: el.offsetWidth, height: el.offsetHeight });
          }
          const boxes: LabelBox[] = labels.map((label) => {
            const point = map.latLngToContainerPoint([label.lat, label.lon]);
            const measured = sizes.get(label.id) ?? { width: 0, height: 0 };
            return { id: label.id, kind: label.kind, rank: label.rank, x: point.x, y: point.y, ...measured };
          });
          const placed = new Map(
            placeLabels(boxes, { width: size.x, height: size.y, zoom: map.getZoom(), obstacles: markerRects(map) }).map(
              (p) => [p.id, p],
            ),
          );
          labels.forEach((label, i) => {
            const el = elements[i];
            const dot = dots[i];
            const at = placed.get(label.id);
            if (!el) return;
            el.style.display = at ? '' : 'none';
            if (dot) dot.style.display = at ? '' : 'none';
            if (!at) return;
            DomUtil.setPosition(el, map.containerPointToLayerPoint([at.left, at.top]));
            if (dot) DomUtil.setPosition(dot, map.latLngToLayerPoint([label.lat, label.lon]));
          });
        });
      };
      layout();
      map.on('zoomend moveend resize viewreset', layout);
      return function removeLabels() {
        cancelAnimationFrame(frame);
        map.off('zoomend moveend resize viewreset', layout);
        for (const el of [...elements, ...dots]) el?.remove();
      };
    },
    [map, pane, labels],
  );
  return null;
}
