import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const read = (file: string): { records: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(resolve(root, 'data', file), 'utf8'));

interface Location {
  confidence: string;
  sources: string[];
  note?: string;
}

describe('every place whose town is known is on the map (data/places.json)', () => {
  const places = read('places.json').records as { id: string; location: Location | null }[];
  const located = places.filter((p) => p.location !== null);

  it('draws at least 90 % of the places', () => {
    expect(located.length / places.length).toBeGreaterThanOrEqual(0.9);
  });

  it('grades a GeoNames town position approximate and names the GeoNames id in its note', () => {
    const fromGeonames = located.filter((p) => p.location?.sources.includes('geonames-cities1000'));
    expect(fromGeonames.length).toBeGreaterThan(0);
    for (const p of fromGeonames) {
      expect(p.location?.confidence, p.id).toBe('approximate');
      expect(p.location?.note, p.id).toMatch(/GeoNames \(id \d+/);
    }
  });

  it('credits GeoNames and its CC BY 4.0 licence in data/sources.json', () => {
    const geonames = read('sources.json').records.find((s) => s.id === 'geonames-cities1000');
    expect(geonames).toMatchObject({ publisher: 'GeoNames', tier: 'research' });
    expect(String(geonames?.note)).toMatch(/CC BY 4\.0/);
  });
});
