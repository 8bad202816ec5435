import { describe, expect, it } from 'vitest';
import type { SourceRef } from '@/domain/sources';
import { chartPublishers, publishersLine } from './publishers-line';

const ref = (id: string, publisher: string, original?: string): SourceRef =>
  ({ id, record: null, title: id, publisher, original }) as SourceRef;

describe('chartPublishers and publishersLine', () => {
  const refs = [
    ref('a1', 'Gazprom'),
    ref('b1', 'mirror.example', 'TASS'),
    ref('c1', 'Reuters'),
    ref('b2', 'TASS'),
    ref('c2', 'Reuters'),
    ref('b3', 'other-mirror.example', 'TASS'),
  ];

  it('names each original publisher once, in the order given, and ranks them by how many sources are theirs', () => {
    const p = chartPublishers(refs, true);
    expect(p.names).toEqual(['Gazprom', 'TASS', 'Reuters']);
    expect(p.ranked).toEqual(['TASS', 'Reuters', 'Gazprom']);
    expect(p.sources).toBe(6);
  });

  it('prints every publisher, and where the numbered list is when there is one', () => {
    expect(publishersLine(chartPublishers(refs, false))).toBe('Sources: Gazprom, TASS, Reuters');
    expect(publishersLine(chartPublishers(refs, true))).toBe(
      "Sources: Gazprom, TASS, Reuters. The 6 sources are numbered in the chart's SVG and its sources CSV.",
    );
    expect(publishersLine(chartPublishers(refs.slice(0, 1), false))).toBe('Source: Gazprom');
    expect(publishersLine(chartPublishers([], false))).toBe('Source: none cited for the figures shown');
  });

  it('shortened, names the publishers cited most and says where every source is, never “and N more”', () => {
    const p = chartPublishers(refs, true);
    expect(publishersLine(p, 2)).toBe(
      'Sources: the 2 publishers cited most, of 3: TASS, Reuters. ' +
        "All 6 sources, from every publisher, are numbered in the chart's SVG and its sources CSV.",
    );
    expect(publishersLine(p, 1)).toMatch(/^Sources: the publisher cited most, of 3: TASS\. All 6 sources/);
  });
});
