import { describe, expect, it } from 'vitest';
import { funnelTable, selectFunnel, selectTroubled, stageValuesText } from './funnel-selectors';
import { buildValue, buildProject } from './investment-builders';

const projects = [
  buildProject({ id: 'a', status: 'operating', value: buildValue({ low: 10 }) }),
  buildProject({ id: 'b', status: 'operating', value: buildValue({ low: 19, currency: 'RUB' }) }),
  buildProject({ id: 'c', status: 'operating', value: null }),
  buildProject({ id: 'd', status: 'cancelled', value: buildValue({ low: 37 }) }),
  buildProject({ id: 'e', status: 'announced' }),
];

describe('selectFunnel', () => {
  const stages = selectFunnel(projects, ['operating']);

  it('lists every status in funnel order, exits last', () => {
    expect(stages.map((s) => [s.status, s.count, s.offPath])).toEqual([
      ['announced', 1, false],
      ['agreed', 0, false],
      ['under-construction', 0, false],
      ['operating', 3, false],
      ['completed', 0, false],
      ['suspended', 0, true],
      ['stalled', 0, true],
      ['cancelled', 1, true],
    ]);
  });

  it.each([
    [
      'operating',
      true,
      1,
      'US$10 bn (1 project); ₽19 bn (1 project) · US$ total: US$10 bn (1 of 3 projects have a US$ value)',
      1,
    ],
    ['cancelled', false, 1 / 3, 'US$37 bn (1 project)', 1],
    ['agreed', false, 0, 'no value sourced', 0],
  ])('%s: selected %s, share %s, values "%s", %s with US$', (status, selected, share, values, usdCount) => {
    const stage = stages.find((s) => s.status === status);
    expect(stage?.selected).toBe(selected);
    expect(stage?.share).toBeCloseTo(share);
    expect(stage && stageValuesText(stage)).toBe(values);
    expect(stage?.usd.count).toBe(usdCount);
  });

  it('never adds RUB to US$: the table says how many projects have a US$ value', () => {
    const row = funnelTable(stages).rows.find((r) => r.id === 'operating');
    expect(row).toMatchObject({ status: 'Operating', count: 3, usd: 'US$10 bn (1 of 3 projects have a US$ value)' });
  });
});

describe('selectTroubled', () => {
  const mixed = [
    ...projects,
    buildProject({ id: 'f', status: 'stalled', value: buildValue({ low: 2, high: 3 }) }),
    buildProject({ id: 'g', status: 'suspended' }),
  ];

  it('groups suspended, stalled and cancelled, with their values', () => {
    const troubled = selectTroubled(mixed, []);
    expect(troubled).toMatchObject({ count: 3, selected: false });
    expect(troubled.label).toBe('Troubled (suspended, stalled, cancelled)');
    expect(stageValuesText(troubled)).toBe('US$39–40 bn (2 projects)');
  });

  it('is selected only when the status filter is exactly the troubled statuses', () => {
    expect(selectTroubled(mixed, ['cancelled', 'stalled', 'suspended']).selected).toBe(true);
    expect(selectTroubled(mixed, ['cancelled', 'stalled']).selected).toBe(false);
    expect(selectTroubled(mixed, ['cancelled', 'stalled', 'suspended', 'operating']).selected).toBe(false);
  });

  it('adds a "together" row to the status table', () => {
    const rows = funnelTable(selectFunnel(mixed, []), selectTroubled(mixed, [])).rows;
    expect(rows.at(-1)).toMatchObject({ id: 'troubled', count: 3 });
  });
});
