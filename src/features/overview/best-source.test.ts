import { expect, test } from 'vitest';
import { bestSourceLink, rankSourceIds } from './best-source';
import { buildSource } from './overview-builders';

const sources = [
  buildSource('outlet', { tier: 'outlet', publisher: 'Reuters' }),
  buildSource('primary', { tier: 'primary', publisher: 'GACC' }),
  buildSource('ungraded', { publisher: 'Some paper' }),
  buildSource('ungraded-mirror', { publisher: 'zhwiki.example (Wikipedia mirror)' }),
  buildSource('no-url', { url: null, publisher: 'Seed article', note: 'no address' }),
  buildSource('reprint', { tier: 'reprint', publisher: 'Mehr News', original: 'TASS' }),
  buildSource('bad-url', { url: 'javascript:alert(1)', publisher: 'Bad' }),
];

test('best first: by tier, an ungraded source after research, a marked mirror with reprints, no address last', () => {
  const ids = ['no-url', 'ungraded-mirror', 'reprint', 'ungraded', 'outlet', 'primary', 'unknown-id'];
  expect(rankSourceIds(ids, sources)).toEqual([
    'primary',
    'outlet',
    'ungraded',
    'ungraded-mirror',
    'reprint',
    'no-url',
    'unknown-id',
  ]);
});

test('within a tier, the source more of the records cite comes first; duplicates are dropped', () => {
  expect(rankSourceIds(['ungraded', 'x', 'x'], [...sources, buildSource('x')])).toEqual(['x', 'ungraded']);
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
