import { describe, expect, it } from 'vitest';
import { investmentTakeaway } from './investment-takeaway';

type P = { dealType: string; status: string };
const p = (dealType: string, status: string) => ({ dealType, status }) as P as never;

// 3 equity, 2 loans, 1 plan; 2 of the 6 operating or completed.
const SIX = [
  p('equity', 'operating'),
  p('equity', 'announced'),
  p('equity', 'stalled'),
  p('loan', 'completed'),
  p('loan', 'agreed'),
  p('plan', 'cancelled'),
];

describe('investmentTakeaway', () => {
  it('names the commonest deal type, as the hero chart shows it, then the projects operating or completed', () => {
    expect(investmentTakeaway(SIX, SIX)).toBe(
      'Equity investment leads the deal types: 3 of 6 projects; 2 are operating or completed.',
    );
  });

  it('with a deal type chosen, still reads the hero (every type), and counts status among the projects selected', () => {
    const loans = SIX.filter((x) => (x as P).dealType === 'loan');
    expect(investmentTakeaway(SIX, loans)).toBe(
      'Equity investment leads the deal types: 3 of 6 projects; 1 of the 2 selected is operating or completed.',
    );
  });

  it('names every leader of a tie, reads right for none done, and says when nothing matches', () => {
    const tie = [
      p('loan', 'announced'),
      p('plan', 'agreed'),
      p('equity', 'agreed'),
      p('loan', 'agreed'),
      p('plan', 'x'),
    ];
    expect(investmentTakeaway(tie, tie)).toBe(
      'Loan or credit line and Plan or MoU lead the deal types, 2 of 5 projects each; none is operating or completed.',
    );
    expect(investmentTakeaway([], [])).toBe('No projects match these filters.');
    expect(investmentTakeaway(SIX, [])).toBe('No projects match these filters.');
  });
});
