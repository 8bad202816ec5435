import { describe, expect, it } from 'vitest';
import { rowHeightFor, wideLabelColumn, wrapLabel } from './wrap-label';

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
  it('on a wide frame keeps labels on one line in a column at most 36 % of the width, so rows stay one line high', () => {
    const labels = ['Transport infrastructure (bridges, rail)', 'Mining', 'Oil and gas production and supply'];
    const column = wideLabelColumn(labels, 920);
    expect(column.width).toBeLessThanOrEqual(920 * 0.36);
    for (const l of labels) expect(wrapLabel(l, column.maxChars)).toHaveLength(1);
    expect(column.row).toBe(rowHeightFor(['Mining']));
    // A label longer than the column still wraps rather than leaving it.
    const long = wideLabelColumn(['Manufacturing (machinery, appliances, rolling stock) and several more words'], 760);
    expect(long.width).toBe(Math.round(760 * 0.36));
    expect(long.row).toBeGreaterThan(rowHeightFor(['Mining']));
  });
});
