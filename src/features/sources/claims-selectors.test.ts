import { describe, expect, it } from 'vitest';
import { allRealDatasets } from '@/testing/real-data';
import { selectCheckedClaims } from './claims-selectors';

describe('selectCheckedClaims', () => {
  it('lists every articleClaim in the real data, whatever file it is in', () => {
    const datasets = allRealDatasets();
    const expected = datasets.flatMap((d) =>
      (d.records as { articleClaim?: unknown }[]).filter((r) => r.articleClaim),
    ).length;
    const claims = selectCheckedClaims(datasets);
    expect(claims).toHaveLength(expected);
    expect(expected).toBeGreaterThan(3);
    expect(new Set(claims.map((c) => c.dataset)).size).toBeGreaterThan(1);
    expect(claims.every((c) => c.subject && c.claim.wording && c.claim.correction)).toBe(true);
  });

  it('names the Sept 2022 / March 2023 mix-up among the corrections', () => {
    const claims = selectCheckedClaims(allRealDatasets());
    expect(claims.find((c) => c.recordId === 'bilateral-package-mar-2023')?.claim.correction).toMatch(/80 projects/);
  });
});
