import { expect, test } from 'vitest';
import { bestSourceLink, rankSourceIds } from './best-source';
import { buildSource } from './overview-builders';

const sources = [
  buildSource('outlet', { tier: 'outlet', publisher: 'Reuters' }),
  buildSource('primary', { tier: 'primary', publisher: 'GACC' }),
  buildSource('research', { tier: 'research', publisher: 'AidData' }),
  buildSource('aggregator', { tier: 'aggregator', publisher: 'bs178.example' }),
  buildSource('no-url', { url: null, publisher: 'Seed article', note: 'no address' }),
  buildSource('reprint', { tier: 'reprint', publisher: 'Mehr News', original: 'TASS' }),
  buildSource('bad-url', { url: 'javascript:alert(1)', publisher: 'Bad' }),
];

test('best first: primary, outlet, research, reprint, aggregator; no address last', () => {
  const ids = ['no-url', 'aggregator', 'reprint', 'research', 'outlet', 'primary', 'unknown-id'];
  expect(rankSourceIds(ids, sources)).toEqual([
    'primary',
    'outlet',
    'research',
    'reprint',
    'aggregator',
    'no-url',
    'unknown-id',
  ]);
});

test('within a tier, the source more of the records cite comes first; duplicates are dropped', () => {
  expect(rankSourceIds(['research', 'x', 'x'], [...sources, buildSource('x', { tier: 'research' })])).toEqual([
    'x',
    'research',
  ]);
});

test('a reprint names the original it carries; only http(s) addresses become links', () => {
  expect(bestSourceLink(['reprint'], sources)).toEqual({
    text: 'TASS, via Mehr News',
    title: 'Title reprint',
    href: 'https://example.org/reprint',
  });
  expect(bestSourceLink(['bad-url'], sources)?.href).toBeNull();
  expect(bestSourceLink(['unknown-id'], sources)).toBeNull();
});
