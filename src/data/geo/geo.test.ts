import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANTARCTICA_ID, fixAntimeridianRing } from './antimeridian';
import { countriesFromTopology, loadBasemap } from './basemap';
import { parseRivers, loadRivers } from './rivers';

const root = resolve(import.meta.dirname, '../../..');
const worldAtlas = (): unknown =>
  JSON.parse(readFileSync(resolve(root, 'node_modules/world-atlas/countries-110m.json'), 'utf8'));
const riversFile = (): unknown => JSON.parse(readFileSync(resolve(root, 'data/rivers.geojson'), 'utf8'));

function maxJump(ring: Position[]): number {
  return Math.max(...ring.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0))));
}

afterEach(() => vi.unstubAllGlobals());

describe('fixAntimeridianRing', () => {
  it.each([
    [
      'a ring inside one hemisphere is unchanged',
      [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
      [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
    ],
    [
      'a ring crossing ±180° is shifted east',
      [
        [179, 60],
        [-179, 60],
        [-179, 65],
        [179, 60],
      ],
      [
        [179, 60],
        [181, 60],
        [181, 65],
        [179, 60],
      ],
    ],
  ])('%s', (_label, ring, expected) => {
    expect(fixAntimeridianRing(ring)).toEqual(expected);
  });
});

describe('countriesFromTopology (the real world-atlas file)', () => {
  const countries = countriesFromTopology(worldAtlas());

  it('drops Antarctica and keeps the other countries, Russia and China among them', () => {
    const ids = countries.features.map((f) => String(f.id));
    expect(ids).not.toContain(ANTARCTICA_ID);
    expect(ids).toEqual(expect.arrayContaining(['643', '156']));
    expect(countries.features.length).toBeGreaterThan(150);
  });

  it('leaves no ring that streaks across the map', () => {
    for (const f of countries.features) {
      const g = f.geometry as Polygon | MultiPolygon;
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      for (const ring of rings) expect(maxJump(ring), `country ${String(f.id)}`).toBeLessThanOrEqual(180);
    }
  });

  it('rejects a file that is not a topology', () => {
    expect(() => countriesFromTopology({ type: 'FeatureCollection' })).toThrow(/not a world-atlas topology/);
  });
});

describe('loadBasemap', () => {
  it('fetches the bundled asset and reports HTTP errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404 })),
    );
    await expect(loadBasemap()).rejects.toThrow(/HTTP 404/);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(worldAtlas()))),
    );
    await expect(loadBasemap()).resolves.toMatchObject({ type: 'FeatureCollection' });
  });
});

describe('rivers', () => {
  it('the real data/rivers.geojson validates and carries its source', () => {
    const rivers = parseRivers(riversFile());
    expect(rivers.collection.features.length).toBeGreaterThan(0);
    expect(rivers.source.url).toMatch(/^https:\/\//);
    expect(rivers.source.licence).not.toBe('');
    expect(rivers.collection.features.some((f) => f.properties.border)).toBe(true);
  });

  it.each([
    ['no source', (j: Record<string, unknown>) => ({ ...j, properties: { title: 'x', method: 'y' } }), /source/],
    [
      'a one-point line',
      (j: Record<string, unknown>) => ({
        ...j,
        features: [
          {
            type: 'Feature',
            properties: { id: 'a', name: { en: 'A' }, border: true },
            geometry: { type: 'LineString', coordinates: [[1, 2]] },
          },
        ],
      }),
      /two points/,
    ],
  ])('rejects a file with %s, naming the file', (_label, mutate, message) => {
    const json = mutate(riversFile() as Record<string, unknown>);
    expect(() => parseRivers(json)).toThrow(/data\/rivers\.geojson/);
    expect(() => parseRivers(json)).toThrow(message);
  });

  it('loadRivers fetches data/rivers.geojson relative to the base URL', async () => {
    const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify(riversFile())));
    vi.stubGlobal('fetch', fetchMock);
    await loadRivers();
    expect(fetchMock.mock.calls[0]?.[0]).toMatch(/data\/rivers\.geojson$/);
  });
});
