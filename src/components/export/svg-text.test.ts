import { describe, expect, it } from 'vitest';
import { wrapBalanced, wrapText } from './svg-text';

describe('wrapText', () => {
  // Width per line is about 0.56 × font size per character: 100 px at 10 px ≈ 17 characters.
  it.each<[string, string, number, number, string[]]>([
    ['short text stays on one line', 'Sources: TASS', 400, 12, ['Sources: TASS']],
    [
      'long text breaks between words',
      'Sources: TASS, Reuters and 4 more',
      100,
      10,
      ['Sources: TASS,', 'Reuters and 4', 'more'],
    ],
    ['a word longer than a line (a URL) is cut', 'https://x.test/abc', 56, 10, ['https://x', '.test/abc']],
    ['runs of spaces collapse', 'a   b', 400, 12, ['a b']],
    ['empty text is one empty line', '', 400, 12, ['']],
  ])('%s', (_name, input, width, size, expected) => {
    expect(wrapText(input, width, size)).toEqual(expected);
  });

  it('joining the lines with spaces gives back the words', () => {
    const text = 'Jan 2022 – Dec 2024 · Sector: Energy, Transport · Region: Amur Oblast';
    expect(wrapText(text, 120, 13).join(' ')).toBe(text);
  });
});

describe('wrapBalanced', () => {
  // 10 px regular type is 5.6 px a character: 247 px holds 44 characters, 169 px 30.
  it('splits a two-line title near its middle instead of leaving the unit alone', () => {
    const title = 'Chinese investment in Russia by sector, US$ bn';
    expect(wrapText(title, 247, 10)).toEqual(['Chinese investment in Russia by sector, US$', 'bn']);
    expect(wrapBalanced(title, 247, 10)).toEqual(['Chinese investment in', 'Russia by sector, US$ bn']);
  });
  it('keeps the greedy number of lines, with the lines evened out', () => {
    const title = 'Chinese loans to Russian banks and firms by lender and year, US$ bn';
    expect(wrapText(title, 169, 10)).toEqual([
      'Chinese loans to Russian banks',
      'and firms by lender and year,',
      'US$ bn',
    ]);
    expect(wrapBalanced(title, 169, 10)).toEqual([
      'Chinese loans to Russian',
      'banks and firms by',
      'lender and year, US$ bn',
    ]);
  });
  it('leaves a title that fits on one line alone', () => {
    expect(wrapBalanced('Gas flows, bcm', 247, 10)).toEqual(['Gas flows, bcm']);
    expect(wrapBalanced('', 247, 10)).toEqual(['']);
  });
  it('measures bold type as wider, as wrapText does', () => {
    // Bold is 6.2 px a character: 247 px holds 39, so this 46-character title takes two lines either way.
    expect(wrapBalanced('Chinese investment in Russia by sector, US$ bn', 247, 10, true)).toEqual([
      'Chinese investment in',
      'Russia by sector, US$ bn',
    ]);
  });
});
