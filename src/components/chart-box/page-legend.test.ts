import { describe, expect, it } from 'vitest';
import { readPageLegend } from './page-legend';

describe('readPageLegend', () => {
  it('reads each item as its swatch and its label, leaving the swatch’s own letter out of the label', () => {
    const root = document.createElement('div');
    root.innerHTML = `<ul>
      <li><svg width="28" height="12"><line x1="1" x2="27" y1="6" y2="6"></line></svg>Total (US$ bn)</li>
      <li><svg width="22" height="22" viewBox="0 0 22 22"><text>St</text></svg>Statement <span>(2)</span></li>
      <li>no swatch, not a key entry</li>
    </ul>`;
    const { entries, swatches } = readPageLegend(root);
    expect(entries).toEqual([
      { text: 'Total (US$ bn)', swatch: { width: 28, height: 12 } },
      { text: 'Statement (2)', swatch: { width: 22, height: 22 } },
    ]);
    expect(swatches.map((s) => s.getAttribute('width'))).toEqual(['28', '22']);
  });

  it('is empty for a chart without a key', () => {
    expect(readPageLegend(null)).toEqual({ entries: [], swatches: [] });
  });
});
