/**
 * Pure cross-reference checks across data files (the per-record schemas cannot see other files):
 * source ids exist, sector/region/route ids are known, ids are unique, dates are real calendar dates, coordinates are
 * in range, derived records say their method, and end dates are not before start dates; the trade series counts each
 * month once and flags figures resting on aggregator pages (trade-checks.ts).
 */
import { citedSourceIds, isPlain, joinPath, recordIdOf, walk } from './record-walk';
import { isRealMonth, isRealPartialDate, partialDateBounds } from './schemas/common';
import type { DatasetName } from './schemas/registry';
import { SEED_ARTICLE_ID } from './schemas/sources';
import { checkAggregatorFlags, checkTradeCoverage } from './trade-checks';

export interface Problem {
  file: string;
  recordId: string;
  field: string;
  message: string;
}

export type DataFiles = Partial<Record<DatasetName, { records: unknown[] }>>;

/** Field names that hold a PartialDate wherever they occur (articleClaim.date is free text and is skipped). */
const DATE_FIELDS = new Set([
  'date',
  'endDate',
  'statusAsOf',
  'announced',
  'signed',
  'started',
  'completed',
  'opened',
  'vintage',
  'rateDate',
]);
/** Field names that hold a "YYYY-MM" month. */
const MONTH_FIELDS = new Set(['month', 'from', 'to']);
/** Subtrees whose text fields are free wording, not data. */
const FREE_TEXT_SUBTREES = new Set(['articleClaim', 'quote']);

function fileName(name: string): string {
  return `${name}.json`;
}

function idSet(files: DataFiles, name: DatasetName): Set<string> | null {
  const file = files[name];
  if (!file) return null;
  return new Set(
    file.records
      .filter(isPlain)
      .map((r) => r.id)
      .filter((id): id is string => typeof id === 'string'),
  );
}

/** References from one file's field to another file's ids. */
const ID_REFERENCES: { file: DatasetName; field: string; target: DatasetName; many: boolean }[] = [
  { file: 'projects', field: 'sector', target: 'sectors', many: false },
  { file: 'projects', field: 'regions', target: 'regions', many: true },
  { file: 'places', field: 'regions', target: 'regions', many: true },
  { file: 'gas-events', field: 'routes', target: 'gas-routes', many: true },
];

export function checkCrossReferences(files: DataFiles): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = idSet(files, 'sources');

  for (const [name, file] of Object.entries(files) as [DatasetName, { records: unknown[] } | undefined][]) {
    if (!file) continue;
    const seen = new Map<string, number>();
    file.records.forEach((record, index) => {
      const recordId = recordIdOf(record, index);
      const report = (field: string, message: string) =>
        problems.push({ file: fileName(name), recordId, field, message });
      if (!isPlain(record)) {
        report('(record)', 'is not an object');
        return;
      }

      if (typeof record.id === 'string') {
        const first = seen.get(record.id);
        if (first !== undefined) report('id', `duplicate id (first used by record #${first})`);
        else seen.set(record.id, index);
      }

      if (isPlain(record.articleClaim)) {
        const cited = Array.isArray(record.sources) ? record.sources : [];
        if (!cited.includes(SEED_ARTICLE_ID))
          report('sources', `a record with an articleClaim must cite "${SEED_ARTICLE_ID}"`);
        else if (cited.length < 2)
          report(
            'sources',
            'a record with an articleClaim needs a source besides the seed article for the value it shows',
          );
      }

      if (record.confidence === 'derived' && !(typeof record.method === 'string' && record.method.trim() !== '')) {
        report('method', 'a derived record must say its method');
      }

      for (const [startKey, endKey] of [
        ['date', 'endDate'],
        ['from', 'to'],
      ] as const) {
        const start = record[startKey];
        const end = record[endKey];
        if (
          typeof start === 'string' &&
          typeof end === 'string' &&
          isRealPartialDate(start) &&
          isRealPartialDate(end)
        ) {
          if (partialDateBounds(end).last < partialDateBounds(start).first)
            report(endKey, `${endKey} (${end}) is before ${startKey} (${start})`);
        }
      }

      walk(
        record,
        (node, path) => {
          for (const [key, value] of Object.entries(node)) {
            const field = joinPath(path, key);
            if (key === 'sources' && Array.isArray(value) && sourceIds) {
              value.forEach((sid, i) => {
                if (typeof sid !== 'string' || !sourceIds.has(sid))
                  report(joinPath(field, i), `unknown source id ${JSON.stringify(sid)}`);
              });
            }
            if (DATE_FIELDS.has(key) && typeof value === 'string' && !isRealPartialDate(value)) {
              report(field, `${JSON.stringify(value)} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)`);
            }
            if (MONTH_FIELDS.has(key) && typeof value === 'string' && !isRealMonth(value)) {
              report(field, `${JSON.stringify(value)} is not a real month (YYYY-MM)`);
            }
          }
          if ('lat' in node || 'lon' in node) {
            const { lat, lon } = node;
            if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90)
              report(joinPath(path, 'lat'), `latitude ${String(lat)} is outside −90…90`);
            if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180)
              report(joinPath(path, 'lon'), `longitude ${String(lon)} is outside −180…180`);
          }
        },
        FREE_TEXT_SUBTREES,
      );
    });
  }

  for (const ref of ID_REFERENCES) {
    const file = files[ref.file];
    const known = idSet(files, ref.target);
    if (!file || !known) continue;
    file.records.forEach((record, index) => {
      if (!isPlain(record)) return;
      const value = record[ref.field];
      const ids = ref.many ? (Array.isArray(value) ? value : []) : [value];
      ids.forEach((refId, i) => {
        if (typeof refId === 'string' && !known.has(refId)) {
          problems.push({
            file: fileName(ref.file),
            recordId: recordIdOf(record, index),
            field: ref.many ? `${ref.field}[${i}]` : ref.field,
            message: `unknown ${ref.target} id ${JSON.stringify(refId)}`,
          });
        }
      });
    });
  }

  problems.push(...checkTradeCoverage(files), ...checkAggregatorFlags(files));
  return problems;
}

/** The newest date among a set of source dates (null when none is dated); compares the first day each covers. */
export function newestDate(dates: Iterable<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (typeof d !== 'string' || !isRealPartialDate(d)) continue;
    if (best === null) {
      best = d;
      continue;
    }
    const a = partialDateBounds(d).first;
    const b = partialDateBounds(best).first;
    if (a > b || (a === b && d.length > best.length)) best = d;
  }
  return best;
}

/** Every source id a record cites, wherever it sits (top level, value.usd, location, capacityHistory …). */
export function sourceIdsUsed(records: readonly unknown[]): Set<string> {
  return new Set(records.flatMap((record) => [...citedSourceIds(record)]));
}
