import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '@/data/schemas/registry';
import { DEFAULT_FILTERS, type Filters } from '@/domain/view-state';
import { buildPlace, buildProject, buildSource } from './border-builders';
import { filterPlaces, filterProjects } from './border-filters';
import {
  DOM_MARKER_LIMIT,
  HEILONGJIANG_PORTS_AGGREGATE,
  selectBorderFrame,
  selectBorderView,
} from './border-selectors';
import { markerSvg, placeMarkerStyle, STATUS_COLORS } from './marker-style';
import { buildLookups, toPlaceView } from './place-view';

const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, from: '2014-01', to: '2026-01', ...over });

const alpha = buildPlace();
const undated = buildPlace({
  id: 'undated',
  name: { en: 'Undated ferry' },
  opened: null,
  status: 'closed',
  regions: ['jilin'],
  counterpart: undefined,
});
const future = buildPlace({
  id: 'future',
  name: { en: 'Future bridge', zh: '未来桥' },
  opened: '2027',
  status: 'planned',
  counterpart: { en: 'Kanikurgan' },
});
const places = [alpha, undated, future];

describe('filterPlaces', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filters: all that opened by the end of the window, undated kept', {}, ['alpha-port', 'undated']],
    ['a window ending before the opening hides the crossing', { to: '2009-12' }, ['undated']],
    ['a window reaching the opening year shows it', { to: '2027-01' }, ['alpha-port', 'undated', 'future']],
    ['status', { statuses: ['closed'] }, ['undated']],
    ['region: any of the place’s regions', { regions: ['amur-oblast'] }, ['alpha-port']],
    ['search in the Russian name', { search: 'альфа' }, ['alpha-port']],
    ['search in the Chinese name', { search: '未来', to: '2027-12' }, ['future']],
    ['search in the counterpart', { search: 'kanikurgan', to: '2027-12' }, ['future']],
    ['search with no match', { search: 'nowhere' }, []],
    ['sector does not apply to places', { sectors: ['mining'] }, ['alpha-port', 'undated']],
    ['deal type does not apply to places', { dealTypes: ['loan'] }, ['alpha-port', 'undated']],
  ])('%s', (_label, over, ids) => {
    expect(filterPlaces(places, f(over)).map((p) => p.id)).toEqual(ids);
  });
});

describe('filterProjects', () => {
  const located = buildProject();
  const unlocated = buildProject({ id: 'nowhere', location: null });
  it.each<[string, Partial<Filters>, string[]]>([
    ['only projects with coordinates', {}, ['gamma-plant']],
    ['sector applies to projects', { sectors: ['mining'] }, []],
    ['project status', { statuses: ['under-construction'] }, ['gamma-plant']],
    ['deal type applies to projects', { dealTypes: ['loan'] }, []],
    ['the project’s deal type', { dealTypes: ['equity', 'loan'] }, ['gamma-plant']],
    ['not yet started by the window end', { to: '2019-12' }, []],
    ['search in the Chinese party', { search: 'sinopec' }, ['gamma-plant']],
  ])('%s', (_label, over, ids) => {
    expect(filterProjects([located, unlocated], f(over)).map((p) => p.id)).toEqual(ids);
  });
});

describe('selectBorderView', () => {
  const aggregates: DatasetRecord<'aggregates'>[] = [
    {
      id: HEILONGJIANG_PORTS_AGGREGATE,
      topic: 'crossings',
      label: 'Ports facing Russia',
      kind: 'count',
      scope: 's',
      date: '2024-05-06',
      projectCount: 19,
      value: null,
      sources: ['src-a'],
      confidence: 'confirmed',
      note: 'No source names all of them.',
    },
    {
      id: 'other-count',
      topic: 'crossings',
      label: 'Other',
      kind: 'count',
      scope: 's',
      date: '2026-01',
      projectCount: 4,
      value: null,
      sources: ['src-a'],
      confidence: 'confirmed',
    },
  ];
  const view = selectBorderView(
    {
      places,
      projects: [buildProject()],
      sources: [buildSource(), buildSource({ id: 'src-b', url: 'javascript:alert(1)' })],
      aggregates,
    },
    f(),
    'gamma-plant',
  );

  it('counts crossings, the undated ones and the projects in the summary', () => {
    expect(selectBorderFrame({ places, projects: [buildProject()] }, f()).summary).toBe(
      '2 crossings shown (1 with no sourced opening date) and 0 other places; 0 at approximate locations, 0 not drawn (not even the town is known). 1 investment project with coordinates.',
    );
  });

  it('states the official port count from aggregates and how many places are flagged as candidates', () => {
    expect(view.portNote).toEqual({
      text: 'Ports facing Russia: 19 (6 May 2024); 3 named in our sources as candidates, at least 16 not named by any source.',
      detail: 'No source names all of them.',
    });
  });

  it('links only http(s) sources and keeps coordinate sources', () => {
    const sources = view.places.find((p) => p.id === 'alpha-port')?.sources;
    expect(sources).toEqual([
      { id: 'src-a', label: 'TASS: Report A (May 2024)', href: 'https://example.org/a' },
      { id: 'src-b', label: 'TASS: Report A (May 2024)', href: null },
    ]);
  });

  it('marks the selected project, and says so when it cannot be shown', () => {
    expect(view.projects.map((p) => [p.id, p.selected])).toEqual([['gamma-plant', true]]);
    const hidden = selectBorderView({ places, projects: [buildProject({ location: null })] }, f(), 'gamma-plant');
    expect(hidden.selectedProjectNote).toMatch(/Gamma plant, has no sourced location/);
  });

  it('lists places without a location apart, and puts them in the table as "location not sourced"', () => {
    const v = selectBorderView({ places: [buildPlace({ location: null })] }, f());
    expect(v.located).toEqual([]);
    expect(v.unlocated.map((p) => p.id)).toEqual(['alpha-port']);
    expect(v.table.rows[0]).toMatchObject({
      name: 'Alpha port',
      lat: null,
      lon: null,
      location: 'location not sourced',
      sources: 'src-a',
    });
  });

  it('gives an empty reason only when nothing at all is left', () => {
    expect(selectBorderFrame({ places }, f({ search: 'nowhere' })).emptyReason).toMatch(/no crossings/);
    expect(selectBorderFrame({ places, projects: [buildProject()] }, f()).emptyReason).toBeNull();
  });

  it.each([
    [DOM_MARKER_LIMIT, 'markers'],
    [DOM_MARKER_LIMIT + 1, 'canvas'],
  ])('draws %i located places as %s', (count, mode) => {
    const many = Array.from({ length: count }, (_, i) => buildPlace({ id: `p-${i}` }));
    expect(selectBorderView({ places: many }, f()).drawMode).toBe(mode);
  });
});

describe('marker styles', () => {
  it.each<[string, Parameters<typeof placeMarkerStyle>[0], string]>([
    ['road crossing', { kind: 'crossing', modes: ['road', 'rail'], status: 'operating', approximate: false }, 'square'],
    ['rail crossing', { kind: 'crossing', modes: ['rail'], status: 'operating', approximate: false }, 'diamond'],
    ['river crossing', { kind: 'crossing', modes: ['river'], status: 'closed', approximate: false }, 'circle'],
    ['air', { kind: 'crossing', modes: ['air'], status: 'planned', approximate: false }, 'triangle'],
    [
      'a chokepoint is not a crossing',
      { kind: 'chokepoint', modes: ['river'], status: 'unknown', approximate: true },
      'star',
    ],
  ])('%s', (_label, place, shape) => {
    expect(placeMarkerStyle(place).shape).toBe(shape);
  });

  it('draws approximate locations filled but dashed with a white centre, sourced ones filled with a solid outline', () => {
    const approx = markerSvg(
      placeMarkerStyle({ kind: 'crossing', modes: ['road'], status: 'operating', approximate: true }),
    );
    const sourced = markerSvg(
      placeMarkerStyle({ kind: 'crossing', modes: ['road'], status: 'operating', approximate: false }),
    );
    expect(approx).toContain('stroke-dasharray');
    expect(approx).toContain('fill="#ffffff"');
    expect(approx).toContain(`fill="${STATUS_COLORS.operating}"`);
    expect(sourced).not.toContain('stroke-dasharray');
    expect(sourced).not.toContain('fill="#ffffff"');
  });

  it('never puts data into icon markup', () => {
    const evil = toPlaceView(buildPlace({ name: { en: '<img src=x onerror=alert(1)>' } }), buildLookups());
    expect(markerSvg(evil.style)).not.toMatch(/img|onerror/);
  });
});
