import { TROUBLED_STATUSES } from '@/data/schemas/projects';
import { formatNumber } from '@/lib/format';
import type { Project } from './investment-selectors';

/**
 * The card's claim from the projects shown: how many made it to operation or completion and how many are in
 * trouble ("33 of 131 projects are operating or completed; 11 are suspended, stalled or cancelled").
 */
export function investmentTakeaway(shown: readonly Pick<Project, 'status'>[]): string {
  if (shown.length === 0) return 'No projects match these filters.';
  const done = shown.filter((p) => p.status === 'operating' || p.status === 'completed').length;
  const troubled = shown.filter((p) => (TROUBLED_STATUSES as readonly string[]).includes(p.status)).length;
  const of = `${formatNumber(done, 0)} of ${formatNumber(shown.length, 0)} project${shown.length === 1 ? '' : 's'}`;
  const verb = done === 1 ? 'is' : 'are';
  const trouble =
    troubled === 0
      ? 'none is suspended, stalled or cancelled'
      : `${formatNumber(troubled, 0)} ${troubled === 1 ? 'is' : 'are'} suspended, stalled or cancelled`;
  return `${of} ${verb} operating or completed; ${trouble}.`;
}
