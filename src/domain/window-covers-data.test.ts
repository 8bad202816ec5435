import { describe, expect, it } from 'vitest';
import { realDataset } from '@/testing/real-data';
import { DEFAULT_FILTERS } from './view-state';
import { projectInWindow } from './filter-match';

describe('the default time window', () => {
  it('shows every bundled project (none is dated only before the window can start)', () => {
    const projects = realDataset('projects').records;
    const hidden = projects.filter((p) => !projectInWindow(p, DEFAULT_FILTERS)).map((p) => p.id);
    expect(hidden).toEqual([]);
    // The projects signed and finished in 2009–2013 are the ones an earlier window start hid.
    expect(
      projects.filter((p) => p.id === 'cdb-loan-transneft-2009' || p.id === 'cic-vtb-polyus-gold-7-5pct'),
    ).toHaveLength(2);
  });
});
