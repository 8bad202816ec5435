import { describe, expect, it } from 'vitest';
import { tradeRows, tradeTitle } from './trade-chart-rows';
import type { MonthPoint } from './trade-series';

const point = (month: string, total: number | null, exports: number | null = null): MonthPoint => ({
  month: month as MonthPoint['month'],
  label: month,
  total,
  exports,
  imports: null,
  flagged: false,
  confidence: 'confirmed',
  method: null,
  sources: ['gacc'],
  alternatives: [],
  flags: [],
  period: null,
});

const axis = [point('2023-11', 20), point('2023-12', 25, 11), point('2024-01', null), point('2024-02', 20)];

describe('payments-trade rows', () => {
  it('one row per month and series drawn in the window, no row for a gap', () => {
    expect(tradeRows(axis, { start: 1, end: 3 }).map((r) => [r.date, r.series, r.value])).toEqual([
      ['2023-12', 'Total', 25],
      ['2023-12', 'China exports to Russia', 11],
      ['2024-02', 'Total', 20],
    ]);
  });
  it('compares the latest month with the window’s peak', () => {
    expect(tradeTitle(axis, { start: 0, end: 3 })).toBe(
      'China–Russia trade in 2024-02: US$20 bn, 20% below the 2023-12 peak',
    );
  });
});
