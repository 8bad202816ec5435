import { describe, expect, it } from 'vitest';
import { realDataset } from '@/testing/real-data';
import { DEFAULT_FILTERS, type Filters } from '@/domain/view-state';
import { buildAggregate, buildEvent, buildMoney, buildProject, buildSource, buildValue } from './investment-builders';
import { filterProjects } from './investment-selectors';
import { selectDetail, selectInvestmentFrame, selectInvestmentView, type InvestmentInput } from './investment-view';
import { DEFAULT_SORT } from './project-rows';

const input: InvestmentInput = {
  projects: [
    buildProject({
      id: 'a',
      name: { en: 'A' },
      status: 'operating',
      value: buildValue({ low: 2 }),
      dates: { started: '2016' },
    }),
    buildProject({
      id: 'b',
      name: { en: 'B' },
      status: 'operating',
      value: buildValue({ low: 5, currency: 'RUB' }),
      dates: { started: '2019' },
      sector: 'transport',
      dealType: 'loan',
    }),
    buildProject({
      id: 'c',
      name: { en: 'C' },
      status: 'under-construction',
      dates: { started: '2020' },
      location: { lat: 50, lon: 127, confidence: 'approximate', sources: ['loc'] },
    }),
  ],
  aggregates: [
    buildAggregate({ id: 'pledge', date: '2022-09' }),
    buildAggregate({
      id: 'real',
      kind: 'realised',
      label: 'Invested',
      date: '2023-11',
      value: buildMoney({ amount: 820, currency: 'RUB' }),
      projectCount: 49,
    }),
  ],
  sectors: [
    { id: 'energy', label: 'Energy' },
    { id: 'transport', label: 'Transport' },
  ],
  regions: [],
  events: [buildEvent()],
  sources: [buildSource()],
};
const f = (o: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...o });

describe('selectInvestmentFrame: summary', () => {
  it.each([
    [
      'everything',
      f({}),
      '3 projects of 3 match; 2 operating, 0 completed, 1 under construction, 0 announced or agreed, ' +
        '0 troubled (suspended, stalled or cancelled). US$ value by deal type, never added across types: ' +
        'Equity investment: US$2 bn (1 of 2 projects have a US$ value); ' +
        'Loan or credit line: no US$ value (0 of 1 projects have one). 1 project without a value. ' +
        'Newest statements: realised ₽820 bn in 49 projects (Nov 2023); pledged or planned ~US$160 bn in 79 projects (Sep 2022).',
    ],
    [
      'one sector, a window before the statements',
      f({ sectors: ['transport'], to: '2019-12' }),
      '1 project of 3 match; 1 operating, 0 completed, 0 under construction, 0 announced or agreed, ' +
        '0 troubled (suspended, stalled or cancelled). US$ value by deal type, never added across types: ' +
        'Loan or credit line: no US$ value (0 of 1 projects have one).',
    ],
    ['nothing', f({ search: 'zzz' }), 'No projects match the filters (of 3).'],
  ])('%s', (_name, filters, summary) => expect(selectInvestmentFrame(input, filters).summary).toBe(summary));

  it('gives an empty reason only when no project matches', () => {
    expect(selectInvestmentFrame(input, f({ search: 'zzz' })).emptyReason).toMatch(/no investment projects/);
    expect(selectInvestmentFrame(input, f({})).emptyReason).toBeNull();
  });

  it('draws the cross-filter charts from all but their own dimension, and highlights the selection', () => {
    const view = selectInvestmentView(input, f({ sectors: ['transport'] }), DEFAULT_SORT);
    expect(view.rows.map((r) => r.id)).toEqual(['b']);
    expect(view.bySector.map((b) => [b.label, b.count, b.selected])).toEqual([
      ['Energy', 2, false],
      ['Transport', 1, true],
    ]);
    expect(view.funnel.find((s) => s.status === 'operating')?.count).toBe(1);
  });
});

describe('selectDetail', () => {
  const view = selectInvestmentView(input, f({}), DEFAULT_SORT);
  it.each([
    ['nothing selected', null, null],
    ['an unknown id', 'zzz', null],
    ['a shown project, with its location source listed too', 'c', ['src-a', 'loc']],
  ])('%s', (_name, id, sourceIds) => {
    const detail = selectDetail(view, input.projects, id);
    expect(detail?.sources.map((s) => s.id) ?? null).toEqual(sourceIds);
  });

  it('is null when the filters hide the selected project', () => {
    const narrowed = selectInvestmentView(input, f({ statuses: ['operating'] }), DEFAULT_SORT);
    expect(selectDetail(narrowed, input.projects, 'c')).toBeNull();
  });

  it('says what is missing instead of hiding it', () => {
    const facts = selectDetail(view, input.projects, 'c')?.facts ?? [];
    expect(facts.find((x) => x.term === 'Value (original currency)')?.value).toBeNull();
    expect(facts.find((x) => x.term === 'Location')?.value).toBe('50, 127 (approximate position)');
  });
});

describe('on the real data files', () => {
  const real: InvestmentInput = {
    projects: realDataset('projects').records,
    aggregates: realDataset('aggregates').records,
    sectors: realDataset('sectors').records,
    regions: realDataset('regions').records,
    events: realDataset('events').records,
    sources: realDataset('sources').records,
  };

  it.each([
    f({}),
    f({ to: '2019-12' }),
    f({ statuses: ['operating'] }),
    f({ sectors: [real.projects[0]?.sector ?? ''] }),
  ])('the CSV table has exactly the filtered projects, and every sector and region bar is labelled (%o)', (filters) => {
    const view = selectInvestmentView(real, filters, DEFAULT_SORT);
    expect(view.table.rows.map((r) => r.id).sort()).toEqual(
      filterProjects(real.projects, filters)
        .map((p) => p.id)
        .sort(),
    );
    for (const bar of [...view.bySector, ...view.byRegion, ...view.byDealType]) expect(bar.label).not.toBe(bar.id);
  });

  it('each value chart accounts for every project shown: with a US$ value, only in another currency, or without', () => {
    const view = selectInvestmentView(real, f({}), DEFAULT_SORT);
    for (const breakdown of [view.valueByDealType, view.valueBySector]) {
      for (const g of breakdown.all) {
        const other = g.notInUsd.reduce((n, s) => n + s.count, 0);
        expect(g.usd.count + other + g.withoutValue).toBe(g.count);
      }
      expect(breakdown.all.reduce((n, g) => n + g.count, 0)).toBe(view.rows.length);
    }
    // The drawn bars are few enough to read; "Other" gathers the rest.
    expect(view.valueBySector.bars.length).toBeLessThanOrEqual(11);
    expect(view.bySector.length).toBeLessThanOrEqual(11);
  });

  it('every project and statement cites sources that exist in sources.json', () => {
    const view = selectInvestmentView(real, f({}), DEFAULT_SORT);
    const refs = [
      ...view.rows.flatMap((r) => r.sources),
      ...view.headline.pledged.flatMap((h) => h.sources),
      ...view.headline.realised.flatMap((h) => h.sources),
    ];
    expect(refs.filter((s) => s.publisher === null).map((s) => s.id)).toEqual([]);
  });
});
