import { describe, expect, it } from 'vitest';
import { buildSupplier, windowFilters } from './gas-test-builders';
import {
  metricLabel,
  selectSupplierBars,
  supplierChoices,
  suppliersInWindow,
  supplierTable,
} from './supplier-selectors';

const SUPPLIERS = [
  buildSupplier({ id: 'tm-2024', year: 2024, supplier: 'Turkmenistan', metric: 'value-usd-bn', value: 9.57 }),
  buildSupplier({ id: 'ru-2024', year: 2024, supplier: 'Russia', metric: 'value-usd-bn', value: 8.03 }),
  buildSupplier({ id: 'au-2024', year: 2024, supplier: 'Australia', mode: 'lng', metric: 'volume-mt', value: 26.2 }),
  buildSupplier({ id: 'ru-lng-2024', year: 2024, supplier: 'Russia', mode: 'lng', metric: 'volume-mt', value: 8.31 }),
  buildSupplier({ id: 'tm-2021', year: 2021, supplier: 'Turkmenistan', metric: 'volume-bcm', value: 34 }),
  buildSupplier({ id: 'tm-share-2024', year: 2024, supplier: 'Turkmenistan', metric: 'share-pct', value: 45.4 }),
  buildSupplier({ id: 'ru-2025', year: 2025, period: 'Jan–Oct', supplier: 'Russia', metric: 'value-usd-bn', value: 7 }),
];

describe('supplierChoices', () => {
  it.each([
    {
      name: 'defaults to value and the newest period',
      from: '2014-01',
      to: '2026-12',
      want: {},
      metric: 'value-usd-bn',
      periods: ['2025 Jan–Oct', '2024'],
      period: '2025 Jan–Oct',
    },
    {
      name: 'shares are never charted (their bases differ)',
      from: '2024-01',
      to: '2024-12',
      want: { metric: 'share-pct' },
      metric: 'value-usd-bn',
      periods: ['2024'],
      period: '2024',
    },
    {
      name: 'keeps a wanted metric and period',
      from: '2014-01',
      to: '2026-12',
      want: { metric: 'volume-mt', period: '2024' },
      metric: 'volume-mt',
      periods: ['2024'],
      period: '2024',
    },
    {
      name: 'a window ending 2021 leaves only bcm',
      from: '2014-01',
      to: '2021-12',
      want: { metric: 'value-usd-bn' },
      metric: 'volume-bcm',
      periods: ['2021'],
      period: '2021',
    },
    {
      name: 'an empty window has nothing to choose',
      from: '2014-01',
      to: '2015-12',
      want: {},
      metric: null,
      periods: [],
      period: null,
    },
  ])('$name', ({ from, to, want, metric, periods, period }) => {
    const c = supplierChoices(suppliersInWindow(SUPPLIERS, windowFilters(from, to)), want);
    expect([c.metric, c.periods, c.period]).toEqual([metric, periods, period]);
  });
});

describe('selectSupplierBars', () => {
  it.each([
    {
      metric: 'value-usd-bn' as const,
      period: '2024',
      bars: [
        ['Turkmenistan (pipeline)', 9.57],
        ['Russia (pipeline)', 8.03],
      ],
    },
    {
      metric: 'volume-mt' as const,
      period: '2024',
      bars: [
        ['Australia (LNG)', 26.2],
        ['Russia (LNG)', 8.31],
      ],
    },
    { metric: 'value-usd-bn' as const, period: '2025 Jan–Oct', bars: [['Russia (pipeline)', 7]] },
  ])('$metric in $period: one unit per chart, largest first', ({ metric, period, bars }) => {
    expect(selectSupplierBars(SUPPLIERS, { metric, period }).map((b) => [b.label, b.value])).toEqual(bars);
  });
});

describe('units', () => {
  it.each([
    ['value-usd-bn', 'Import value (US$ bn)'],
    ['volume-mt', 'Import volume (Mt)'],
    ['volume-bcm', 'Import volume (bcm)'],
    ['share-pct', 'Share of imports (%)'],
  ] as const)('%s → %s', (metric, label) => {
    expect(metricLabel(metric)).toBe(label);
  });

  it('the table gives every row its own unit', () => {
    const table = supplierTable(SUPPLIERS, windowFilters('2024-01', '2024-12'));
    expect(table.rows.map((r) => [r.supplier, r.value, r.unit])).toEqual([
      ['Turkmenistan', 9.57, 'US$ bn'],
      ['Russia', 8.03, 'US$ bn'],
      ['Australia', 26.2, 'Mt'],
      ['Russia', 8.31, 'Mt'],
      ['Turkmenistan', 45.4, '%'],
    ]);
  });
});
