import { describe, expect, test } from 'vitest';
import { buildPlace, buildProject, buildSource, file, filters } from './overview-builders';
import { crossingsFigure, projectsFigure } from './count-figures';

describe('projects: operating, under construction and troubled among those the filters let through', () => {
  const projects = file(
    [
      buildProject('a', 'operating', { sector: 'mining' }),
      buildProject('b', 'operating'),
      buildProject('c', 'under-construction'),
      buildProject('d', 'suspended'),
      buildProject('e', 'cancelled', { sector: 'mining' }),
      buildProject('f', 'stalled'),
      buildProject('g', 'completed'),
      buildProject('h', 'announced', { sector: 'mining' }),
    ],
    '2026-02',
  );

  test('every project, with the statuses this build does not know yet counted among them', () => {
    expect(projectsFigure(projects, filters())).toMatchObject({
      value: '2',
      unit: 'operating',
      detail: '1 under construction · 3 troubled · of 8 projects',
      period: 'as of Feb 2026',
      confidence: 'derived',
    });
  });

  test('the Sector and Status filters change the counts', () => {
    expect(projectsFigure(projects, filters({ sectors: ['mining'] })).detail).toBe(
      '0 under construction · 1 troubled · of 3 projects',
    );
    const operatingOnly = projectsFigure(projects, filters({ statuses: ['operating'] }));
    expect(operatingOnly).toMatchObject({ value: '2', detail: '0 under construction · 0 troubled · of 2 projects' });
    expect(operatingOnly.sourceIds).toEqual(['src-a', 'src-b']);
  });

  test('the deal-type filter applies once filters and records carry it', () => {
    const typed = file([
      buildProject('a', 'operating', { dealType: 'loan' } as object),
      buildProject('b', 'cancelled', { dealType: 'equity' } as object),
    ]);
    const withDealTypes = { ...filters(), dealTypes: ['equity'] };
    expect(projectsFigure(typed, withDealTypes)).toMatchObject({
      value: '0',
      detail: '0 under construction · 1 troubled · of 1 project',
    });
  });

  test('no project in the selection is a count of zero, said in words; a failed file is not a zero', () => {
    expect(projectsFigure(projects, filters({ search: 'nothing like this' }))).toMatchObject({
      value: '0',
      detail: 'no project matches the filters',
    });
    expect(projectsFigure('failed', filters())).toMatchObject({
      value: null,
      missing: 'not available (data file failed to load)',
    });
  });
});

describe('crossings operating (the map rule: sector does not apply)', () => {
  const places = file(
    [
      buildPlace('a', 'operating', { opened: '1990', sources: ['src-a', 'src-good'] }),
      buildPlace('b', 'operating', { opened: '2020-05', regions: ['primorsky-krai'], sources: ['src-good'] }),
      buildPlace('c', 'closed'),
      buildPlace('d', 'under-construction'),
      buildPlace('e', 'operating', { kind: 'city' }),
    ],
    '2026-02-15',
  );
  const sources = [
    buildSource('src-a', { publisher: 'a.example', tier: 'aggregator' }),
    buildSource('src-good', { publisher: 'TASS' }),
  ];

  test('counts crossings only, dated by the file, linking the source most of them rest on', () => {
    expect(crossingsFigure(places, filters({ sectors: ['mining'] }), sources)).toMatchObject({
      value: '2',
      detail: 'of 4 crossings · 1 under construction',
      period: 'as of 15 Feb 2026',
      scope: 'Follows the filters except Sector',
      source: { text: 'TASS' },
    });
  });

  test('a crossing opened after the window is left out; one with no opening date is kept', () => {
    expect(crossingsFigure(places, filters({ to: '2019-12' }))).toMatchObject({
      value: '1',
      detail: 'of 3 crossings · 1 under construction',
    });
    expect(crossingsFigure(places, filters({ regions: ['primorsky-krai'] })).detail).toBe('of 1 crossing');
  });
});
