import { expect, it } from 'vitest';
import { fitTypeSize } from './fit-type';

it('gives the size at which the text fills the box: four times the text, half the size', () => {
  // 100 chars in 72.8 × 10: f² = 728 / (100 × 0.56 × 1.3) = 10.
  expect(fitTypeSize(100, 72.8, 10)).toBeCloseTo(Math.sqrt(10), 9);
  expect(fitTypeSize(400, 72.8, 10)).toBeCloseTo(Math.sqrt(10) / 2, 9);
  expect(fitTypeSize(0, 10, 10)).toBe(Infinity);
});
