import { expect, test } from 'vitest';
import { buildFlow, buildProject, buildSource, buildYear, file, filters } from './overview-builders';
import { selectOverview, type OverviewInputs } from './overview-selectors';

const inputs: OverviewInputs = {
  sources: file([buildSource('src-y', { publisher: 'TASS' })]),
  'trade-monthly': file([]),
  'trade-periods': file([]),
  'trade-annual': file([buildYear(2025, 228.105, { yoyPct: -6.9 })]),
  'gas-flows': 'failed',
  'gas-routes': file([]),
  'yuan-share': 'loading',
  projects: file([buildProject('a', 'operating')]),
  places: file([]),
};

test('five figures in reading order; a file loading or failed is said in words, an empty file counts zero', () => {
  const figures = selectOverview(inputs, filters());
  expect(figures.map((f) => [f.id, f.value, f.missing])).toEqual([
    ['trade', '228.1', null],
    ['pos1', null, 'not available (data file failed to load)'],
    ['settlements', null, 'loading…'],
    ['projects', '1', null],
    ['crossings', '0', null],
  ]);
  expect(figures[0]?.source?.text).toBe('TASS');
  expect(figures[4]?.detail).toBe('no crossing matches the filters');
});

test('the latest figures follow the window end; the counts follow the other filters', () => {
  const withFlows = { ...inputs, 'gas-flows': file([buildFlow(2024, 31.12)]) };
  const early = selectOverview(withFlows, filters({ to: '2024-12', sectors: ['mining'] }));
  expect(early.map((f) => f.value)).toEqual([null, '31.1', null, '0', '0']);
});
