import { describe, expect, it } from 'vitest';
import { barTable, selectByRegion, selectBySector, selectByYear, yearTable } from './breakdown-selectors';
import { buildProject } from './investment-builders';
import type { Labels } from './investment-selectors';

const labels: Labels = {
  sectors: { transport: 'Transport', lng: 'LNG' },
  regions: { amur: 'Amur Oblast', heilongjiang: 'Heilongjiang' },
};
const projects = [
  buildProject({ id: 'a', sector: 'transport', regions: ['amur', 'heilongjiang'], dates: { started: '2016-12' } }),
  buildProject({ id: 'b', sector: 'transport', regions: ['amur'], dates: { announced: '2019', started: '2020' } }),
  buildProject({ id: 'c', sector: 'lng', regions: ['yamal'], dates: {} }),
];
const annotation = (year: number, label: string) => ({
  id: label,
  month: `${year}-01`,
  year,
  label,
  detail: '',
  sources: [],
});

describe('selectBySector / selectByRegion', () => {
  it.each([
    [
      'sectors, largest first, labelled',
      selectBySector(projects, labels, []),
      [
        ['transport', 'Transport', 2, false],
        ['lng', 'LNG', 1, false],
      ],
    ],
    [
      'a selected sector with no projects keeps a bar',
      selectBySector(projects, labels, ['timber']),
      [
        ['transport', 'Transport', 2, false],
        ['lng', 'LNG', 1, false],
        ['timber', 'timber', 0, true],
      ],
    ],
    [
      'regions: a two-region project counts in both; an unknown id shows as itself',
      selectByRegion(projects, labels, ['amur']),
      [
        ['amur', 'Amur Oblast', 2, true],
        ['heilongjiang', 'Heilongjiang', 1, false],
        ['yamal', 'yamal', 1, false],
      ],
    ],
  ])('%s', (_name, bars, expected) => expect(bars.map((b) => [b.id, b.label, b.count, b.selected])).toEqual(expected));

  it('tabulates the bars', () => {
    expect(barTable('Projects by sector', 'Sector', selectBySector(projects, labels, ['lng'])).rows).toEqual([
      { id: 'transport', label: 'Transport', count: 2, selected: 'no' },
      { id: 'lng', label: 'LNG', count: 1, selected: 'yes' },
    ]);
  });
});

describe('selectByYear', () => {
  it.each([
    ['years of first milestone, gaps filled with 0', [], ['2016:1', '2017:0', '2018:0', '2019:1'], 1],
    [
      'the axis stretches to the key events',
      [annotation(2014, 'PoS-1 contract'), annotation(2022, 'Invasion')],
      ['2014:0', '2015:0', '2016:1', '2017:0', '2018:0', '2019:1', '2020:0', '2021:0', '2022:0'],
      1,
    ],
  ])('%s', (_name, annotations, expected, undated) => {
    const view = selectByYear(projects, annotations);
    expect(view.data.map((d) => `${d.year}:${d.count}`)).toEqual(expected);
    expect(view.undated).toBe(undated);
  });

  it('joins two events of one year into one annotation, and the table lists them', () => {
    const view = selectByYear(projects, [annotation(2022, 'Invasion'), annotation(2022, 'Bridge opens')]);
    expect(view.annotations).toHaveLength(1);
    expect(view.annotations[0]?.label).toBe('Invasion · Bridge opens');
    expect(yearTable(view).rows.find((r) => r.year === '2022')?.events).toBe('Invasion · Bridge opens');
  });

  it('cites in each year the sources of the projects it counts, and none in a year without projects', () => {
    const cited = [
      buildProject({ id: 'x', dates: { signed: '2016-05' }, sources: ['tass-1', 'reuters-2'] }),
      buildProject({ id: 'y', dates: { announced: '2016' }, sources: ['reuters-2', 'rbc-3'] }),
      buildProject({ id: 'z', dates: { started: '2018' }, sources: ['kommersant-4'] }),
    ];
    expect(selectByYear(cited, []).data).toEqual([
      { year: '2016', count: 2, sourceIds: ['tass-1', 'reuters-2', 'rbc-3'] },
      { year: '2017', count: 0, sourceIds: [] },
      { year: '2018', count: 1, sourceIds: ['kommersant-4'] },
    ]);
  });

  it('is empty without projects or events', () => expect(selectByYear([], []).data).toEqual([]));
});
