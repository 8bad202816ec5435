import { describe, expect, it } from 'vitest';
import { funnelHeight, layoutFunnel, type FunnelRowInput } from './status-funnel-layout';

// One stage, 600 px wide: the label column is 180 px, the bar and values start at 192, and the values have 404 px,
// 60 characters of 12-px type. The full values are 20 words of 4 letters (99 characters): two lines at any width up
// to 910 px. Row: 4 px top, bar at 5.5–19.5, values from 22.5, 15 px a line, 4 px bottom.
const words = Array.from({ length: 20 }, () => 'aaaa').join(' ');
const rows: FunnelRowInput[] = [
  {
    key: 'announced',
    label: 'Announced: 1 project',
    share: 1,
    color: '#56b4e9',
    values: { full: words, short: 'US$ 1 bn' },
    gapBefore: 'none',
  },
];

describe('funnelHeight', () => {
  it('is the height with every value written out, without a room (the screen, a page)', () => {
    // 4 + 18.5 + 2 × 15 + 4 = 56.5, rounded up.
    expect(funnelHeight(rows, 600)).toBe(57);
  });

  it('in a slide plot with room for every value, is the room: drawn at the plot’s size', () => {
    expect(funnelHeight(rows, 600, 60)).toBe(60);
  });

  it('in a lower plot, is drawn 57 high (and 684 wide) and shrunk by 50 / 57, keeping every value', () => {
    expect(funnelHeight(rows, 600, 50)).toBe(57);
    // 684 px wide: a 205-px label column, 463 px of values, 68 characters: 13 words, then 7.
    const drawn = layoutFunnel(rows, 684, 57);
    expect(drawn.rows[0]?.values.lines).toEqual([words.slice(0, 64), words.slice(65)]);
    expect(drawn.height).toBeLessThanOrEqual(57);
  });

  it('gives up the full values rather than shrink by more than 0.75, then the US$ total (one line: 42 px)', () => {
    // 57 px would be 40 / 57 = 0.70.
    expect(funnelHeight(rows, 600, 40)).toBe(42);
    expect(layoutFunnel(rows, 630, 42).rows[0]?.values.lines).toEqual(['US$ 1 bn']);
  });

  it('with no room even for the totals at 0.75, is the counts-only height (27 px)', () => {
    expect(funnelHeight(rows, 600, 25)).toBe(27);
    expect(layoutFunnel(rows, 600, 27).rows[0]?.values.lines).toEqual([]);
  });
});
