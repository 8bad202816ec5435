/**
 * Cross-file checks of the trade series that no single record can make: a month is counted once (a combined-months
 * period never overlaps a single month or another period), and a figure resting on an aggregator page says so.
 */
import { monthRange } from '../lib/months';
import { isRealMonth } from './schemas/common';
import type { Problem, DataFiles } from './cross-references';
import { isPlain, recordIdOf } from './record-walk';

/** Every month from `from` to `to` inclusive; empty when either is not a real month (the schemas report those). */
function monthsBetween(from: string, to: string): string[] {
  return isRealMonth(from) && isRealMonth(to) ? monthRange(from, to) : [];
}

export function checkTradeCoverage(files: DataFiles): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  (files['trade-monthly']?.records ?? []).filter(isPlain).forEach((r, i) => {
    if (typeof r.month === 'string') owner.set(r.month, `trade-monthly.json › ${recordIdOf(r, i)}`);
  });
  (files['trade-periods']?.records ?? []).forEach((r, i) => {
    if (!isPlain(r) || r.kind !== 'combined-months' || typeof r.from !== 'string' || typeof r.to !== 'string') return;
    for (const month of monthsBetween(r.from, r.to)) {
      const other = owner.get(month);
      if (other) {
        problems.push({
          file: 'trade-periods.json',
          recordId: recordIdOf(r, i),
          field: 'from',
          message: `combined months overlap ${other} in ${month} (a month is counted once)`,
        });
        return;
      }
    }
    for (const month of monthsBetween(r.from, r.to)) owner.set(month, `trade-periods.json › ${recordIdOf(r, i)}`);
  });
  return problems;
}

const TRADE_FILES = ['trade-monthly', 'trade-periods', 'trade-annual'] as const;

/** A trade figure citing an aggregator page carries the `aggregator-source` flag, and only such a figure does. */
export function checkAggregatorFlags(files: DataFiles): Problem[] {
  const aggregators = new Set(
    (files.sources?.records ?? [])
      .filter(isPlain)
      .flatMap((s) => (s.tier === 'aggregator' && typeof s.id === 'string' ? [s.id] : [])),
  );
  if (!files.sources) return [];
  const problems: Problem[] = [];
  for (const name of TRADE_FILES) {
    (files[name]?.records ?? []).forEach((r, i) => {
      if (!isPlain(r) || !Array.isArray(r.sources)) return;
      const cites = r.sources.filter((s): s is string => typeof s === 'string' && aggregators.has(s));
      const flagged = Array.isArray(r.flags) && r.flags.includes('aggregator-source');
      if (cites.length > 0 && !flagged) {
        problems.push({
          file: `${name}.json`,
          recordId: recordIdOf(r, i),
          field: 'flags',
          message: `cites the aggregator page ${cites.join(', ')}: add the flag "aggregator-source"`,
        });
      } else if (cites.length === 0 && flagged) {
        problems.push({
          file: `${name}.json`,
          recordId: recordIdOf(r, i),
          field: 'flags',
          message: 'is flagged "aggregator-source" but cites no source of tier aggregator',
        });
      }
    });
  }
  return problems;
}
