import { describe, expect, it } from 'vitest';
import { headlineTable, selectHeadline } from './headline-selectors';
import { buildAggregate, buildMoney, buildSource } from './investment-builders';
import { sourcesById } from '@/data/source-index';

const sources = sourcesById([
  buildSource(),
  buildSource({ id: 'seed-article', title: 'Seed article', publisher: 'Seed', url: null, note: 'no URL known' }),
]);
const WHOLE = { from: '2014-01', to: '2026-12' };

const portfolio = buildAggregate({
  id: 'portfolio-2022',
  speaker: 'Zinovyev',
  articleClaim: {
    wording: 'more than US$160 bn in 79 projects in March 2023',
    correction: 'the 79-project figure is from Sept 2022',
  },
  sources: ['src-a', 'seed-article'],
});
const realised = buildAggregate({
  id: 'far-east-2023',
  kind: 'realised',
  label: 'Invested in the Far East',
  scope: 'Far East',
  date: '2023-11',
  endDate: '2024-07',
  projectCount: 49,
  value: buildMoney({
    amount: 820,
    currency: 'RUB',
    qualifier: 'about',
    usd: { amountBn: 9, rate: 90, rateUnit: 'RUB per USD', rateDate: '2023-12', method: 'divided', sources: ['cbr'] },
  }),
});
const crossings = buildAggregate({ id: 'ports', topic: 'crossings', kind: 'count', projectCount: 19, value: null });
const newer = buildAggregate({
  id: 'far-east-2025',
  kind: 'in-preparation',
  date: '2025-03',
  projectCount: 58,
  countQualifier: undefined,
});

describe('selectHeadline', () => {
  it.each([
    [
      'whole window: investment only, split and newest first',
      WHOLE,
      ['far-east-2025', 'portfolio-2022'],
      ['far-east-2023'],
    ],
    ['a window ending in 2022 keeps only the portfolio', { from: '2014-01', to: '2022-12' }, ['portfolio-2022'], []],
    [
      'a statement known only within a span overlaps a window inside it',
      { from: '2024-03', to: '2024-04' },
      [],
      ['far-east-2023'],
    ],
  ])('%s', (_name, window, pledged, realisedIds) => {
    const view = selectHeadline([portfolio, realised, crossings, newer], window, sources);
    expect(view.pledged.map((h) => h.id)).toEqual(pledged);
    expect(view.realised.map((h) => h.id)).toEqual(realisedIds);
  });

  it('keeps the original currency, states the conversion, the date span, the count and the sources', () => {
    const [item] = selectHeadline([realised], WHOLE, sources).realised;
    expect(item).toMatchObject({
      amount: '~₽820 bn',
      conversion: '≈ US$9 bn at 90 RUB per USD (rate of Dec 2023)',
      date: 'Nov 2023 – Jul 2024',
      projects: '49 projects',
      speaker: null,
    });
    // The conversion's own source is listed too; an id missing from sources.json is kept, not dropped.
    expect(item?.sources.map((s) => [s.id, s.href])).toEqual([
      ['src-a', 'https://tass.com/a'],
      ['cbr', null],
    ]);
  });

  it('shows the seed article claim with its correction, and the seed article without a link', () => {
    const [item] = selectHeadline([portfolio], WHOLE, sources).pledged;
    expect(item?.articleClaim).toEqual({
      wording: 'more than US$160 bn in 79 projects in March 2023',
      correction: 'the 79-project figure is from Sept 2022',
    });
    expect(item?.sources[1]).toMatchObject({ id: 'seed-article', href: null });
    expect(item?.amount).toBe('~US$160 bn');
    expect(item?.conversion).toBeNull();
  });

  it('builds a table with one row per statement and the claim written out', () => {
    const table = headlineTable(selectHeadline([portfolio, realised], WHOLE, sources));
    expect(table.rows.map((r) => r.id)).toEqual(['portfolio-2022', 'far-east-2023']);
    expect(table.rows[0]?.articleClaim).toMatch(/^Article said: .* — corrected: /);
    expect(table.rows[0]?.sources).toBe('https://tass.com/a seed-article');
  });
});
