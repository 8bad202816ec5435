import type { SchemaCases } from './schema-case';

/** China–Russia trade: annual, single months, cumulative periods. */
export const TRADE_CASES = {
  'trade-annual': {
    valid: {
      id: 'trade-2024',
      year: 2024,
      totalUsdBn: 244.81,
      yoyPct: 1.9,
      exportsUsdBn: 115.49,
      importsUsdBn: 129.32,
      basis: 'GACC',
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['a negative growth rate', { yoyPct: -6.9 }],
      ['an alternative figure', { alternatives: [{ value: 227.8, basis: 'Russian statistics', sources: ['s'] }] }],
    ],
    broken: [
      {
        what: 'a basis other than GACC',
        patch: { basis: 'Rosstat' },
        fields: ['basis'],
        message: 'data/trade-annual.json › trade-2024 › basis: expected "GACC", received string "Rosstat"',
      },
      {
        what: 'a total of 0',
        patch: { totalUsdBn: 0 },
        fields: ['totalUsdBn'],
        message: 'data/trade-annual.json › trade-2024 › totalUsdBn: must be greater than 0',
      },
      {
        what: 'an alternative without sources',
        patch: { alternatives: [{ value: 227.8, basis: 'Russian statistics', sources: [] }] },
        fields: ['alternatives.0.sources'],
        message: 'data/trade-annual.json › trade-2024 › alternatives[0].sources: needs at least one source',
      },
    ],
  },
  'trade-monthly': {
    valid: {
      id: 'trade-2024-08',
      month: '2024-08',
      totalUsdBn: 21.68,
      exportsUsdBn: 10.26,
      importsUsdBn: 11.42,
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['derived with a method', { confidence: 'derived', method: 'total − Jan–Nov' }],
      [
        'a conflicting split kept as alternatives',
        {
          alternatives: [
            { field: 'exports', value: 11.28, basis: 'Sputnik', sources: ['s'] },
            { value: 20.7, basis: 'cumulative difference', sources: ['s'] },
          ],
        },
      ],
      ['quality flags', { flags: ['aggregator-source', 'mixed-sources'] }],
    ],
    broken: [
      {
        what: 'a quarter instead of a month',
        patch: { month: '2024-Q3' },
        fields: ['month'],
        message: 'data/trade-monthly.json › trade-2024-08 › month: must be a real calendar month: YYYY-MM',
      },
      {
        what: 'a whole date',
        patch: { month: '2024-08-01' },
        fields: ['month'],
        message: 'data/trade-monthly.json › trade-2024-08 › month: must be a real calendar month: YYYY-MM',
      },
      {
        what: 'derived without a method',
        patch: { confidence: 'derived' },
        fields: ['method'],
        message: 'data/trade-monthly.json › trade-2024-08 › method: a derived record must say its method',
      },
      {
        what: 'seed-only (not allowed for trade months)',
        patch: { confidence: 'seed-only' },
        fields: ['confidence'],
        message:
          'data/trade-monthly.json › trade-2024-08 › confidence: expected "confirmed" | "derived" | "approximate", received string "seed-only"',
      },
      {
        what: 'a zero month',
        patch: { totalUsdBn: 0 },
        fields: ['totalUsdBn'],
        message: 'data/trade-monthly.json › trade-2024-08 › totalUsdBn: must be greater than 0',
      },
      {
        what: 'an alternative for an unknown field',
        patch: { alternatives: [{ field: 'balance', value: 1, basis: 'b', sources: ['s'] }] },
        fields: ['alternatives.0.field'],
        message:
          'data/trade-monthly.json › trade-2024-08 › alternatives[0].field: expected "total" | "exports" | "imports", received string "balance"',
      },
      {
        what: 'an alternative of zero',
        patch: { alternatives: [{ value: 0, basis: 'b', sources: ['s'] }] },
        fields: ['alternatives.0.value'],
        message: 'data/trade-monthly.json › trade-2024-08 › alternatives[0].value: must be greater than 0',
      },
    ],
  },
  'trade-periods': {
    valid: {
      id: 'trade-2024-jan-may',
      from: '2024-01',
      to: '2024-05',
      totalUsdBn: 96.5,
      yoyPct: 2.9,
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['a year-to-date period', { kind: 'year-to-date' }],
      [
        'combined months with flags and an alternative',
        {
          kind: 'combined-months',
          from: '2024-03',
          to: '2024-04',
          flags: ['aggregator-source'],
          alternatives: [{ field: 'exports', value: 15.9, basis: 'b', sources: ['s'] }],
        },
      ],
    ],
    broken: [
      {
        what: 'to before from',
        patch: { to: '2023-12' },
        fields: ['to'],
        message: 'data/trade-periods.json › trade-2024-jan-may › to: to must not be before from',
      },
      {
        what: 'a month 13',
        patch: { from: '2024-13' },
        fields: ['from'],
        message: 'data/trade-periods.json › trade-2024-jan-may › from: must be a real calendar month: YYYY-MM',
      },
      {
        what: 'an unknown kind',
        patch: { kind: 'quarter' },
        fields: ['kind'],
        message:
          'data/trade-periods.json › trade-2024-jan-may › kind: expected "combined-months" | "year-to-date", received string "quarter"',
      },
      {
        what: 'a year-to-date period not starting in January',
        patch: { kind: 'year-to-date', from: '2024-02' },
        fields: ['from'],
        message: 'data/trade-periods.json › trade-2024-jan-may › from: a year-to-date period starts in January',
      },
      {
        what: 'a year-to-date period running into the next year',
        patch: { kind: 'year-to-date', to: '2025-01' },
        fields: ['to'],
        message: 'data/trade-periods.json › trade-2024-jan-may › to: a year-to-date period ends in the year it starts',
      },
      {
        what: 'combined months of one month',
        patch: { kind: 'combined-months', from: '2024-05', to: '2024-05' },
        fields: ['to'],
        message: 'data/trade-periods.json › trade-2024-jan-may › to: combined months span at least two months',
      },
      {
        what: 'an empty flag list',
        patch: { flags: [] },
        fields: ['flags'],
        message: 'data/trade-periods.json › trade-2024-jan-may › flags: leave flags out rather than empty',
      },
      {
        what: 'an unknown flag',
        patch: { flags: ['dodgy'] },
        fields: ['flags.0'],
        message:
          'data/trade-periods.json › trade-2024-jan-may › flags[0]: expected "aggregator-source" | "mixed-sources", received string "dodgy"',
      },
      {
        what: 'an alternative without sources',
        patch: { alternatives: [{ value: 1, basis: 'b', sources: [] }] },
        fields: ['alternatives.0.sources'],
        message: 'data/trade-periods.json › trade-2024-jan-may › alternatives[0].sources: needs at least one source',
      },
    ],
  },
} satisfies SchemaCases;
