import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPdfFont, formatMissingCharacter, missingPdfCharacters } from './pdf-font-coverage';

describe('the PDF font', () => {
  it('has every character data/*.json uses, in both weights', () => {
    expect(checkPdfFont(resolve(import.meta.dirname, '../data')).map(formatMissingCharacter)).toEqual([]);
  });

  it('names the character, its code point, the file and the font when data uses one the font lacks', () => {
    const files = new Map([
      ['places.json', JSON.stringify([{ id: 'heihe', name_zh: '黑河', note: 'Хэйхэ, 한' }])],
      ['sources.json', JSON.stringify([{ title: 'Checked ✓' }])],
    ]);
    const ascii = Array.from({ length: 0x5f }, (_, i) => 0x20 + i);
    const has = new Set([...ascii, ...Array.from('Хэйхэ黑河', (c) => c.codePointAt(0) ?? 0)]);
    const missing = missingPdfCharacters(files, new Map([['regular.ttf', has]]));
    expect(missing.map(formatMissingCharacter)).toEqual([
      'places.json: “한” (U+D55C) is not in the PDF font regular.ttf, so decks and briefings would print “?”; regenerate it with /usr/bin/python3 scripts/pdf-font-subset.py',
      'sources.json: “✓” (U+2713) is not in the PDF font regular.ttf, so decks and briefings would print “?”; regenerate it with /usr/bin/python3 scripts/pdf-font-subset.py',
    ]);
  });
});
