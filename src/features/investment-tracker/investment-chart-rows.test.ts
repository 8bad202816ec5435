import { describe, expect, it } from 'vitest';
import { countRows, countTitle, yearRows, yearTitle } from './investment-chart-rows';

const bars = [
  { id: 'energy', label: 'Energy', count: 12, selected: false, sourceIds: ['a', 'b'] },
  { id: 'mining', label: 'Mining', count: 3, selected: false, sourceIds: ['c'] },
];

describe('investment chart rows', () => {
  it('one numeric row per bar, with the sources of the projects counted', () => {
    expect(countRows(bars).map((r) => [r.category, r.value, r.unit, r.sourceIds.join(' ')])).toEqual([
      ['Energy', 12, 'projects', 'a b'],
      ['Mining', 3, 'projects', 'c'],
    ]);
    expect(countTitle('sector', bars)).toBe('Energy has the most projects by sector: 12');
  });
  it('years as dates, and the peak year in the title', () => {
    const view = {
      data: [
        { year: '2015', count: 20, sourceIds: ['s1', 's2'] },
        { year: '2016', count: 15, sourceIds: ['s3'] },
      ],
      annotations: [],
      undated: 0,
    };
    expect(yearRows(view).map((r) => [r.date, r.value, r.sourceIds])).toEqual([
      ['2015', 20, ['s1', 's2']],
      ['2016', 15, ['s3']],
    ]);
    expect(yearTitle(view)).toBe('Project starts peaked in 2015, with 20 first milestones');
  });
});
