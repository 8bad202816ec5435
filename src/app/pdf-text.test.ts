import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text';

describe('pdfText', () => {
  it('spells out typography the PDF’s built-in font cannot print and keeps Latin-1', () => {
    expect(pdfText('“Power of Siberia 2” → 50 bcm – ≈₽820 bn · 2×')).toBe(
      '"Power of Siberia 2" -> 50 bcm - ~RUB 820 bn · 2x',
    );
    expect(pdfText('Café, 1,000 m³')).toBe('Café, 1,000 m³');
    expect(pdfText('Хэйхэ 黑河')).toBe('????? ??');
  });
});
