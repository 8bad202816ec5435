import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';
import * as z from 'zod/mini';
import { prepareCountries } from './antimeridian';

/**
 * Natural Earth 1:110m countries (world-atlas 2.0.2), bundled as a hashed asset rather than inlined in JS, so the map
 * works offline and the initial bundle stays small. Only the parts the map reads are checked.
 */
const geometrySchema = z.looseObject({ type: z.string(), id: z.optional(z.union([z.string(), z.number()])) });
export const topologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    countries: z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(geometrySchema) }),
  }),
});

/** Validates a parsed world-atlas file and turns it into Leaflet-ready GeoJSON. Pure (tests feed it the real file). */
export function countriesFromTopology(json: unknown): FeatureCollection {
  const parsed = topologySchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `countries-110m.json: not a world-atlas topology (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    );
  // The schema checked every field topojson-client reads; its types are wider than what zod can express.
  const topology = parsed.data as unknown as Topology;
  const countries = feature(topology, topology.objects.countries as Parameters<typeof feature>[1]);
  return prepareCountries(
    countries.type === 'FeatureCollection' ? countries : { type: 'FeatureCollection', features: [countries] },
  );
}

export async function loadBasemap(signal?: AbortSignal): Promise<FeatureCollection> {
  const response = await fetch(countriesUrl, { signal: signal ?? null });
  if (!response.ok) throw new Error(`Basemap could not be loaded: HTTP ${response.status}`);
  return countriesFromTopology(await response.json());
}
