import { describe, expect, it } from 'vitest';
import { paymentTakeaway } from './payment-takeaway';

describe('paymentTakeaway', () => {
  it('states the latest year’s change with the source’s own rate', () => {
    expect(
      paymentTakeaway([
        { year: 2025, totalUsdBn: 228.105, yoyPct: -6.9 },
        { year: 2024, totalUsdBn: 244.81, yoyPct: 1.9 },
      ]),
    ).toBe('China–Russia trade fell 6.9% in 2025, to US$228.1 bn.');
  });

  it('computes the rate from the year before when the source gives none', () => {
    expect(
      paymentTakeaway([
        { year: 2022, totalUsdBn: 190, yoyPct: undefined },
        { year: 2023, totalUsdBn: 240, yoyPct: undefined },
      ]),
    ).toBe('China–Russia trade rose 26.3% in 2023, to US$240 bn.');
  });

  it('gives the total alone when no rate can be had, and says when there is no year at all', () => {
    expect(paymentTakeaway([{ year: 2023, totalUsdBn: 240, yoyPct: undefined }])).toBe(
      'China–Russia trade was US$240 bn in 2023.',
    );
    expect(paymentTakeaway([])).toBe('No annual trade total in this time window.');
  });
});
