import { describe, expect, it } from 'vitest';
import { describeFilters } from './describe-filters';
import { DEFAULT_FILTERS } from './view-state';

describe('describeFilters', () => {
  it('names the deal types chosen, by their labels, beside the other filters', () => {
    const text = describeFilters(
      { ...DEFAULT_FILTERS, from: '2022-01', to: '2024-12', statuses: ['stalled'], dealTypes: ['loan', 'plan'] },
      { sectors: {}, regions: {} },
    );
    expect(text).toBe('Jan 2022 – Dec 2024 · Status: Stalled · Deal type: Loan or credit line, Plan or MoU');
  });
});
