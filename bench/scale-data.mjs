// Deterministic synthetic data: N copies of every record of the real data/*.json files, written into another folder.
// Copies get suffixed ids (`-x2`, `-x3`, …) and names (" (copy 2)"), keep every reference valid (same sources, sectors,
// regions, routes: the lookup files themselves are not multiplied), keep dates, and get a seeded jitter on locations
// and money amounts so copies are not pixel-identical. `node bench/scale-data.mjs <factor> <outDir>` runs it alone.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from './stats.mjs';

/** Files other files point into: multiplying them would only add unreferenced ids. */
const LOOKUP_FILES = new Set(['sources.json', 'sectors.json', 'regions.json']);

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const round2 = (v) => Math.round(v * 100) / 100;

function jitterLocation(location, rand) {
  if (!location || typeof location.lat !== 'number' || typeof location.lon !== 'number') return location;
  return {
    ...location,
    lat: round2(clamp(location.lat + (rand() - 0.5) * 1.5, -85, 85)),
    lon: round2(clamp(location.lon + (rand() - 0.5) * 3, -180, 180)),
  };
}

function jitterMoney(value, rand) {
  if (!value || typeof value.amount !== 'number') return value;
  const f = 0.75 + rand() * 0.5;
  const out = { ...value, amount: round2(value.amount * f) || value.amount };
  if (typeof value.amountMax === 'number') out.amountMax = Math.max(out.amount, round2(value.amountMax * f));
  if (value.usd && typeof value.usd.amountBn === 'number')
    out.usd = { ...value.usd, amountBn: round2(value.usd.amountBn * f) || value.usd.amountBn };
  return out;
}

function copyRecord(record, copy, rand) {
  const out = structuredClone(record);
  if (typeof out.id === 'string') out.id = `${out.id}-x${copy}`;
  if (out.name && typeof out.name.en === 'string') out.name = { ...out.name, en: `${out.name.en} (copy ${copy})` };
  if ('location' in out) out.location = jitterLocation(out.location, rand);
  if ('value' in out && out.value && typeof out.value === 'object') out.value = jitterMoney(out.value, rand);
  return out;
}

/** The records of one envelope multiplied `factor` times (originals first, then copy 2, copy 3, …). */
export function scaleRecords(records, factor, rand) {
  const out = [...records];
  for (let copy = 2; copy <= factor; copy += 1) for (const r of records) out.push(copyRecord(r, copy, rand));
  return out;
}

/** Writes `factor`× copies of every file in `srcDir` into `outDir`; returns the record count per file. */
export function writeScaledData(srcDir, outDir, factor, seed = 20240601) {
  mkdirSync(outDir, { recursive: true });
  const rand = seededRandom(seed + factor);
  const counts = {};
  for (const file of readdirSync(srcDir).sort()) {
    const from = join(srcDir, file);
    const to = join(outDir, file);
    if (!file.endsWith('.json') || LOOKUP_FILES.has(file) || factor <= 1) {
      copyFileSync(from, to);
      if (file.endsWith('.json')) counts[file] = JSON.parse(readFileSync(from, 'utf8')).records?.length ?? 0;
      continue;
    }
    const envelope = JSON.parse(readFileSync(from, 'utf8'));
    const records = Array.isArray(envelope.records) ? scaleRecords(envelope.records, factor, rand) : envelope.records;
    writeFileSync(to, JSON.stringify({ ...envelope, records }));
    counts[file] = records?.length ?? 0;
  }
  return counts;
}

/** Records across the JSON files of a data folder. */
export function countRecords(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .reduce((n, f) => n + (JSON.parse(readFileSync(join(dir, f), 'utf8')).records?.length ?? 0), 0);
}

/** `count` synthetic places (crossings spread around the real ones), for the 5,000-marker map frame test. */
export function syntheticPlaces(srcDir, count, seed = 5000) {
  const envelope = JSON.parse(readFileSync(join(srcDir, 'places.json'), 'utf8'));
  const located = envelope.records.filter((r) => r.location && typeof r.location.lat === 'number');
  const rand = seededRandom(seed);
  const records = [];
  for (let i = 0; records.length < count; i += 1) {
    const base = located[i % located.length];
    const copy = Math.floor(i / located.length) + 1;
    records.push(copy === 1 ? base : copyRecord(base, copy, rand));
  }
  return { ...envelope, records };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const [factorArg, outDir] = process.argv.slice(2);
  const factor = Number(factorArg);
  if (!Number.isInteger(factor) || factor < 1 || !outDir) {
    console.error('usage: node bench/scale-data.mjs <factor ≥ 1> <outDir>');
    process.exit(2);
  }
  const counts = writeScaledData(resolve(import.meta.dirname, '../data'), resolve(outDir), factor);
  console.log(`wrote ${factor}× data to ${outDir}:`, counts);
}
