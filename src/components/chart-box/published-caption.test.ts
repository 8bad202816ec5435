import { describe, expect, it } from 'vitest';
import type { SourceRef } from '@/domain/sources';
import { publishedSourceLines } from './published-caption';

const ref = (id: string, publisher: string, original: string | null = null): SourceRef => ({
  id,
  record: null,
  title: `Report ${id}.`,
  publisher,
  date: '2024-03',
  href: null,
  note: null,
  original,
});

describe('publishedSourceLines', () => {
  it('names few publishers inline, without repeats, a mirror after its original', () => {
    expect(publishedSourceLines([ref('a', 'Gazprom'), ref('b', 'Reuters'), ref('c', 'Reuters')])).toEqual([
      'Sources: Gazprom, Reuters',
    ]);
    expect(publishedSourceLines([ref('m', 'mirror.example', 'TASS')])).toEqual([
      'Source: TASS, retrieved via mirror.example',
    ]);
  });
  it('lists many sources numbered, every one of them, never "and N more"', () => {
    const refs = ['A', 'B', 'C', 'D', 'E', 'F'].map((p, i) => ref(String(i), p));
    const lines = publishedSourceLines(refs);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('Sources:');
    expect(lines[6]).toBe('6. F, “Report 5”, Mar 2024');
    expect(lines.join(' ')).not.toMatch(/more/);
  });
});
