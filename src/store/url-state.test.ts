import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEAL_TYPES } from '@/data/schemas/projects';
import { decodeViewState, encodeViewState, withoutDisplayParams } from './url-state';
import { DEFAULT_VIEW, PANEL_IDS, STATUS_OPTIONS, THEMES, normaliseIds, type ViewState } from '@/domain/view-state';

const MAX = '2026-11';

describe('decodeViewState', () => {
  it('reads the default view from an empty address, with no issues', () => {
    const { view, issues } = decodeViewState('', MAX);
    expect(issues).toEqual([]);
    expect(view.filters.from).toBe('2003-01');
    expect(view.filters.to).toBe(MAX);
    expect(view.focusedPanel).toBeNull();
  });

  it.each([
    ['?to=2024-13', /“to” = “2024-13” is not a month/, { to: MAX }],
    ['?from=1999-01', /outside 2003-01 … 2026-11; 2003-01 was used/, { from: '2003-01' }],
    ['?to=2031-05', /outside .*; 2026-11 was used/, { to: MAX }],
    ['?from=2024-05&to=2022-01', /were swapped/, { from: '2022-01', to: '2024-05' }],
    ['?sector=transport,Bad%20Id', /“sector” has an invalid value \(“Bad Id”\)/, { sectors: ['transport'] }],
    ['?status=operating,flying', /unknown value “flying”/, { statuses: ['operating'] }],
    ['?v=2&status=stalled,completed', /^$/, { statuses: ['completed', 'stalled'] }],
    [
      '?v=2&deal=loan,grant',
      /“deal” has unknown value “grant”; ignored \(deal types are equity, loan,/,
      { dealTypes: ['loan'] },
    ],
    ['?deal=plan,Loan,equity', /unknown value “Loan”/, { dealTypes: ['equity', 'plan'] }],
    ['?v=9&deal=fund', /Link format version “9” is not known; read as version 2/, { dealTypes: ['fund'] }],
    ['?bogus=1', /Unknown parameter “bogus” was ignored/, {}],
    ['?to=2020-01&to=2021-01', /appears more than once/, { to: '2020-01' }],
  ])('%s is corrected with a notice', (search, message, expected) => {
    const { view, issues } = decodeViewState(search, MAX);
    expect(issues.join('\n')).toMatch(message);
    expect(view.filters).toMatchObject(expected);
  });

  it('ignores a bad panel or theme but keeps the valid parameters beside it', () => {
    const { view, issues } = decodeViewState('?v=1&panel=nope&theme=neon&q=Heihe&region=amur-oblast', MAX);
    expect(issues).toHaveLength(2);
    expect(view.focusedPanel).toBeNull();
    expect(view.theme).toBe('system');
    expect(view.filters.search).toBe('Heihe');
    expect(view.filters.regions).toEqual(['amur-oblast']);
  });

  it('reads a version-1 link (before deal types) as it was meant: every deal type, with no notice', () => {
    const { view, issues } = decodeViewState('?v=1&sector=lng&status=cancelled,suspended', MAX);
    expect(issues).toEqual([]);
    expect(view.filters).toMatchObject({ sectors: ['lng'], statuses: ['cancelled', 'suspended'], dealTypes: [] });
  });

  it('keeps Cyrillic and Chinese search text intact', () => {
    const encoded = encodeViewState(
      { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, to: MAX, search: 'Сила Сибири 西伯利亚' } },
      MAX,
    );
    expect(decodeViewState(encoded, MAX).view.filters.search).toBe('Сила Сибири 西伯利亚');
  });
});

describe('encodeViewState', () => {
  it('writes nothing for the default view, and a versioned query otherwise', () => {
    expect(encodeViewState({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, to: MAX } }, MAX)).toBe('');
    const url = encodeViewState(
      { ...DEFAULT_VIEW, focusedPanel: 'gas', filters: { ...DEFAULT_VIEW.filters, to: MAX, sectors: ['b', 'a'] } },
      MAX,
    );
    expect(url).toBe('?v=2&sector=a%2Cb&panel=gas');
    const deal = encodeViewState(
      { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, to: MAX, dealTypes: ['plan', 'loan'] } },
      MAX,
    );
    expect(deal).toBe('?v=2&deal=loan%2Cplan');
  });
});

const month = fc
  .record({ y: fc.integer({ min: 2014, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`)
  .filter((m) => m <= MAX);
const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    a: month,
    b: month,
    sectors: fc.array(idArb, { maxLength: 4 }),
    regions: fc.array(idArb, { maxLength: 4 }),
    statuses: fc.subarray([...STATUS_OPTIONS]),
    dealTypes: fc.subarray([...DEAL_TYPES]),
    search: fc.string({ maxLength: 60 }),
    focusedPanel: fc.constantFrom(null, ...PANEL_IDS),
    theme: fc.constantFrom(...THEMES),
    selectedProjectId: fc.option(idArb, { nil: null }),
    selectedCrossingId: fc.option(idArb, { nil: null }),
  })
  .map(({ a, b, sectors, regions, statuses, dealTypes, search, ...rest }) => ({
    ...rest,
    filters: {
      from: a <= b ? a : b,
      to: a <= b ? b : a,
      sectors: normaliseIds(sectors),
      regions: normaliseIds(regions),
      statuses: normaliseIds(statuses),
      dealTypes: normaliseIds(dealTypes),
      search,
    },
  }));

describe('withoutDisplayParams', () => {
  it('drops theme and panel wherever they stand, and keeps the rest as written', () => {
    expect(withoutDisplayParams('?v=2&theme=dark&to=2024-12&panel=investment&q=%D0%B3%D0%B0%D0%B7')).toBe(
      '?v=2&to=2024-12&q=%D0%B3%D0%B0%D0%B7',
    );
    expect(withoutDisplayParams('?v=2&th%65me=dark&crossing=zabaikalsk')).toBe('?v=2&crossing=zabaikalsk');
  });
  it('gives the plain address when only the version would be left', () => {
    expect(withoutDisplayParams('?v=2&theme=dark&panel=gas')).toBe('');
    expect(withoutDisplayParams('')).toBe('');
  });
  it('keeps a malformed escape instead of throwing', () => {
    expect(withoutDisplayParams('?v=2&%E0=1&theme=dark')).toBe('?v=2&%E0=1');
  });
});

describe('URL codec properties', () => {
  it('encode → decode round-trips every valid view, with no issues', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const { view: decoded, issues } = decodeViewState(encodeViewState(view, MAX), MAX);
        expect(issues).toEqual([]);
        expect(decoded).toEqual(view);
      }),
    );
  });

  it('decode never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const { view } = decodeViewState(raw, MAX);
        expect(view.filters.from <= view.filters.to).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.webQueryParameters(), (raw) => void decodeViewState(`?${raw}`, MAX)));
  });
});
