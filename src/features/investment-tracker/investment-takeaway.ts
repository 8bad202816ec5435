import { DEAL_TYPE_LABELS, DEAL_TYPES } from '@/data/schemas/projects';
import { formatNumber } from '@/lib/format';
import type { Project } from './investment-selectors';

const count = (n: number) => formatNumber(n, 0);

/**
 * The card's claim, about what its hero chart (projects by deal type) shows: the commonest deal type and its share,
 * then how many of the projects shown made it to operation or completion ("Equity investment leads the deal types:
 * 53 of 143 projects; 46 are operating or completed"). `dealBase` is what the hero counts (every filter but the
 * deal type one: the chart keeps every bar so each can be chosen); `shown` is the projects the filters select.
 */
export function investmentTakeaway(
  dealBase: readonly Pick<Project, 'dealType'>[],
  shown: readonly Pick<Project, 'status'>[],
): string {
  if (shown.length === 0 || dealBase.length === 0) return 'No projects match these filters.';
  const counts = DEAL_TYPES.map((d) => ({ d, n: dealBase.filter((p) => p.dealType === d).length }));
  const top = Math.max(...counts.map((c) => c.n));
  const leaders = counts.filter((c) => c.n === top).map((c) => DEAL_TYPE_LABELS[c.d]);
  const lead =
    leaders.length === 1
      ? `${leaders[0]} leads the deal types: ${count(top)} of ${count(dealBase.length)} projects`
      : `${leaders.join(' and ')} lead the deal types, ${count(top)} of ${count(dealBase.length)} projects each`;
  const done = shown.filter((p) => p.status === 'operating' || p.status === 'completed').length;
  const verb = done === 1 ? 'is' : 'are';
  // With a deal type chosen, the hero still counts every type: the status count is of the projects selected.
  const of = shown.length === dealBase.length ? '' : ` of the ${count(shown.length)} selected`;
  return `${lead}; ${done === 0 ? 'none' : count(done)}${of} ${done === 0 ? 'is' : verb} operating or completed.`;
}
