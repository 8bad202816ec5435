import { DEAL_TYPES, DEAL_TYPE_LABELS, TROUBLED_STATUSES } from '@/data/schemas/projects';
import { pluralise } from '@/lib/format';
import { formatUsdSum, sumUsd, withoutValueText } from './project-value';
import type { HeadlineItem, HeadlineView } from './headline-selectors';
import type { Project } from './investment-selectors';

function count(projects: readonly Project[], ...statuses: readonly Project['status'][]): number {
  return projects.filter((p) => statuses.includes(p.status)).length;
}

function statement(h: HeadlineItem | undefined): string | null {
  if (!h) return null;
  const what = [h.amount, h.projects ? `in ${h.projects}` : null].filter(Boolean).join(' ');
  return `${what || h.label} (${h.date})`;
}

/** "Equity investment: 20 projects, US$12–14 bn (9 of 20 …)" for each deal type present; never one sum across them. */
function dealTypeParts(shown: readonly Project[]): string[] {
  return DEAL_TYPES.flatMap((d) => {
    const items = shown.filter((p) => p.dealType === d);
    if (items.length === 0) return [];
    return [`${DEAL_TYPE_LABELS[d]}: ${formatUsdSum(sumUsd(items.map((p) => p.value)))}`];
  });
}

/**
 * The panel's text summary: how many projects match and where they stand, the US$ value of each deal type apart
 * (only where a US$ value exists; the count says how many), how many have no value, and the newest pledged and
 * realised statements.
 */
export function investmentSummary(shown: readonly Project[], total: number, headline: HeadlineView): string {
  if (shown.length === 0) return `No projects match the filters (of ${total}).`;
  const parts = [
    `${pluralise(shown.length, 'project')} of ${total} match; ${count(shown, 'operating')} operating, ` +
      `${count(shown, 'completed')} completed, ${count(shown, 'under-construction')} under construction, ` +
      `${count(shown, 'announced', 'agreed')} announced or agreed, ` +
      `${count(shown, ...TROUBLED_STATUSES)} troubled (suspended, stalled or cancelled).`,
    `US$ value by deal type, never added across types: ${dealTypeParts(shown).join('; ')}.`,
  ];
  const missing = withoutValueText(shown.filter((p) => p.value === null).length);
  if (missing) parts.push(`${missing[0]?.toUpperCase()}${missing.slice(1)}.`);
  const realised = statement(headline.realised[0]);
  const pledged = statement(headline.pledged[0]);
  if (realised || pledged) {
    parts.push(
      `Newest statements: realised ${realised ?? 'none in this window'}; pledged or planned ${pledged ?? 'none in this window'}.`,
    );
  }
  return parts.join(' ');
}
