import { describe, expect, it } from 'vitest';
import { borderTakeaway } from './border-takeaway';

const crossing = (status: string) => ({ kind: 'crossing', status }) as never;

describe('borderTakeaway', () => {
  it('counts operating crossings and those planned or being built; other places do not count', () => {
    expect(
      borderTakeaway([
        crossing('operating'),
        crossing('operating'),
        crossing('closed'),
        crossing('planned'),
        crossing('under-construction'),
        { kind: 'city', status: 'operating' } as never,
      ]),
    ).toBe('2 of 5 crossings are operating; 2 more are planned or under construction.');
  });

  it('reads right for one crossing and says when none is shown', () => {
    expect(borderTakeaway([crossing('operating')])).toBe('1 of 1 crossing is operating.');
    expect(borderTakeaway([])).toBe('No border crossings in this selection.');
  });
});
