import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { RegionMap } from '@/data/geo/region-map';
import { collectionPaths, geometryPath, type GeoPath, type PathStyle } from './geo-paths';

/** The map's fixed shapes and their looks, shared by the map (geo-svg-layer.ts) and its SVG export (map-export.ts). */
export const COUNTRY_STYLE: PathStyle = { className: 'border-map__country', weight: 0.8, fill: true };
const SEA_STYLE: PathStyle = { className: 'border-map__sea', fill: true };
const LAND_STYLE: PathStyle = { className: 'border-map__land', fill: true };
const COAST_STYLE: PathStyle = { className: 'border-map__coast', weight: 0.9, pieces: true };
/** The three borders the map is about are drawn stronger than the others. */
const MAIN_BORDERS = new Set(['156-643', '156-408', '408-643']);
const borderStyle = (properties: { id?: string } | null): PathStyle =>
  MAIN_BORDERS.has(properties?.id ?? '')
    ? { className: 'border-map__border border-map__border--main', weight: 2 }
    : { className: 'border-map__border', weight: 1 };
const riverStyle = (properties: { border?: boolean } | null): PathStyle =>
  properties?.border
    ? { className: 'border-map__river', weight: 2.5, pieces: true }
    : { className: 'border-map__river border-map__river--inland', weight: 1.5 };

export const BASEMAP_ATTRIBUTION = 'Natural Earth';
export const REGION_ATTRIBUTION = 'City names © GeoNames (CC BY 4.0)';

export const basemapPaths = (data: FeatureCollection): GeoPath[] => collectionPaths(data, () => COUNTRY_STYLE);

/** The detailed layer's shapes as zoom-0 paths: the base (sea, land, coast) and the lines (rivers, borders). */
export interface RegionPaths {
  base: GeoPath[];
  lines: GeoPath[];
}
export function regionPaths(data: RegionMap): RegionPaths {
  return {
    base: [
      { d: geometryPath(seaRectangle(data.bbox).geometry), style: SEA_STYLE },
      ...collectionPaths(data.land, () => LAND_STYLE),
      ...collectionPaths(data.coast, () => COAST_STYLE),
    ],
    lines: [...collectionPaths(data.rivers, riverStyle), ...collectionPaths(data.borders, borderStyle)],
  };
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
