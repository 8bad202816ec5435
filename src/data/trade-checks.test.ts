// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkCrossReferences, type DataFiles } from './cross-references';

const sources = {
  records: [
    { id: 'tass', tier: 'outlet' },
    { id: 'farm', tier: 'aggregator' },
  ],
};
const month = (m: string, patch: Record<string, unknown> = {}) => ({
  id: `m-${m}`,
  month: m,
  sources: ['tass'],
  ...patch,
});
const period = (id: string, from: string, to: string, patch: Record<string, unknown> = {}) => ({
  id,
  kind: 'combined-months',
  from,
  to,
  sources: ['tass'],
  ...patch,
});

function check(files: DataFiles) {
  return checkCrossReferences({ sources, ...files }).map((p) => `${p.file} › ${p.recordId} › ${p.field}: ${p.message}`);
}

describe('trade series checks', () => {
  it('accepts single months and combined periods that count each month once', () => {
    expect(
      check({
        'trade-monthly': { records: [month('2024-03'), month('2024-05')] },
        'trade-periods': {
          records: [
            period('jf', '2024-01', '2024-02'),
            { ...period('ytd', '2024-01', '2024-05'), kind: 'year-to-date' },
          ],
        },
      }),
    ).toEqual([]);
  });

  it.each<[string, DataFiles, string]>([
    [
      'a combined period over a single month',
      {
        'trade-monthly': { records: [month('2024-02')] },
        'trade-periods': { records: [period('jf', '2024-01', '2024-02')] },
      },
      'trade-periods.json › jf › from: combined months overlap trade-monthly.json › m-2024-02 in 2024-02 (a month is counted once)',
    ],
    [
      'two combined periods that overlap',
      { 'trade-periods': { records: [period('a', '2024-09', '2024-11'), period('b', '2024-11', '2024-12')] } },
      'trade-periods.json › b › from: combined months overlap trade-periods.json › a in 2024-11 (a month is counted once)',
    ],
    [
      'a month citing an aggregator without the flag',
      { 'trade-monthly': { records: [month('2025-04', { sources: ['farm', 'tass'] })] } },
      'trade-monthly.json › m-2025-04 › flags: cites the aggregator page farm: add the flag "aggregator-source"',
    ],
    [
      'a flag without an aggregator source',
      { 'trade-annual': { records: [{ id: 'y', sources: ['tass'], flags: ['aggregator-source'] }] } },
      'trade-annual.json › y › flags: is flagged "aggregator-source" but cites no source of tier aggregator',
    ],
  ])('reports %s', (_, files, expected) => {
    expect(check(files)).toEqual([expected]);
  });

  it('accepts a flagged figure that cites an aggregator page', () => {
    expect(
      check({
        'trade-periods': {
          records: [period('ma', '2026-03', '2026-04', { sources: ['farm'], flags: ['aggregator-source'] })],
        },
      }),
    ).toEqual([]);
  });
});
