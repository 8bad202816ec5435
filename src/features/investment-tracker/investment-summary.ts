import { pluralise } from '@/lib/format';
import { formatUsdSum, sumUsd } from './project-value';
import type { HeadlineItem, HeadlineView } from './headline-selectors';
import type { Project } from './investment-selectors';

function count(projects: readonly Project[], ...statuses: Project['status'][]): number {
  return projects.filter((p) => statuses.includes(p.status)).length;
}

function statement(h: HeadlineItem | undefined): string | null {
  if (!h) return null;
  const what = [h.amount, h.projects ? `in ${h.projects}` : null].filter(Boolean).join(' ');
  return `${what || h.label} (${h.date})`;
}

/**
 * The panel's text summary: how many projects match and where they stand, what the operating ones are worth in US$
 * (only where a US$ value exists; the count says how many), and the newest pledged and realised statements.
 */
export function investmentSummary(shown: readonly Project[], total: number, headline: HeadlineView): string {
  if (shown.length === 0) return `No projects match the filters (of ${total}).`;
  const parts = [
    `${pluralise(shown.length, 'project')} of ${total} match; ${count(shown, 'operating')} operating, ` +
      `${count(shown, 'under-construction')} under construction, ${count(shown, 'announced', 'agreed')} announced or agreed, ` +
      `${count(shown, 'suspended', 'cancelled')} suspended or cancelled.`,
  ];
  const operating = shown.filter((p) => p.status === 'operating');
  if (operating.length > 0) parts.push(`Operating projects: ${formatUsdSum(sumUsd(operating.map((p) => p.value)))}.`);
  const realised = statement(headline.realised[0]);
  const pledged = statement(headline.pledged[0]);
  if (realised || pledged) {
    parts.push(
      `Newest statements: realised ${realised ?? 'none in this window'}; pledged or planned ${pledged ?? 'none in this window'}.`,
    );
  }
  return parts.join(' ');
}
