import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict.mjs';

const report = (
  counts: Record<string, number>,
  vulnerabilities: Record<string, { severity: string; range: string }> = {},
) =>
  JSON.stringify({
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe('the npm audit gate', () => {
  it('passes a report without high or critical advisories, and says what it found', () => {
    expect(auditVerdict(report({ moderate: 2 }))).toEqual({
      ran: true,
      ok: true,
      text: 'npm audit: 0 critical, 0 high, 2 moderate, 0 low in the shipped dependencies (no high or critical).',
    });
  });

  it('fails a report with a high advisory and names the package', () => {
    const verdict = auditVerdict(
      report({ high: 1 }, { leaflet: { severity: 'high', range: '<1.9.0' }, zod: { severity: 'low', range: '<3' } }),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.text).toContain('leaflet (high): <1.9.0');
    expect(verdict.text).not.toContain('zod');
  });

  it('says it did not run when the registry does not serve the advisory database, rather than passing', () => {
    const verdict = auditVerdict(
      '',
      'npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk\nnpm error audit endpoint returned an error\n',
    );
    expect(verdict.ran).toBe(false);
    expect(verdict.text).toMatch(/^npm audit: NOT RUN .*405 Method Not Allowed/);
  });
});
