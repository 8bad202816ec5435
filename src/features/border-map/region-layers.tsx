import type { Feature, Polygon } from 'geojson';
import { useMemo } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import type { RegionMap } from '@/data/geo/region-map';

const SEA_STYLE = { className: 'border-map__sea', stroke: false, fillOpacity: 1 };
const LAND_STYLE = { className: 'border-map__land', stroke: false, fillOpacity: 1 };
const COAST_STYLE = { className: 'border-map__coast', weight: 0.9, fill: false };
/** The three borders the map is about are drawn stronger than the others. */
const MAIN_BORDERS = new Set(['156-643', '156-408', '408-643']);
const borderStyle = (feature?: { properties?: { id?: string } }) =>
  MAIN_BORDERS.has(feature?.properties?.id ?? '')
    ? { className: 'border-map__border border-map__border--main', weight: 2, fill: false }
    : { className: 'border-map__border', weight: 1, fill: false };
const riverStyle = (feature?: { properties?: { border?: boolean } }) =>
  feature?.properties?.border
    ? { className: 'border-map__river', weight: 2.5, fill: false }
    : { className: 'border-map__river border-map__river--inland', weight: 1.5, fill: false };

const ATTRIBUTION = 'City names © GeoNames (CC BY 4.0)';

/**
 * The 1:10m layer over the 1:110m world: within the frontier's rectangle a sea-coloured rectangle and the detailed
 * land hide the coarse shapes; coast, borders and border rivers are drawn on top. With online tiles on, only the
 * borders and rivers are drawn (the tiles bring their own land and sea).
 */
export function RegionLayers({ data, tiles }: { data: RegionMap; tiles: boolean }) {
  const sea = useMemo(() => seaRectangle(data.bbox), [data.bbox]);
  return (
    <>
      {!tiles && (
        <Pane name="border-region-base" style={{ zIndex: 401 }}>
          <GeoJSON data={sea} style={SEA_STYLE} interactive={false} />
          <GeoJSON data={data.land} style={LAND_STYLE} interactive={false} attribution={ATTRIBUTION} />
          <GeoJSON data={data.coast} style={COAST_STYLE} interactive={false} />
        </Pane>
      )}
      <Pane name="border-region-lines" style={{ zIndex: 403 }}>
        <GeoJSON data={data.rivers} style={riverStyle} interactive={false} />
        <GeoJSON data={data.borders} style={borderStyle} interactive={false} />
      </Pane>
    </>
  );
}

function seaRectangle([west, south, east, north]: RegionMap['bbox']): Feature<Polygon> {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}
