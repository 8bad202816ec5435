import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import * as z from 'zod/mini';
import { httpUrl, id, names, nonEmpty, partialDate, type Names } from '../schemas/common';

/** data/rivers.geojson: river centre lines with their names; provenance lives in the collection's own properties. */
const position = z.tuple([z.number().check(z.gte(-180), z.lte(360)), z.number().check(z.gte(-90), z.lte(90))]);
const line = z.array(position).check(z.minLength(2, 'a line needs two points'));

const riverFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ id, name: names, border: z.boolean() }),
  geometry: z.union([
    z.object({ type: z.literal('LineString'), coordinates: line }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line) }),
  ]),
});

export const riversSchema = z.object({
  type: z.literal('FeatureCollection'),
  properties: z.object({
    title: nonEmpty,
    source: z.object({
      id,
      name: nonEmpty,
      publisher: nonEmpty,
      url: httpUrl,
      licence: nonEmpty,
      date: partialDate,
      via: z.optional(nonEmpty),
    }),
    method: nonEmpty,
    notIncluded: z.optional(nonEmpty),
  }),
  features: z.array(riverFeatureSchema),
});

export interface RiverProperties {
  id: string;
  name: Names;
  border: boolean;
}

export interface Rivers {
  collection: FeatureCollection<LineString | MultiLineString, RiverProperties>;
  source: z.infer<typeof riversSchema>['properties']['source'];
  notIncluded: string | null;
}

export const RIVERS_FILE = 'data/rivers.geojson';

export function parseRivers(json: unknown): Rivers {
  const parsed = riversSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${RIVERS_FILE} › ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const { features, properties } = parsed.data;
  return {
    collection: { type: 'FeatureCollection', features },
    source: properties.source,
    notIncluded: properties.notIncluded ?? null,
  };
}

export async function loadRivers(signal?: AbortSignal): Promise<Rivers> {
  const response = await fetch(`${import.meta.env.BASE_URL}${RIVERS_FILE}`, { signal: signal ?? null });
  if (!response.ok) throw new Error(`${RIVERS_FILE}: HTTP ${response.status}`);
  return parseRivers(await response.json());
}
