import { describe, expect, it } from 'vitest';
import { tradeDotMarks } from './trade-dot-marks';
import type { MonthPoint } from './trade-series';

const point = (month: string, total: number | null, flagged = false): MonthPoint => ({
  month: month as MonthPoint['month'],
  label: month,
  total,
  exports: null,
  imports: null,
  flagged,
  confidence: flagged ? 'derived' : 'confirmed',
  method: null,
  sources: ['gacc'],
  alternatives: [],
  flags: [],
  period: null,
});

// 2024-01..03 a run of reported months; 2024-05 alone between gaps; 2024-07 derived inside a run.
const axis = [
  point('2024-01', 20),
  point('2024-02', 21),
  point('2024-03', 22),
  point('2024-04', null),
  point('2024-05', 19),
  point('2024-06', null),
  point('2024-07', 18, true),
  point('2024-08', 18),
];

const marked = (start: number, end: number) =>
  tradeDotMarks(axis, { start, end }, ['total', 'exports']).map((m) => `${m.month}${m.flagged ? ' derived' : ''}`);

describe('trade line marks', () => {
  it('marks derived months and months with no reported neighbour, not months the line shows', () => {
    expect(marked(0, 7)).toEqual(['2024-05', '2024-07 derived']);
  });
  it('judges neighbours within the window: a run cut by the window edge leaves a lone month marked', () => {
    expect(marked(2, 7)).toEqual(['2024-03', '2024-05', '2024-07 derived']);
  });
  it('marks nothing for a series without figures', () => {
    expect(tradeDotMarks(axis, { start: 0, end: 7 }, ['exports'])).toEqual([]);
  });
});
