// @vitest-environment node
// The bundled monthly series adds up: for every year whose months are all known (singly or inside a combined period),
// the months plus the combined periods come within 1 % of China customs' annual total. Read straight from data/ (the
// expected totals are trade-annual.json's, not anything the app computes).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = <T>(name: string): T[] =>
  (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', `${name}.json`), 'utf8')) as { records: T[] })
    .records;

interface Month {
  month: string;
  totalUsdBn: number;
}
interface Period {
  id: string;
  kind?: string;
  from: string;
  to: string;
  totalUsdBn: number;
}
interface Year {
  year: number;
  totalUsdBn: number;
}

const months = read<Month>('trade-monthly');
const combined = read<Period>('trade-periods').filter((p) => p.kind === 'combined-months');
const annual = read<Year>('trade-annual');

/** Months of a period, counted from its from/to fields ("2024-09" … "2024-11" → 3). */
const span = (p: Period): number =>
  (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5)) - Number(p.from.slice(5)) + 1;

function yearOf(year: number) {
  const prefix = `${year}-`;
  const singles = months.filter((m) => m.month.startsWith(prefix));
  const periods = combined.filter((p) => p.from.startsWith(prefix) && p.to.startsWith(prefix));
  return {
    covered: singles.length + periods.reduce((n, p) => n + span(p), 0),
    sum: [...singles, ...periods].reduce((s, r) => s + r.totalUsdBn, 0),
  };
}

const complete = annual.filter((y) => yearOf(y.year).covered === 12);

describe('the monthly trade series against the annual totals', () => {
  it('covers every month of 2022–2025 (so the check below cannot pass by skipping years)', () => {
    expect(complete.map((y) => y.year)).toEqual(expect.arrayContaining([2022, 2023, 2024, 2025]));
  });

  it.each(complete.map((y) => [y.year, y.totalUsdBn] as const))(
    '%i: months + combined periods are within 1%% of the annual total %f',
    (year, total) => {
      const { sum } = yearOf(year);
      expect(Math.abs(sum - total) / total).toBeLessThanOrEqual(0.01);
    },
  );

  it('counts no month twice and no month beyond twelve in a year', () => {
    for (const y of annual) expect(yearOf(y.year).covered).toBeLessThanOrEqual(12);
  });
});
