import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCharacters } from './font-cmap';
import { pdfText } from './pdf-text';

const regular = fontCharacters(
  readFileSync(resolve(import.meta.dirname, '../../public/fonts/bri-pdf-sans-regular.ttf')),
);

describe('pdfText', () => {
  it('keeps Cyrillic, Chinese and typography the PDF font has', () => {
    expect(pdfText('“Power of Siberia 2” → 50 bcm – ≈₽820 bn · 2×', regular)).toBe(
      '“Power of Siberia 2” → 50 bcm – ≈₽820 bn · 2×',
    );
    expect(pdfText('Хэйхэ 黑河, Café, 1,000 m³', regular)).toBe('Хэйхэ 黑河, Café, 1,000 m³');
  });

  it('spells out what a font lacks when there is a plain equivalent, and prints "?" only when there is none', () => {
    const latin1 = new Set(Array.from({ length: 0x100 }, (_, i) => i));
    expect(pdfText('“Power of Siberia 2” → 50 bcm – ≈₽820 bn · 2×', latin1)).toBe(
      '"Power of Siberia 2" -> 50 bcm - ~RUB 820 bn · 2×',
    );
    expect(pdfText('Хэйхэ 黑河 한', latin1)).toBe('????? ?? ?');
    expect(pdfText('한', regular)).toBe('?');
  });
});
