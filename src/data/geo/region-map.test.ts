import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRegionMap, parseRegionMap } from './region-map';

const file = (): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, 'region-map.json'), 'utf8'));

afterEach(() => vi.unstubAllGlobals());

describe('the detailed layer (src/data/geo/region-map.json, built by scripts/extract-region-geo.mjs)', () => {
  const region = parseRegionMap(file());

  it('holds the three borders the map is about and the four border rivers', () => {
    expect(region.borders.features.map((f) => f.properties.id)).toEqual(
      expect.arrayContaining(['156-643', '156-408', '408-643']),
    );
    const rivers = region.rivers.features.filter((f) => f.properties.border);
    expect(rivers.map((f) => f.properties.name.en).sort()).toEqual(['Amur', 'Argun', 'Tumen', 'Ussuri']);
    for (const river of rivers) expect(river.properties.derived).toBe('boundary');
  });

  it('names the countries, both seas and the main cities, each inside the layer', () => {
    const names = region.labels.map((l) => l.text);
    expect(names).toEqual(
      expect.arrayContaining(['RUSSIA', 'CHINA', 'NORTH KOREA', 'Sea of Japan', 'Sea of Okhotsk', 'Khabarovsk']),
    );
    expect(names).toEqual(expect.arrayContaining(['Vladivostok', 'Blagoveshchensk', 'Heihe', 'Harbin', 'Suifenhe']));
    expect(names).toEqual(expect.arrayContaining(['Ussuriysk', 'Hunchun', 'Birobidzhan']));
    const [west, south, east, north] = region.bbox;
    for (const l of region.labels) {
      expect(l.lon, l.text).toBeGreaterThanOrEqual(west);
      expect(l.lon, l.text).toBeLessThanOrEqual(east);
      expect(l.lat, l.text).toBeGreaterThanOrEqual(south);
      expect(l.lat, l.text).toBeLessThanOrEqual(north);
    }
  });

  it('ends the Tumen at the sea, east of where the China–North Korea border meets Russia', () => {
    const tumen = region.rivers.features.find((f) => f.properties.id === 'tumen')?.geometry.coordinates[0] ?? [];
    const koreaRussia = region.borders.features.find((f) => f.properties.id === '408-643')?.geometry.coordinates[0];
    expect(tumen.at(-1)).toEqual(koreaRussia?.at(-1));
    expect(tumen.length).toBeGreaterThan(50);
  });

  it('rejects a file that is not the layer, naming it', () => {
    expect(() => parseRegionMap({ type: 'FeatureCollection', features: [] })).toThrow(/region-map\.json/);
  });

  it('reports an HTTP error when the asset is missing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404 })),
    );
    await expect(loadRegionMap()).rejects.toThrow(/HTTP 404/);
  });
});
