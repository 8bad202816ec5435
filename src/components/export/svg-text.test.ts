import { describe, expect, it } from 'vitest';
import { wrapText } from './svg-text';

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
