import { describe, expect, it } from 'vitest';
import { buildSource } from '@/testing/builders';
import { publisherLabel, resolveSources } from './sources';

describe('resolveSources', () => {
  it('orders sources best tier first, untagged after tagged, unknown ids last, and keeps citing order otherwise', () => {
    const sources = [
      buildSource({ id: 'mirror', tier: 'reprint', original: 'TASS', publisher: 'mirror.example' }),
      buildSource({ id: 'wire-1', tier: 'outlet' }),
      buildSource({ id: 'ministry', tier: 'primary' }),
      { ...buildSource({ id: 'old' }), tier: undefined } as unknown as ReturnType<typeof buildSource>,
      buildSource({ id: 'wire-2', tier: 'outlet' }),
      buildSource({ id: 'farm', tier: 'aggregator' }),
    ];
    const ids = ['ghost', 'old', 'farm', 'mirror', 'wire-1', 'ministry', 'wire-2'];
    expect(resolveSources(ids, sources).map((s) => s.id)).toEqual([
      'ministry',
      'wire-1',
      'wire-2',
      'mirror',
      'farm',
      'ghost',
      'old',
    ]);
  });

  it('looks ids up by id or by URL, once each; an unknown id stays visible as not found', () => {
    const sources = [buildSource({ id: 'a', url: 'https://example.org/a' }), buildSource({ id: 'b', url: null })];
    const refs = resolveSources(['a', 'https://example.org/a', 'b', 'nope'], sources);
    expect(refs.map((r) => [r.id, r.href, r.note])).toEqual([
      ['a', 'https://example.org/a', null],
      ['b', null, null],
      ['nope', null, 'not found in sources.json'],
    ]);
  });

  it('never links a non-http(s) address', () => {
    expect(resolveSources(['a'], [buildSource({ id: 'a', url: 'javascript:alert(1)' })])[0]?.href).toBeNull();
  });
});

describe('publisherLabel', () => {
  it('names the original a reprint or aggregator carries, retrieved via the mirror', () => {
    const [ref] = resolveSources(
      ['m'],
      [buildSource({ id: 'm', tier: 'reprint', original: 'Reuters', publisher: 'mirror.example' })],
    );
    expect(publisherLabel(ref!)).toBe('Reuters, retrieved via mirror.example');
  });

  it('is the publisher when no original is named', () => {
    const [ref] = resolveSources(['a'], [buildSource({ id: 'a', tier: 'aggregator', publisher: 'farm.example' })]);
    expect(publisherLabel(ref!)).toBe('farm.example');
  });
});
