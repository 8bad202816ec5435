import { describe, expect, it } from 'vitest';
import { byCodeUnit } from './compare';

describe('byCodeUnit', () => {
  it('orders partial ISO dates as dates (a year before its months)', () => {
    expect(['2024-03', '2023-12-01', '2024', '2024-03-05'].sort(byCodeUnit)).toEqual([
      '2023-12-01',
      '2024',
      '2024-03',
      '2024-03-05',
    ]);
  });

  it('orders ids by every character, punctuation included, and finds equal ones equal', () => {
    expect(['pos2', 'pos-2', 'pos-10'].sort(byCodeUnit)).toEqual(['pos-10', 'pos-2', 'pos2']);
    expect(byCodeUnit('halt', 'halt')).toBe(0);
  });
});
