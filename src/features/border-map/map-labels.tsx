import { DomUtil, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { leaderEnd, placeLabels, type LabelBox, type Rect } from './label-placement';
import { gridAtZoom } from './marker-grid';
import { placedByMap, type MapLabel, type MarkerBox } from './placed-labels';

const PANE = 'border-labels';
const NO_MARKERS: MarkerBox[] = [];

/** Sizes of label texts, measured once per kind and text (the font never changes with the zoom). */
const measured = new Map<string, { width: number; height: number }>();
const sizeKey = (label: MapLabel) => `${label.kind}|${label.text}`;

interface Drawn {
  el: HTMLElement;
  dot: HTMLElement | null;
  leader: HTMLElement | null;
}

/** A thin line from a label's point to a label placed away from it (in layer pixels). */
function drawLeader(el: HTMLElement, from: { x: number; y: number }, to: { x: number; y: number }): void {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  el.style.display = '';
  el.style.left = `${from.x}px`;
  el.style.top = `${from.y}px`;
  el.style.width = `${length}px`;
  el.style.transform = `rotate(${Math.atan2(to.y - from.y, to.x - from.x)}rad)`;
}

/** Whether a box in container pixels touches a marker: the markers' grid at this zoom, shifted by the view. */
function markerCover(map: LeafletMap, markers: readonly MarkerBox[]): (r: Rect) => boolean {
  const grid = gridAtZoom(markers, map.getZoom());
  const origin = map.getPixelOrigin();
  const at = map.layerPointToContainerPoint([-origin.x, -origin.y]);
  return (r) => grid.hits(r.left - at.x, r.top - at.y, r.right - at.x, r.bottom - at.y);
}

/**
 * Permanent text labels (countries, seas, cities, crossings) in their own pane just above the markers (readable);
 * they take no pointer events, and are placed clear of the markers, so every marker stays clickable. Text is set with
 * textContent, never as HTML. The elements are made once per label and measured once per text; after every move or
 * zoom only their positions are computed again (label-placement.ts, no layout read): hidden ones get display:none,
 * so what a screen reader finds is what is seen.
 */
export function MapLabels({
  labels,
  markers = NO_MARKERS,
}: {
  labels: readonly MapLabel[];
  markers?: readonly MarkerBox[];
}) {
  const map = useMap();
  const pane = useMemo(() => {
    const existing = map.getPane(PANE);
    if (existing) return existing;
    const created = map.createPane(PANE);
    created.style.zIndex = '620';
    created.style.pointerEvents = 'none';
    return created;
  }, [map]);
  const drawn = useRef(new Map<string, Drawn>());
  const current = useRef({ labels, markers });
  const frame = useRef(0);

  // The layout reads the latest labels and markers from a ref, so map events only schedule it (one per frame).
  const layout = useMemo(() => {
    const run = () => {
      const size = map.getSize();
      if (size.x === 0) return;
      const { labels: all, markers: boxes } = current.current;
      const elements = drawn.current;
      // Measure every text not measured yet in one pass (shown first, then read: a single reflow).
      const fresh = all.filter((l) => !measured.has(sizeKey(l)));
      for (const l of fresh) elements.get(l.id)?.el.style.setProperty('display', 'block');
      for (const l of fresh) {
        const el = elements.get(l.id)?.el;
        if (el && el.offsetWidth > 0) measured.set(sizeKey(l), { width: el.offsetWidth, height: el.offsetHeight });
      }
      const labelBoxes: LabelBox[] = all.map((l) => {
        const point = map.latLngToContainerPoint([l.lat, l.lon]);
        const { width, height } = measured.get(sizeKey(l)) ?? { width: 0, height: 0 };
        return { id: l.id, kind: l.kind, rank: l.rank, x: point.x, y: point.y, width, height };
      });
      const placed = new Map(
        placeLabels(labelBoxes, {
          width: size.x,
          height: size.y,
          zoom: map.getZoom(),
          covers: markerCover(map, boxes),
        }).map((p) => [p.id, p]),
      );
      placedByMap.set(map, { labels: all, placed });
      // The export figure (map-export-figure.tsx) draws the labels as placed: tell it they moved.
      map.fire('borderlabels');
      for (const l of all) {
        const item = elements.get(l.id);
        const at = placed.get(l.id);
        if (!item) continue;
        item.el.style.display = at ? '' : 'none';
        if (item.dot) item.dot.style.display = at ? '' : 'none';
        if (at?.leader && !item.leader) item.leader = DomUtil.create('div', 'border-label__leader', pane);
        if (item.leader && !at?.leader) item.leader.style.display = 'none';
        if (!at) continue;
        DomUtil.setPosition(item.el, map.containerPointToLayerPoint([at.left, at.top]));
        const anchor = map.latLngToLayerPoint([l.lat, l.lon]);
        if (item.dot) DomUtil.setPosition(item.dot, anchor);
        if (item.leader && at.leader) {
          const topLeft = map.containerPointToLayerPoint([at.left, at.top]);
          const box = {
            left: topLeft.x,
            top: topLeft.y,
            right: topLeft.x + at.right - at.left,
            bottom: topLeft.y + at.bottom - at.top,
          };
          drawLeader(item.leader, anchor, leaderEnd(anchor, box));
        }
      }
    };
    // After a move or zoom, two frames on: the dots and shapes redraw in the frame after a zoom (dots-layer.ts), the
    // labels in the next, so no single frame carries both. New labels or markers (a filter change) are placed at once,
    // in the frame that draws the markers: waiting two frames made the map the last thing a filter change redrew.
    const later = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        frame.current = requestAnimationFrame(run);
      });
    };
    const now = () => {
      cancelAnimationFrame(frame.current);
      run();
    };
    return { later, now };
  }, [map, pane]);

  useEffect(
    function syncLabelElements() {
      current.current = { labels, markers };
      const elements = drawn.current;
      const wanted = new Set(labels.map((l) => l.id));
      for (const [id, item] of elements)
        if (!wanted.has(id)) {
          item.el.remove();
          item.dot?.remove();
          item.leader?.remove();
          elements.delete(id);
        }
      for (const l of labels) {
        const item = elements.get(l.id);
        if (item) {
          if (item.el.textContent !== l.text) item.el.textContent = l.text;
          continue;
        }
        const el = DomUtil.create('div', `border-label border-label--${l.kind}`, pane);
        el.style.display = 'none';
        el.textContent = l.text;
        el.dataset.labelId = l.id;
        const dot = l.kind === 'city' ? DomUtil.create('div', 'border-label__dot', pane) : null;
        if (dot) dot.style.display = 'none';
        elements.set(l.id, { el, dot, leader: null });
      }
      layout.now();
    },
    [labels, markers, pane, layout],
  );

  useEffect(
    function followView() {
      const elements = drawn.current;
      map.on('zoomend moveend resize viewreset', layout.later);
      return function removeLabels() {
        cancelAnimationFrame(frame.current);
        map.off('zoomend moveend resize viewreset', layout.later);
        for (const item of elements.values()) {
          item.el.remove();
          item.dot?.remove();
          item.leader?.remove();
        }
        elements.clear();
        placedByMap.delete(map);
      };
    },
    [map, layout],
  );
  return null;
}
