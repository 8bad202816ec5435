import { expect, test } from 'vitest';
import { buildPeriod, buildSource, buildYear, buildYearOfMonths, file, filters } from './overview-builders';
import { tradeFigure } from './trade-figure';

const sources = [buildSource('src-y', { publisher: 'TASS', url: 'https://tass.com/economy/1' })];
const none = file([]);

test('a calendar year published as one figure: its total, the change the source prints, its source linked', () => {
  const annual = file([buildYear(2024, 244.81, { yoyPct: 1.9 }), buildYear(2025, 228.105, { yoyPct: -6.9 })]);
  const figure = tradeFigure({ monthly: none, periods: none, annual }, filters(), sources);
  expect(figure).toMatchObject({
    value: '228.1',
    prefix: 'US$',
    unit: 'bn',
    period: 'Jan–Dec 2025',
    change: '−6.9% on 2024',
    confidence: 'confirmed',
    note: null,
    source: { text: 'TASS', href: 'https://tass.com/economy/1' },
  });
  expect(figure.scope).toMatch(/all sectors/);
});

test('a sum of months: derived, the change computed from the 12 months before, and the gap that stopped a later window', () => {
  const monthly = file([
    ...buildYearOfMonths(2023, 10),
    ...buildYearOfMonths(2024, 11),
    ...buildYearOfMonths(2025, 12).filter((m) => m.month <= '2025-06' && m.month !== '2025-03'),
  ]);
  const figure = tradeFigure({ monthly, periods: none, annual: none }, filters(), sources);
  // Mar 2024–Feb 2025 = 10 × 11 + 2 × 12 = 134; the 12 months before = 10 × 10 + 2 × 11 = 122; 134 / 122 − 1 = +9.84 %.
  expect(figure).toMatchObject({
    value: '134',
    period: 'Mar 2024 – Feb 2025',
    change: '+9.8% on the 12 months before',
    confidence: 'derived',
    note: 'The 12 months to Jun 2025 cannot be summed: no figure for Mar 2025.',
  });
  expect(figure.method).toMatch(/Sum of 12 .*change computed/);
});

test('the gap names every missing month, consecutive ones as one span, never "and N more"', () => {
  const gaps = ['2025-02', '2025-03', '2025-04', '2025-05', '2025-07'];
  const monthly = file([
    ...buildYearOfMonths(2023, 10),
    ...buildYearOfMonths(2024, 11),
    ...buildYearOfMonths(2025, 12).filter((m) => m.month <= '2025-08' && !gaps.includes(m.month)),
  ]);
  const figure = tradeFigure({ monthly, periods: none, annual: none }, filters(), sources);
  expect(figure.note).toBe('The 12 months to Aug 2025 cannot be summed: no figure for Feb–May 2025, Jul 2025.');
});

test('a Jan–Feb period is one of the parts, and the method says so', () => {
  const monthly = file(buildYearOfMonths(2024, 15).filter((m) => m.month >= '2024-03'));
  const periods = file([buildPeriod('2024-01', '2024-02', 30)]);
  const figure = tradeFigure({ monthly, periods, annual: none }, filters({ to: '2024-12' }), sources);
  // 30 + 10 × 15
  expect(figure.value).toBe('180');
  expect(figure.change).toBeNull();
  expect(figure.note).toBe('No complete 12 months before to compare.');
  expect(figure.method).toBe('Sum of 11 published or derived figures; Jan–Feb 2024 counted as one figure');
});

test('the window ends before any full year: "not published", never a zero', () => {
  const annual = file([buildYear(2025, 228.105)]);
  const figure = tradeFigure({ monthly: none, periods: none, annual }, filters({ to: '2019-12' }), sources);
  expect(figure.value).toBeNull();
  expect(figure.missing).toBe('not published');
  expect(figure.note).toBe('No 12 consecutive months of trade figures up to Dec 2019.');
  expect(figure.source).toBeNull();
});

test('a file still loading makes the figure wait; all three failed says so', () => {
  expect(tradeFigure({ monthly: 'loading', periods: none, annual: none }, filters()).missing).toBe('loading…');
  expect(tradeFigure({ monthly: 'failed', periods: 'failed', annual: 'failed' }, filters()).missing).toMatch(/failed/);
  // One failed file does not hide what the others can give.
  const annual = file([buildYear(2025, 228.105)]);
  expect(tradeFigure({ monthly: 'failed', periods: none, annual }, filters()).value).toBe('228.1');
});
