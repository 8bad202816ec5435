import { describe, expect, it } from 'vitest';
import { rowHeightFor, wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('wraps a long label on word boundaries and loses no word', () => {
    const label = 'Manufacturing (machinery, appliances, rolling stock)';
    const lines = wrapLabel(label);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
    expect(lines.join(' ')).toBe(label);
  });
  it('leaves a short label on one line, and rows grow with the longest label', () => {
    expect(wrapLabel('LNG')).toEqual(['LNG']);
    expect(rowHeightFor(['LNG'])).toBeLessThan(rowHeightFor(['Manufacturing (machinery, appliances, rolling stock)']));
  });
});
