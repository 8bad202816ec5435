import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '@/domain/view-state';
import { countByCategory, placeEvents, type PaymentEvent } from './payment-events';
import { selectPaymentFrame, selectPaymentView, tradeSentence, type PaymentInputs } from './payment-selectors';
import { monthPoints, type TradeMonth } from './trade-series';

function month(key: string, totalUsdBn: number, extra: Partial<TradeMonth> = {}): TradeMonth {
  return { id: `m-${key}`, month: key, totalUsdBn, sources: [`src-${key}`], confidence: 'confirmed', ...extra };
}

function event(id: string, date: string, extra: Partial<PaymentEvent> = {}): PaymentEvent {
  return {
    id,
    date,
    title: `Title ${id}`,
    detail: `Detail ${id}`,
    category: 'sanction',
    actors: ['OFAC'],
    sources: [`src-${id}`],
    confidence: 'confirmed',
    ...extra,
  };
}

const INPUTS: PaymentInputs = {
  months: [
    month('2024-01', 20),
    month('2024-02', 20, { confidence: 'derived', method: 'm' }),
    month('2024-04', 15),
    month('2024-05', 18),
  ],
  events: [
    event('eo', '2023-12-22'),
    event('halt', '2024-03', { category: 'bank-action', actors: ['Ping An Bank'] }),
    event('barter', '2024-08', { category: 'workaround' }),
  ],
  annual: [{ id: 'y2024', year: 2024, totalUsdBn: 200, basis: 'GACC', sources: ['src-y'], confidence: 'confirmed' }],
  periods: [],
  yuan: [
    {
      id: 'y1',
      date: '2024-02',
      metric: 'export-share',
      label: 'Yuan share of exports',
      valuePct: 30,
      scope: 'Russia, all partners',
      sources: ['src-yuan'],
      confidence: 'confirmed',
    },
  ],
  keyEvents: [],
};

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, to: '2026-01', ...patch });

describe('selectPaymentView', () => {
  it.each([
    {
      name: 'whole range',
      patch: {},
      shown: 36,
      events: ['eo', 'halt', 'barter'],
      rows: 36,
      summary:
        /^Trade fell 25% from Feb 2024 to Apr 2024 \(no figure for Mar 2024; Feb 2024 is derived\)\. .*; 32 months without a figure, 1 derived or approximate\. 3 payment events in the window\.$/,
    },
    {
      name: 'spring 2024',
      patch: { from: '2024-02', to: '2024-04' },
      shown: 3,
      events: ['halt'],
      rows: 3,
      summary: /fell 25% .*1 payment event in the window/,
    },
    {
      name: 'search narrows events only',
      patch: { search: 'ping an' },
      shown: 36,
      events: ['halt'],
      rows: 36,
      summary: /1 payment event/,
    },
    {
      name: 'window before the data',
      patch: { from: '2019-01', to: '2019-12' },
      shown: 0,
      events: [],
      rows: 0,
      summary: /No monthly trade figure in this window\. 0 payment events/,
    },
  ])('$name', ({ patch, shown, events, rows, summary }) => {
    const view = selectPaymentView(INPUTS, filters(patch));
    expect(view.shown).toHaveLength(shown);
    expect(view.events.map((e) => e.id)).toEqual(events);
    expect(view.table.rows).toHaveLength(rows);
    expect(selectPaymentFrame(INPUTS, filters(patch)).summary).toMatch(summary);
  });

  it('keeps the whole axis (from 2022 at the latest) for the brush and gives the window as indices into it', () => {
    const view = selectPaymentView(INPUTS, filters({ from: '2024-03', to: '2024-06' }));
    expect(view.axis).toHaveLength(36);
    expect([view.axis[0]?.month, view.axis[35]?.month]).toEqual(['2022-01', '2024-12']);
    expect(view.window).toEqual({ start: 26, end: 29 });
  });

  it('lists a missing month in the table as missing, and a derived one with its method', () => {
    const rows = selectPaymentView(INPUTS, filters({ from: '2024-02', to: '2024-03' })).table.rows;
    expect(rows).toEqual([
      expect.objectContaining({ month: 'Feb 2024', total: 20, confidence: 'derived', method: 'm' }),
      expect.objectContaining({
        month: 'Mar 2024',
        total: null,
        exports: null,
        confidence: 'not sourced',
        sources: null,
      }),
    ]);
  });

  it.each([
    { patch: { from: '2019-01', to: '2019-12' }, empty: true },
    { patch: { from: '2024-03', to: '2024-03' }, empty: false },
  ])('empty reason only when nothing at all is in $patch.from…$patch.to', ({ patch, empty }) => {
    expect(selectPaymentFrame(INPUTS, filters(patch)).emptyReason !== null).toBe(empty);
  });

  it('cites the sources of the months, events, years and shares shown', () => {
    const ids = new Set(selectPaymentFrame(INPUTS, filters({ from: '2024-01', to: '2024-03' })).sourceIds);
    expect([...ids].sort()).toEqual(['src-2024-01', 'src-2024-02', 'src-halt', 'src-y', 'src-yuan']);
  });
});

describe('selectPaymentFrame (computed at once on a filter change; the view follows deferred)', () => {
  it.each([{}, { from: '2024-02', to: '2024-04' }, { search: 'ping an' }, { from: '2019-01', to: '2019-12' }])(
    'gives the sliders the window the view draws, for %j',
    (patch) => {
      const { axis, window } = selectPaymentView(INPUTS, filters(patch));
      expect(selectPaymentFrame(INPUTS, filters(patch))).toMatchObject({ axis, window });
    },
  );
});

describe('tradeSentence', () => {
  const axis = ['2024-01', '2024-02', '2024-03'];
  it.each([
    {
      records: [month('2024-01', 10), month('2024-02', 12), month('2024-03', 15)],
      expected:
        'No month-on-month fall in the window. Monthly total US$10 bn in Jan 2024, US$15 bn in Mar 2024 (+50%).',
    },
    {
      records: [month('2024-02', 8)],
      expected: 'One month with a figure: US$8 bn in Feb 2024; 2 months without a figure.',
    },
    {
      records: [month('2024-01', 10), month('2024-03', 9, { confidence: 'derived', method: 'x' })],
      expected:
        'Trade fell 10% from Jan 2024 to Mar 2024 (no figure for Feb 2024; Mar 2024 is derived). Monthly total US$10 bn in Jan 2024, US$9 bn in Mar 2024 (−10%); 1 month without a figure, 1 derived or approximate.',
    },
    { records: [], expected: 'No monthly trade figure in this window.' },
  ])('$expected', ({ records, expected }) => {
    expect(tradeSentence(monthPoints(axis, records))).toBe(expected);
  });
});

describe('placeEvents', () => {
  it('draws an event at its first month, clamped into the months shown, and stacks events of one month', () => {
    const placed = placeEvents(
      [
        event('a', '2023-11', { endDate: '2024-02' }),
        event('b', '2024-01-05'),
        event('c', '2024-01'),
        event('d', '2024-07'),
      ],
      { from: '2024-01', to: '2024-06' },
    );
    expect(placed.map((p) => [p.event.id, p.month, p.stack, p.dateLabel])).toEqual([
      ['a', '2024-01', 0, 'Nov 2023 – Feb 2024'],
      ['b', '2024-01', 1, '5 Jan 2024'],
      ['c', '2024-01', 2, 'Jan 2024'],
      ['d', '2024-06', 0, 'Jul 2024'],
    ]);
  });

  it('counts events per category, including categories with none', () => {
    expect(countByCategory(INPUTS.events)).toEqual({
      sanction: 1,
      'bank-action': 1,
      workaround: 1,
      statement: 0,
      'trade-data': 0,
    });
  });
});
