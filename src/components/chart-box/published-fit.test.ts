import { describe, expect, it } from 'vitest';
import { wrapText } from '@/components/export/svg-text';
import { fitBlock } from './published-fit';

describe('fitBlock', () => {
  const text = 'Russia leads China’s gas imports by value, ahead of Turkmenistan and Qatar, in every year since 2019';

  it('takes the largest size at which the text keeps to the lines allowed, measured as the layout wraps it', () => {
    const block = fitBlock([text], 400, { max: 24, min: 12, bold: true, lineHeight: 1.2, maxLines: 2 });
    expect(block.lines.flat().length).toBeLessThanOrEqual(2);
    expect(wrapText(text, 400, block.size + 0.5, true).length).toBeGreaterThan(2);
    expect(block.height).toBeCloseTo(block.lines.flat().length * block.size * 1.2);
  });

  it('starts each text on its own line and keeps to a height', () => {
    const block = fitBlock(['Note 1', 'Note 2', text], 600, { max: 12, min: 6, lineHeight: 1.3, maxHeight: 40 });
    expect(block.lines).toHaveLength(3);
    expect(block.lines[0]).toEqual(['Note 1']);
    expect(block.height).toBeLessThanOrEqual(40);
  });

  it('stops at the smallest size when nothing fits, and keeps every word', () => {
    const block = fitBlock([text.repeat(20)], 200, { max: 12, min: 8, lineHeight: 1.3, maxLines: 1 });
    expect(block.size).toBe(8);
    expect(block.lines.flat().join(' ').split(/\s+/).length).toBe(text.repeat(20).split(/\s+/).length);
  });

  it('balances the lines of a title when asked, in as many lines as greedy wrapping', () => {
    // 10 px regular type holds 44 characters in 247 px; greedy wrapping would leave "bn" alone on line 2.
    const title = 'Chinese investment in Russia by sector, US$ bn';
    const block = fitBlock([title], 247, { max: 10, min: 10, balance: true, lineHeight: 1.2, maxLines: 2 });
    expect(block.lines).toEqual([['Chinese investment in', 'Russia by sector, US$ bn']]);
  });
});
