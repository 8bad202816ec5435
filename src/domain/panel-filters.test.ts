import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './view-state';
import { idleFilters } from './panel-filters';

describe('idleFilters', () => {
  it('names the filters a reader has set that do nothing for a panel, in bar order', () => {
    const filters = { ...DEFAULT_FILTERS, sectors: ['mining'], statuses: ['operating' as const], search: 'amur' };
    expect(idleFilters('gas', filters)).toEqual(['sectors', 'statuses']);
    expect(idleFilters('payments', filters)).toEqual(['sectors', 'statuses']);
    expect(idleFilters('investment', filters)).toEqual([]);
    expect(idleFilters('border', filters)).toEqual([]);
  });

  it('names none while the filters are at "all" (a blank search counts as none)', () => {
    expect(idleFilters('gas', { ...DEFAULT_FILTERS, search: '  ' })).toEqual([]);
  });
});
