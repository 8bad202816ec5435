import { describe, expect, it } from 'vitest';
import {
  monthPoints,
  percentChange,
  sharpestFall,
  tradeAxis,
  windowFromIndices,
  windowIndices,
  type TradeMonth,
} from './trade-series';

function month(key: string, totalUsdBn: number, extra: Partial<TradeMonth> = {}): TradeMonth {
  return { id: `m-${key}`, month: key, totalUsdBn, sources: ['src-a'], confidence: 'confirmed', ...extra };
}

const RECORDS: TradeMonth[] = [
  month('2024-01', 20),
  month('2024-02', 20, { confidence: 'derived', method: 'Jan–Feb total minus January' }),
  month('2024-04', 15, { exportsUsdBn: 7, importsUsdBn: 8 }),
  month('2024-05', 18, { confidence: 'approximate' }),
];

describe('tradeAxis', () => {
  it.each([
    { name: 'no records', records: [], expected: { length: 0, first: undefined, last: undefined } },
    { name: 'one year', records: RECORDS, expected: { length: 12, first: '2024-01', last: '2024-12' } },
    {
      name: 'records out of order, two years',
      records: [month('2025-03', 1), month('2024-07', 1)],
      expected: { length: 24, first: '2024-01', last: '2025-12' },
    },
    {
      name: 'an earlier start is honoured',
      records: RECORDS,
      start: '2022-06',
      expected: { length: 36, first: '2022-01', last: '2024-12' },
    },
    {
      name: 'a later start does not cut data off',
      records: RECORDS,
      start: '2025-01',
      expected: { length: 12, first: '2024-01', last: '2024-12' },
    },
  ])(
    'covers whole years around the data ($name)',
    ({ records, start, expected }: { records: TradeMonth[]; start?: string; expected: object }) => {
      const axis = tradeAxis(records, start);
      expect({ length: axis.length, first: axis[0], last: axis[axis.length - 1] }).toEqual(expected);
    },
  );
});

describe('monthPoints', () => {
  const points = monthPoints(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'], RECORDS);
  it.each([
    { month: '2024-01', total: 20, exports: null, flagged: false, confidence: 'confirmed' },
    { month: '2024-02', total: 20, exports: null, flagged: true, confidence: 'derived' },
    { month: '2024-03', total: null, exports: null, flagged: false, confidence: null },
    { month: '2024-04', total: 15, exports: 7, flagged: false, confidence: 'confirmed' },
    { month: '2024-05', total: 18, exports: null, flagged: true, confidence: 'approximate' },
  ])('$month: total $total, flagged $flagged (a missing month is null, never 0)', ({ month: key, ...expected }) => {
    const point = points.find((p) => p.month === key);
    expect(
      point && { total: point.total, exports: point.exports, flagged: point.flagged, confidence: point.confidence },
    ).toEqual(expected);
  });

  it('keeps the method of a derived month for the table', () => {
    expect(points[1]?.method).toBe('Jan–Feb total minus January');
    expect(points[1]?.label).toBe('Feb 2024');
  });
});

describe('windowIndices', () => {
  const axis = ['2024-01', '2024-02', '2024-03', '2024-04'];
  it.each([
    { from: '2014-01', to: '2030-12', expected: { start: 0, end: 3 } },
    { from: '2024-02', to: '2024-03', expected: { start: 1, end: 2 } },
    { from: '2024-03', to: '2024-03', expected: { start: 2, end: 2 } },
    { from: '2019-01', to: '2019-12', expected: null },
    { from: '2025-01', to: '2025-12', expected: null },
  ])('$from…$to → $expected', ({ from, to, expected }) => {
    expect(windowIndices(axis, { from, to })).toEqual(expected);
  });
});

describe('percentChange', () => {
  const points = monthPoints(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'], RECORDS);
  it.each([
    {
      from: '2024-02',
      to: '2024-04',
      expected: { kind: 'change', from: '2024-02', to: '2024-04', pct: -25, missingBetween: ['2024-03'] },
    },
    {
      from: '2024-04',
      to: '2024-05',
      expected: { kind: 'change', from: '2024-04', to: '2024-05', pct: 20, missingBetween: [] },
    },
    {
      from: '2024-01',
      to: '2024-02',
      expected: { kind: 'change', from: '2024-01', to: '2024-02', pct: 0, missingBetween: [] },
    },
    { from: '2024-03', to: '2024-04', expected: { kind: 'missing', missing: ['2024-03'] } },
    { from: '2024-01', to: '2024-06', expected: { kind: 'missing', missing: ['2024-06'] } },
    { from: '2023-12', to: '2024-06', expected: { kind: 'missing', missing: ['2023-12', '2024-06'] } },
  ])('$from → $to', ({ from, to, expected }) => {
    expect(percentChange(points, from, to)).toEqual(expected);
  });
});

describe('sharpestFall', () => {
  const axis = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
  it.each([
    { name: 'a fall over a missing month', records: RECORDS, expected: { from: '2024-02', to: '2024-04', pct: -25 } },
    {
      name: 'a two-month fall beats its one-month parts',
      records: [month('2024-01', 100), month('2024-02', 90), month('2024-03', 80)],
      expected: { from: '2024-01', to: '2024-03', pct: -20 },
    },
    { name: 'no fall at all', records: [month('2024-01', 10), month('2024-02', 11)], expected: null },
    {
      name: 'months three apart are compared',
      records: [month('2024-01', 10), month('2024-04', 5)],
      expected: { from: '2024-01', to: '2024-04', pct: -50 },
    },
    { name: 'months four apart are not', records: [month('2024-01', 10), month('2024-05', 5)], expected: null },
  ])('$name', ({ records, expected }) => {
    const fall = sharpestFall(monthPoints(axis, records));
    expect(fall && { from: fall.from, to: fall.to, pct: fall.pct }).toEqual(expected);
  });
});

describe('windowFromIndices', () => {
  const axis = ['2024-01', '2024-02', '2024-03', '2024-04'];
  it.each([
    {
      name: 'inner selection',
      start: 1,
      end: 2,
      filters: { from: '2014-01', to: '2026-05' },
      expected: { from: '2024-02', to: '2024-03' },
    },
    {
      name: 'edges keep a wider window',
      start: 0,
      end: 3,
      filters: { from: '2014-01', to: '2026-05' },
      expected: { from: '2014-01', to: '2026-05' },
    },
    {
      name: 'left edge kept, right moved',
      start: 0,
      end: 1,
      filters: { from: '2020-01', to: '2026-05' },
      expected: { from: '2020-01', to: '2024-02' },
    },
    {
      name: 'edges inside the axis are taken as is',
      start: 0,
      end: 3,
      filters: { from: '2024-02', to: '2024-03' },
      expected: { from: '2024-01', to: '2024-04' },
    },
    {
      name: 'reversed thumbs',
      start: 2,
      end: 1,
      filters: { from: '2024-01', to: '2024-04' },
      expected: { from: '2024-02', to: '2024-03' },
    },
    {
      name: 'out of range indices are clamped',
      start: -3,
      end: 9,
      filters: { from: '2024-02', to: '2024-02' },
      expected: { from: '2024-01', to: '2024-04' },
    },
  ])('$name', ({ start, end, filters, expected }) => {
    expect(windowFromIndices(axis, start, end, filters)).toEqual(expected);
  });

  it('gives nothing for an empty axis', () => {
    expect(windowFromIndices([], 0, 0, { from: '2014-01', to: '2026-05' })).toBeNull();
  });
});
