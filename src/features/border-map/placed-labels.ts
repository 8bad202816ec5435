import type { Map as LeafletMap } from 'leaflet';
import type { LabelPlacementKind, PlacedLabel } from './label-placement';

export interface MapLabel {
  id: string;
  kind: LabelPlacementKind;
  text: string;
  rank: number;
  lat: number;
  lon: number;
}

/** A marker as drawn: its position and half its width (labels keep off the box around it). */
export interface MarkerBox {
  lat: number;
  lon: number;
  half: number;
}

/** The labels as placed for a map's current view: the SVG export draws what the reader sees. */
export interface PlacedLabels {
  labels: readonly MapLabel[];
  placed: ReadonlyMap<string, PlacedLabel>;
}
export const placedByMap = new WeakMap<LeafletMap, PlacedLabels>();
