import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '@/data/schemas/registry';
import { combinedPeriods, periodLabel, periodOfMonth } from './combined-periods';
import { monthsTable } from './payment-tables';
import { selectPaymentView, tradeSentence, type PaymentInputs } from './payment-selectors';
import { monthPoints, tradeAxis, type TradeMonth } from './trade-series';
import { DEFAULT_FILTERS } from '@/domain/view-state';

type TradePeriod = DatasetRecord<'trade-periods'>;

const month = (key: string, totalUsdBn: number, extra: Partial<TradeMonth> = {}): TradeMonth => ({
  id: `m-${key}`,
  month: key,
  totalUsdBn,
  sources: [`src-${key}`],
  confidence: 'confirmed',
  ...extra,
});
const period = (from: string, to: string, totalUsdBn: number, extra: Partial<TradePeriod> = {}): TradePeriod => ({
  id: `p-${from}`,
  kind: 'combined-months',
  from,
  to,
  totalUsdBn,
  sources: [`src-${from}-${to}`],
  confidence: 'confirmed',
  ...extra,
});

const PERIODS: TradePeriod[] = [
  period('2024-03', '2024-04', 40, {
    exportsUsdBn: 16,
    importsUsdBn: 24,
    confidence: 'derived',
    method: 'Jan–May − May − Jan–Feb',
  }),
  period('2024-01', '2024-02', 37),
  { ...period('2024-01', '2024-05', 96.5), id: 'ytd', kind: 'year-to-date' },
];
const MONTHS = [month('2023-12', 22), month('2024-05', 19.8), month('2024-07', 19.7)];

describe('combinedPeriods', () => {
  it('keeps the combined months only, oldest first, with their label and length', () => {
    expect(combinedPeriods(PERIODS).map((p) => [p.id, p.label, p.months, p.total])).toEqual([
      ['p-2024-01', 'Jan–Feb 2024', 2, 37],
      ['p-2024-03', 'Mar–Apr 2024', 2, 40],
    ]);
  });

  it.each([
    ['2024-09', '2024-11', 'Sep–Nov 2024'],
    ['2024-12', '2025-01', 'Dec 2024 – Jan 2025'],
  ])('labels %s…%s as %s', (from, to, label) => {
    expect(periodLabel(from, to)).toBe(label);
  });

  it('maps each month to its period', () => {
    const byMonth = periodOfMonth(combinedPeriods(PERIODS));
    expect(['2024-01', '2024-02', '2024-04', '2024-05'].map((m) => byMonth.get(m)?.id ?? null)).toEqual([
      'p-2024-01',
      'p-2024-01',
      'p-2024-03',
      null,
    ]);
  });
});

describe('months inside a combined period', () => {
  const combined = combinedPeriods(PERIODS);
  const axis = ['2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
  const points = monthPoints(axis, MONTHS, combined);

  it('have no single-month total (never a split) but carry their period', () => {
    expect(points.map((p) => [p.month, p.total, p.period?.id ?? null])).toEqual([
      ['2023-12', 22, null],
      ['2024-01', null, 'p-2024-01'],
      ['2024-02', null, 'p-2024-01'],
      ['2024-03', null, 'p-2024-03'],
      ['2024-04', null, 'p-2024-03'],
      ['2024-05', 19.8, null],
      ['2024-06', null, null],
    ]);
  });

  it('give way to a month with its own figure (e.g. imported later)', () => {
    const withOwn = monthPoints(axis, [...MONTHS, month('2024-04', 20)], combined);
    expect(withOwn.find((p) => p.month === '2024-04')).toMatchObject({ total: 20, period: null });
  });

  it('extend the axis to the end of a period that outlasts the single months', () => {
    const axisKeys = tradeAxis([month('2024-05', 1)], undefined, combinedPeriods([period('2025-01', '2025-02', 30)]));
    expect([axisKeys[0], axisKeys[axisKeys.length - 1]]).toEqual(['2024-01', '2025-12']);
  });

  it('are one row of the table, with the period total, and a missing month stays a "not sourced" row', () => {
    expect(monthsTable(points).rows.map((r) => [r.month, r.total, r.confidence])).toEqual([
      ['Dec 2023', 22, 'confirmed'],
      ['Jan–Feb 2024 (2 months together)', 37, 'confirmed'],
      ['Mar–Apr 2024 (2 months together)', 40, 'derived'],
      ['May 2024', 19.8, 'confirmed'],
      ['Jun 2024', null, 'not sourced'],
    ]);
  });

  it('are counted apart from missing months in the summary', () => {
    expect(tradeSentence(points)).toBe(
      'No month-on-month fall in the window. Monthly total US$22 bn in Dec 2023, US$19.8 bn in May 2024 (−10%); 4 months known only as two or more months together, 1 month without a figure.',
    );
  });

  it('name the period a fall straddles', () => {
    const short = monthPoints(
      ['2023-12', '2024-01', '2024-02', '2024-03'],
      [month('2023-12', 22), month('2024-03', 18)],
      combined,
    );
    expect(tradeSentence(short)).toMatch(
      /^Trade fell 18\.2% from Dec 2023 to Mar 2024 \(Jan–Feb 2024 known only together\)\./,
    );
  });
});

describe('selectPaymentView with combined periods', () => {
  const input: PaymentInputs = {
    months: MONTHS,
    periods: PERIODS,
    events: [],
    annual: [],
    yuan: [],
    keyEvents: [],
  };
  it.each([
    { from: '2024-02', to: '2024-03', combined: ['p-2024-01', 'p-2024-03'] },
    { from: '2024-05', to: '2024-07', combined: [] },
  ])('draws the periods that reach into $from…$to', ({ from, to, combined }) => {
    const view = selectPaymentView(input, { ...DEFAULT_FILTERS, from, to });
    expect(view.combined.map((p) => p.id)).toEqual(combined);
  });

  it('cites the sources of a period shown, and counts its exports and imports as series to draw', () => {
    const view = selectPaymentView(input, { ...DEFAULT_FILTERS, from: '2024-03', to: '2024-04' });
    expect(view.hasExports && view.hasImports).toBe(true);
    expect(view.table.rows.map((r) => r.sources)).toEqual(['src-2024-03-2024-04']);
  });
});
