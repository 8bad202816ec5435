import { describe, expect, it } from 'vitest';
import { buildValue, buildProject, buildSource } from './investment-builders';
import type { Labels } from './investment-selectors';
import { projectTable, sortRows, toRow, type SortState } from './project-rows';
import { sourcesById } from '@/data/source-index';

const labels: Labels = {
  sectors: { lng: 'LNG', transport: 'Transport' },
  regions: { amur: 'Amur Oblast', heilongjiang: 'Heilongjiang' },
};
const sources = sourcesById([buildSource(), buildSource({ id: 'bad', url: 'javascript:alert(1)', publisher: 'Bad' })]);
const projects = [
  buildProject({
    id: 'bridge',
    name: { en: 'Bridge' },
    sector: 'transport',
    status: 'operating',
    regions: ['amur', 'heilongjiang'],
    dates: { started: '2016-12' },
    value: buildValue({ low: 19, currency: 'RUB' }),
  }),
  buildProject({
    id: 'gcc',
    name: { en: 'Amur GCC' },
    status: 'under-construction',
    dates: { started: '2020-09' },
    value: buildValue({ low: 10, high: 11 }),
  }),
  buildProject({
    id: 'fund',
    name: { en: 'Agro fund' },
    sector: 'lng',
    dates: {},
    statusAsOf: null,
    value: buildValue({
      low: 80,
      currency: 'RUB',
      usd: {
        lowBn: 1.25,
        highBn: 1.25,
        rate: 64,
        rateUnit: 'RUB per USD',
        rateDate: '2016-09',
        method: 'm',
        sources: ['src-a'],
      },
    }),
    sources: ['src-a', 'bad'],
  }),
  buildProject({
    id: 'port',
    name: { en: 'Port' },
    status: 'operating',
    dates: { completed: '2019' },
    value: buildValue({ low: 141, unit: 'm' }),
  }),
];
const rows = projects.map((p) => toRow(p, labels, sources));
const order = (sort: SortState) => sortRows(projects, rows, sort).map((r) => r.id);

describe('sortRows', () => {
  it.each([
    [{ key: 'name', dir: 'ascending' }, ['fund', 'gcc', 'bridge', 'port']],
    [{ key: 'name', dir: 'descending' }, ['port', 'bridge', 'gcc', 'fund']],
    [{ key: 'status', dir: 'ascending' }, ['fund', 'gcc', 'bridge', 'port']],
    // Value sorts by US$ (native or the record's own conversion); RUB without one sorts last either way.
    [{ key: 'value', dir: 'descending' }, ['gcc', 'fund', 'port', 'bridge']],
    [{ key: 'value', dir: 'ascending' }, ['port', 'fund', 'gcc', 'bridge']],
    // Undated projects sort last in both directions.
    [{ key: 'first', dir: 'ascending' }, ['bridge', 'port', 'gcc', 'fund']],
    [{ key: 'first', dir: 'descending' }, ['gcc', 'port', 'bridge', 'fund']],
    // 'energy' has no label and shows as its id.
    [{ key: 'sector', dir: 'ascending' }, ['gcc', 'port', 'fund', 'bridge']],
  ] satisfies [SortState, string[]][])('%o', (sort, expected) => expect(order(sort)).toEqual(expected));
});

describe('toRow', () => {
  it('labels ids, keeps the original amount, states a conversion, and never links a non-http source', () => {
    const fund = rows.find((r) => r.id === 'fund');
    expect(fund).toMatchObject({
      sector: 'LNG',
      value: '₽80 bn (investment)',
      conversion: '≈ US$1.25 bn at 64 RUB per USD (rate of Sep 2016)',
      first: null,
      statusText: 'Announced',
    });
    expect(fund?.sources.map((s) => s.href)).toEqual(['https://tass.com/a', null]);
    expect(rows.find((r) => r.id === 'bridge')).toMatchObject({
      regions: 'Amur Oblast, Heilongjiang',
      statusText: 'Operating (as of 2024)',
      value: '₽19 bn (investment)',
      conversion: null,
    });
  });
});

describe('projectTable', () => {
  it('has one row per project in the order given, with sources as URLs (or ids without one)', () => {
    const table = projectTable(sortRows(projects, rows, { key: 'name', dir: 'ascending' }));
    expect(table.rows.map((r) => r.name)).toEqual(['Agro fund', 'Amur GCC', 'Bridge', 'Port']);
    expect(table.rows[0]?.sources).toBe('https://tass.com/a bad');
    expect(table.columns.map((c) => c.key)).toContain('conversion');
  });
});
