import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { spanInWindow } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import { byCodeUnit } from '@/lib/compare';
import { conversionNote, originalAmount } from './money';
import { resolveSources, type SourceIndex, type SourceRef } from '@/domain/sources';

export type Aggregate = DatasetRecord<'aggregates'>;

const KIND_LABELS: Record<Aggregate['kind'], string> = {
  portfolio: 'Portfolio',
  pledge: 'Pledge',
  planned: 'Planned',
  'in-preparation': 'In preparation',
  realised: 'Realised',
  count: 'Count',
};
const COUNT_QUALIFIER: Record<string, string> = { about: '~', 'more-than': '>', 'less-than': '<', 'up-to': '≤' };

export interface HeadlineItem {
  id: string;
  label: string;
  kind: string;
  /** Original amount as the source gives it, or null when the statement has no value. */
  amount: string | null;
  /** The record's own US$ conversion with its rate and date, or null (never converted with a rate of our own). */
  conversion: string | null;
  projects: string | null;
  date: string;
  speaker: string | null;
  scope: string;
  confidence: Aggregate['confidence'];
  note: string | null;
  /** What the seed article said, and the correction shown instead. */
  articleClaim: { wording: string; correction: string } | null;
  sources: SourceRef[];
}

export interface HeadlineView {
  pledged: HeadlineItem[];
  realised: HeadlineItem[];
}

function dateText(a: Aggregate): string {
  return a.endDate ? `${formatPartialDate(a.date)} – ${formatPartialDate(a.endDate)}` : formatPartialDate(a.date);
}

function projectsText(a: Aggregate): string | null {
  if (a.projectCount === null) return null;
  const q = a.countQualifier ? (COUNT_QUALIFIER[a.countQualifier] ?? '') : '';
  return `${q}${formatNumber(a.projectCount, 0)} ${a.kind === 'count' ? 'counted' : a.projectCount === 1 ? 'project' : 'projects'}`;
}

function toItem(a: Aggregate, sources: SourceIndex): HeadlineItem {
  return {
    id: a.id,
    label: a.label,
    kind: KIND_LABELS[a.kind],
    amount: originalAmount(a.value),
    conversion: conversionNote(a.value),
    projects: projectsText(a),
    date: dateText(a),
    speaker: a.speaker ?? null,
    scope: a.value?.scope ? `${a.scope} (${a.value.scope})` : a.scope,
    confidence: a.confidence,
    note: a.note ?? null,
    articleClaim: a.articleClaim ? { wording: a.articleClaim.wording, correction: a.articleClaim.correction } : null,
    sources: resolveSources(statementSourceIds(a), sources),
  };
}

/**
 * Pledged/planned vs realised statements about Chinese investment, newest first. Only the time window applies: the
 * statements are about a scope (the Far East, the whole portfolio), not about a sector, region or single project.
 */
export function selectHeadline(
  aggregates: readonly Aggregate[],
  filters: Pick<Filters, 'from' | 'to'>,
  sources: SourceIndex,
): HeadlineView {
  return formatHeadline(headlineStatements(aggregates, filters), sources);
}

/** The statements selectHeadline shows, as records: newest first, split by kind. */
export interface HeadlineStatements {
  pledged: Aggregate[];
  realised: Aggregate[];
}

export function headlineStatements(
  aggregates: readonly Aggregate[],
  filters: Pick<Filters, 'from' | 'to'>,
): HeadlineStatements {
  const shown = aggregates
    .filter((a) => a.topic === 'investment' && spanInWindow(a.date, a.endDate ?? a.date, filters))
    .sort((a, b) => byCodeUnit(b.date, a.date) || byCodeUnit(a.id, b.id));
  return { pledged: shown.filter((a) => a.kind !== 'realised'), realised: shown.filter((a) => a.kind === 'realised') };
}

/** Statements ready to render; `limit` formats only the newest few (the panel summary names one of each kind). */
export function formatHeadline(statements: HeadlineStatements, sources: SourceIndex, limit = Infinity): HeadlineView {
  return {
    pledged: statements.pledged.slice(0, limit).map((a) => toItem(a, sources)),
    realised: statements.realised.slice(0, limit).map((a) => toItem(a, sources)),
  };
}

/** Every source a statement cites: its own and those of its US$ conversion. */
export function statementSourceIds(a: Aggregate): string[] {
  return [...a.sources, ...(a.value?.usd?.sources ?? [])];
}

export function headlineTable(view: HeadlineView): TableModel {
  const rows = [...view.pledged, ...view.realised].map((h) => ({
    id: h.id,
    kind: h.kind,
    label: h.label,
    amount: h.amount,
    conversion: h.conversion,
    projects: h.projects,
    date: h.date,
    speaker: h.speaker,
    scope: h.scope,
    confidence: h.confidence,
    articleClaim: h.articleClaim
      ? `Article said: ${h.articleClaim.wording} — corrected: ${h.articleClaim.correction}`
      : null,
    sources: h.sources.map((s) => s.href ?? s.id).join(' '),
  }));
  return {
    caption: 'Headline statements: pledged vs realised',
    columns: [
      { key: 'kind', label: 'Kind' },
      { key: 'label', label: 'Statement' },
      { key: 'amount', label: 'Amount (original currency)' },
      { key: 'conversion', label: 'US$ conversion (rate, date)' },
      { key: 'projects', label: 'Projects' },
      { key: 'date', label: 'Date' },
      { key: 'speaker', label: 'Speaker' },
      { key: 'scope', label: 'Scope' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'articleClaim', label: 'Seed article claim' },
      { key: 'sources', label: 'Sources' },
    ],
    rows,
  };
}
