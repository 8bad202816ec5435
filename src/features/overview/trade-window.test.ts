import { describe, expect, test } from 'vitest';
import { buildMonth, buildPeriod, buildYear, buildYearOfMonths } from './overview-builders';
import { latest12Months, shiftMonth, tileWindow, tradeEntries, uncoveredMonths } from './trade-window';

const months2024 = (each: number) => buildYearOfMonths(2024, each);

describe('tileWindow: a 12-month total only from figures that cover its months exactly', () => {
  test('twelve single months add up', () => {
    const monthly = months2024(20).map((m) => (m.month === '2024-07' ? { ...m, totalUsdBn: 21.5 } : m));
    const tiling = tileWindow(tradeEntries(monthly), '2024-01', '2024-12');
    // 11 × 20 + 21.5
    expect(tiling?.totalUsdBn).toBeCloseTo(241.5, 9);
    expect(tiling?.entries).toHaveLength(12);
  });

  test('a two-month Jan–Feb figure counts as one entry covering both months', () => {
    const monthly = months2024(15).filter((m) => m.month >= '2024-03');
    const janFeb = buildPeriod('2024-01', '2024-02', 30);
    const tiling = tileWindow(tradeEntries(monthly, [janFeb]), '2024-01', '2024-12');
    // 30 + 10 × 15
    expect(tiling?.totalUsdBn).toBeCloseTo(180, 9);
    expect(tiling?.entries).toHaveLength(11);
    expect(tiling?.entries[0]).toMatchObject({ from: '2024-01', to: '2024-02' });
  });

  test('a monthly record that names its end month (the coming two-month shape) covers both months', () => {
    const monthly = [
      { ...buildMonth('2024-01', 30), to: '2024-02' } as ReturnType<typeof buildMonth>,
      ...months2024(15).filter((m) => m.month >= '2024-03'),
    ];
    expect(tileWindow(tradeEntries(monthly), '2024-01', '2024-12')?.totalUsdBn).toBeCloseTo(180, 9);
  });

  test('a month with no figure leaves the window unsummed', () => {
    const monthly = months2024(20).filter((m) => m.month !== '2024-03');
    expect(tileWindow(tradeEntries(monthly), '2024-01', '2024-12')).toBeNull();
  });

  test('a period that reaches outside the window is never split to fit', () => {
    const monthly = [...months2024(20).filter((m) => m.month >= '2024-03'), buildMonth('2025-01', 20)];
    const janFeb = buildPeriod('2024-01', '2024-02', 40);
    expect(tileWindow(tradeEntries(monthly, [janFeb]), '2024-02', '2025-01')).toBeNull();
  });

  test('a published annual total is preferred to the sum of its months', () => {
    const tiling = tileWindow(tradeEntries(months2024(20), [], [buildYear(2024, 250)]), '2024-01', '2024-12');
    expect(tiling?.totalUsdBn).toBe(250);
    expect(tiling?.entries).toHaveLength(1);
  });

  test('a confirmed sum is preferred to a shorter one with a derived part', () => {
    const derived = buildPeriod('2024-01', '2024-06', 100, { confidence: 'derived', method: 'difference' });
    const tiling = tileWindow(tradeEntries(months2024(20), [derived]), '2024-01', '2024-12');
    expect(tiling?.totalUsdBn).toBeCloseTo(240, 9);
  });

  test('an annual total printed as "more than" is not added up', () => {
    expect(
      tileWindow(tradeEntries([], [], [buildYear(2018, 107, { qualifier: 'more-than' })]), '2018-01', '2018-12'),
    ).toBeNull();
  });
});

describe('latest12Months', () => {
  // 2023: 10 a month, 2024: 11 a month, 2025: 12 a month from Jan to Jun, but no figure for Mar 2025.
  const monthly = [
    ...buildYearOfMonths(2023, 10),
    ...buildYearOfMonths(2024, 11),
    ...buildYearOfMonths(2025, 12).filter((m) => m.month <= '2025-06' && m.month !== '2025-03'),
  ];

  test('steps back to the latest complete 12 months and names the gap that stopped the later ones', () => {
    const found = latest12Months(tradeEntries(monthly), '2026-12');
    expect(found?.current).toMatchObject({ from: '2024-03', to: '2025-02' });
    // Mar–Dec 2024: 10 × 11 = 110; Jan–Feb 2025: 2 × 12 = 24.
    expect(found?.current.totalUsdBn).toBeCloseTo(134, 9);
    // Mar–Dec 2023: 10 × 10 = 100; Jan–Feb 2024: 2 × 11 = 22.
    expect(found?.previous?.totalUsdBn).toBeCloseTo(122, 9);
    expect(found?.latestMonth).toBe('2025-06');
    expect(found?.missing).toEqual(['2025-03']);
  });

  test("the window's end is the anchor: nothing after it is used", () => {
    const found = latest12Months(tradeEntries(monthly), '2024-12');
    expect(found?.current).toMatchObject({ from: '2024-01', to: '2024-12' });
    expect(found?.current.totalUsdBn).toBeCloseTo(132, 9);
    expect(found?.latestMonth).toBeNull();
    expect(found?.missing).toEqual([]);
  });

  test('null when there are not 12 consecutive months before the anchor', () => {
    expect(latest12Months(tradeEntries(monthly), '2023-11')).toBeNull();
    expect(latest12Months(tradeEntries(monthly), '2019-12')).toBeNull();
  });
});

test('shiftMonth crosses year ends both ways', () => {
  expect(shiftMonth('2025-02', -11)).toBe('2024-03');
  expect(shiftMonth('2024-12', 1)).toBe('2025-01');
  expect(shiftMonth('2024-01', -1)).toBe('2023-12');
});

test('uncoveredMonths counts a month inside a period within the window, not one known only from a longer span', () => {
  const entries = tradeEntries(
    [buildMonth('2024-03', 1)],
    [buildPeriod('2024-01', '2024-02', 2)],
    [buildYear(2023, 200)],
  );
  expect(uncoveredMonths(entries, '2023-12', '2024-04')).toEqual(['2023-12', '2024-04']);
});
