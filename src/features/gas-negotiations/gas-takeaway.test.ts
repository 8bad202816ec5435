import { describe, expect, it } from 'vitest';
import { gasTakeaway } from './gas-takeaway';

const europe = (year: number, bcm: number) => ({ series: 'russia-to-europe' as const, year, bcm });
const pos1 = (year: number, bcm: number) => ({ series: 'pos1-to-china' as const, year, bcm });

describe('gasTakeaway', () => {
  it('states Europe’s fall from its peak in the window and the latest Power of Siberia 1 year', () => {
    expect(
      gasTakeaway([europe(2025, 18), pos1(2024, 31), europe(2018, 175), europe(2021, 150), pos1(2025, 38.8)]),
    ).toBe(
      'Russian pipeline gas to Europe fell from 175 bcm (2018) to 18 bcm (2025), while Power of Siberia 1 carried 38.8 bcm to China in 2025.',
    );
  });

  it('names only what the window holds', () => {
    expect(gasTakeaway([pos1(2020, 4.1)])).toBe('Power of Siberia 1 carried 4.1 bcm to China in 2020.');
    expect(gasTakeaway([europe(2019, 170)])).toBe('Russian pipeline gas to Europe: 170 bcm in 2019.');
    expect(gasTakeaway([])).toBe('No gas flow year in this time window.');
  });
});
