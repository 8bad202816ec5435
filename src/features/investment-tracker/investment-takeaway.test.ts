import { describe, expect, it } from 'vitest';
import { investmentTakeaway } from './investment-takeaway';

const of = (...statuses: string[]) => statuses.map((status) => ({ status }) as never);

describe('investmentTakeaway', () => {
  it('counts operating and completed projects against the troubled ones', () => {
    expect(investmentTakeaway(of('operating', 'completed', 'announced', 'stalled', 'cancelled', 'suspended'))).toBe(
      '2 of 6 projects are operating or completed; 3 are suspended, stalled or cancelled.',
    );
  });

  it('reads right for one project and for none in trouble, and says when nothing matches', () => {
    expect(investmentTakeaway(of('operating'))).toBe(
      '1 of 1 project is operating or completed; none is suspended, stalled or cancelled.',
    );
    expect(investmentTakeaway([])).toBe('No projects match these filters.');
  });
});
