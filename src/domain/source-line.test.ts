import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '@/data/schemas/registry';
import { numberedSources, publishedSourceLines, sourceLine, sourceLineFits, sourcePublishers } from './source-line';
import { resolveSources, type SourceRef } from './sources';

type Source = DatasetRecord<'sources'>;
const source = (id: string, publisher: string, tier: Source['tier'], extra: Partial<Source> = {}): Source => ({
  id,
  title: `Report ${id}.`,
  publisher,
  url: `https://example.org/${id}`,
  date: '2024-03',
  language: 'en',
  tier,
  ...extra,
});

const SOURCES = [
  source('farm', '10100.com', 'aggregator', { original: 'Xinhua' }),
  source('mirror', 'AJOT', 'reprint'),
  source('tass-1', 'TASS', 'outlet'),
  source('tass-2', 'TASS', 'outlet', { date: null }),
  source('bne', 'bne IntelliNews', 'outlet'),
  source('gov', 'Federal Register', 'primary'),
];
const refs = (...ids: string[]): SourceRef[] => resolveSources(ids, SOURCES);

describe('sourceLine', () => {
  it('names every publisher once, primary first, then outlets as cited, reprints and aggregators last', () => {
    expect(sourceLine(refs('farm', 'mirror', 'bne', 'tass-1', 'tass-2', 'gov'))).toBe(
      'Sources: Federal Register, bne IntelliNews, TASS, AJOT, Xinhua, retrieved via 10100.com',
    );
  });

  it('says "Source" for one publisher, and says when nothing is cited', () => {
    expect(sourceLine(refs('tass-1', 'tass-2'))).toBe('Source: TASS');
    expect(sourceLine([])).toBe('Source: none cited for the figures shown');
  });

  it('shows an unknown id as itself, after the known ones', () => {
    expect(sourcePublishers(refs('nope', 'bne'))).toEqual(['bne IntelliNews', 'nope']);
  });

  it('never shortens a long list to "and N more"', () => {
    const many = Array.from({ length: 30 }, (_, i) => source(`s${i}`, `Publisher ${i}`, 'outlet'));
    const line = sourceLine(
      resolveSources(
        many.map((s) => s.id),
        many,
      ),
    );
    expect(line.startsWith('Sources: Publisher 0, Publisher 1, ')).toBe(true);
    expect(line.endsWith(', Publisher 28, Publisher 29')).toBe(true);
    expect(line).not.toMatch(/more/);
  });
});

describe('publishedSourceLines', () => {
  it('keeps a short line as it is', () => {
    expect(sourceLineFits(refs('gov', 'tass-1', 'tass-2'))).toBe(true);
    expect(publishedSourceLines(refs('gov', 'tass-1', 'tass-2'))).toEqual(['Sources: Federal Register, TASS']);
  });

  it('numbers every source, with its title and date, once more than four publishers are cited', () => {
    const five = refs('farm', 'mirror', 'bne', 'tass-1', 'tass-2', 'gov');
    expect(sourceLineFits(five)).toBe(false);
    expect(publishedSourceLines(five)).toEqual([
      'Sources:',
      '1. Federal Register, “Report gov”, Mar 2024',
      '2. bne IntelliNews, “Report bne”, Mar 2024',
      '3. TASS, “Report tass-1”, Mar 2024',
      '4. TASS, “Report tass-2”',
      '5. AJOT, “Report mirror”, Mar 2024',
      '6. Xinhua, retrieved via 10100.com, “Report farm”, Mar 2024',
    ]);
  });

  it('lists the sources when the line passes 140 characters, even with few publishers', () => {
    const long = [source('a', 'A'.repeat(70), 'outlet'), source('b', 'B'.repeat(70), 'outlet')];
    const both = resolveSources(['a', 'b'], long);
    expect(publishedSourceLines(both)).toEqual(['Sources:', ...numberedSources(both)]);
    expect(numberedSources(both)[1]).toBe(`2. ${'B'.repeat(70)}, “Report b”, Mar 2024`);
  });
});
