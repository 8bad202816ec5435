import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import { iconFor } from './map-icons';
import type { MarkerStyle } from './marker-style';

export interface MapPoint {
  id: string;
  /** The accessible name of the marker: the place's (or project's) name, set as text on the element. */
  label: string;
  lat: number;
  lon: number;
  style: MarkerStyle;
}

interface MarkerProps {
  point: MapPoint;
  selected: boolean;
  extraClass?: string;
  onSelect: (id: string) => void;
}

/** A focusable marker (Leaflet gives it role="button" and tabindex) named by aria-label; Enter/Space select it. */
export const PointMarker = memo(function PointMarker({ point, selected, extraClass, onSelect }: MarkerProps) {
  const ref = useRef<LeafletMarker>(null);
  const icon = iconFor(point.style, selected, extraClass);
  const handlers = useMemo(
    () => ({
      click: () => onSelect(point.id),
      keydown: (e: LeafletKeyboardEvent) => {
        if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
        e.originalEvent.preventDefault();
        onSelect(point.id);
      },
    }),
    [onSelect, point.id],
  );
  // setIcon replaces the element, so the name is set again whenever the icon changes.
  useEffect(
    function nameMarkerElement() {
      const element = ref.current?.getElement();
      element?.setAttribute('aria-label', point.label);
      element?.setAttribute('aria-pressed', String(selected));
    },
    [icon, point.label, selected],
  );
  return (
    <Marker
      ref={ref}
      position={[point.lat, point.lon]}
      icon={icon}
      keyboard
      eventHandlers={handlers}
      zIndexOffset={selected ? 1000 : 0}
    >
      <Tooltip direction="top" offset={[0, -8]}>
        {point.label}
      </Tooltip>
    </Marker>
  );
});

interface LayerProps {
  points: readonly MapPoint[];
  selectedId: string | null;
  extraClass?: string;
  onSelect: (id: string) => void;
}

export function PointMarkers({ points, selectedId, extraClass, onSelect }: LayerProps) {
  return points.map((p) => (
    <PointMarker key={p.id} point={p} selected={p.id === selectedId} extraClass={extraClass} onSelect={onSelect} />
  ));
}
