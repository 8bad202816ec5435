import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '@/data/schemas/registry';
import { sourceLine } from './source-line';

type Source = DatasetRecord<'sources'>;
const source = (id: string, publisher: string, tier: Source['tier']): Source => ({
  id,
  title: 't',
  publisher,
  url: `https://example.org/${id}`,
  date: null,
  language: 'en',
  tier,
});

const SOURCES = [
  source('farm', '10100.com (aggregator)', 'aggregator'),
  source('mirror', 'AJOT (Bloomberg)', 'reprint'),
  source('tass-1', 'TASS', 'outlet'),
  source('tass-2', 'TASS', 'outlet'),
  source('bne', 'bne IntelliNews', 'outlet'),
  source('gov', 'Federal Register', 'primary'),
];

describe('sourceLine', () => {
  it('leads with the best tier, then the most cited, never with a mirror or a content farm', () => {
    expect(sourceLine(['farm', 'mirror', 'bne', 'tass-1', 'tass-2', 'gov'], SOURCES)).toBe(
      'Sources: Federal Register, TASS, bne IntelliNews and 2 more',
    );
  });

  it('names a mirror only when nothing better is cited, and says when nothing is', () => {
    expect(sourceLine(['farm', 'mirror'], SOURCES)).toBe('Sources: AJOT (Bloomberg), 10100.com (aggregator)');
    expect(sourceLine([], SOURCES)).toBe('Sources: none for the rows shown');
  });

  it('shows an unknown id as itself, after the known ones', () => {
    expect(sourceLine(['nope', 'bne'], SOURCES)).toBe('Sources: bne IntelliNews, nope');
  });
});
