// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { citedSourceIds, isPlain, pathOf, recordIdOf, recordLine, sourceLists, walk } from './record-walk';

const project = {
  id: 'amur-gcc',
  sources: ['tass'],
  value: { low: 1, usd: { rate: 90, sources: ['cbr', 'tass'] } },
  otherValues: [{ note: 'n', sources: ['reuters'] }],
  location: { lat: 51, lon: 128, sources: [] },
  articleClaim: { wording: 'w', date: 'early 2023', correction: 'c' },
};

describe('record walking', () => {
  it.each<[PropertyKey[], string]>([
    [[], '(record)'],
    [['sector'], 'sector'],
    [['location', 'lat'], 'location.lat'],
    [['regions', 0], 'regions[0]'],
    [['otherValues', 1, 'usd', 'rate'], 'otherValues[1].usd.rate'],
    [[2, 'id'], '[2].id'],
  ])('prints the issue path %j as %s', (path, field) => {
    expect(pathOf(path)).toBe(field);
  });

  it('names a record by its id, or by its position when it has none', () => {
    expect(recordIdOf({ id: 'a' }, 3)).toBe('a');
    expect(recordIdOf({ id: '' }, 3)).toBe('#3');
    expect(recordIdOf({ id: 7 }, 1)).toBe('#1');
    expect(recordIdOf(null, 0)).toBe('#0');
    expect(recordIdOf(['a'], 2)).toBe('#2');
  });

  it('writes the line a user sees for a fault: file › record › field: message', () => {
    expect(recordLine('data/places.json', 'heihe', 'location.lat', 'latitude must be ≤ 90')).toBe(
      'data/places.json › heihe › location.lat: latitude must be ≤ 90',
    );
  });

  it('tells JSON objects from arrays and null', () => {
    expect([{}, [], null, 'x'].map(isPlain)).toEqual([true, false, false, false]);
  });

  it('visits every object with its path, record first, and leaves skipped subtrees out', () => {
    const paths: string[] = [];
    walk(project, (_, path) => paths.push(path), new Set(['articleClaim']));
    expect(paths).toEqual(['', 'value', 'value.usd', 'otherValues[0]', 'location']);
  });

  it('finds every sources list with its path', () => {
    expect(sourceLists(project)).toEqual([
      ['sources', ['tass']],
      ['value.usd.sources', ['cbr', 'tass']],
      ['otherValues[0].sources', ['reuters']],
      ['location.sources', []],
    ]);
  });

  it('collects each cited source id once, ignoring what is not an id', () => {
    expect([...citedSourceIds({ ...project, capacityHistory: [{ sources: ['gazprom', 42] }] })]).toEqual([
      'tass',
      'cbr',
      'reuters',
      'gazprom',
    ]);
  });
});
