import { formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import { DEAL_TYPE_LABELS } from '@/data/schemas/projects';
import { formatProjectValue, usdEquivalentNote } from './project-value';
import { statusLabel, type Labels, type Project } from './investment-selectors';
import { resolveSources, type SourceIndex, type SourceRef } from '@/domain/sources';

export interface DetailFact {
  term: string;
  /** null is shown as "not sourced": a missing field is said, never hidden. */
  value: string | null;
}

export interface ProjectDetail {
  id: string;
  otherNames: string[];
  facts: DetailFact[];
  sources: SourceRef[];
}

const MILESTONES = ['announced', 'signed', 'started', 'completed'] as const;

/** "US$3 bn — second tranche (loan) · as printed: “US$3 billion”" for each other figure a source gives. */
function otherValuesText(p: Project): string | null {
  if (!p.otherValues?.length) return null;
  return p.otherValues
    .map((v) => {
      const usd = usdEquivalentNote(v);
      return `${formatProjectValue(v)} (${v.measures}) — ${v.note}; as printed: “${v.asPrinted}”${usd ? `; ${usd}` : ''}`;
    })
    .join(' · ');
}

function locationText(p: Project): string | null {
  if (!p.location) return null;
  const { lat, lon, confidence, note } = p.location;
  const approx = confidence === 'approximate' ? ' (approximate position)' : '';
  return `${formatNumber(lat, 3)}, ${formatNumber(lon, 3)}${approx}${note ? ` — ${note}` : ''}`;
}

/** Every field of a project's record, as term/value pairs, with every source resolved. */
export function projectDetail(p: Project, labels: Labels, sources: SourceIndex): ProjectDetail {
  const value = p.value ? `${formatProjectValue(p.value)} — ${p.value.measures}` : null;
  const facts: DetailFact[] = [
    { term: 'Sector', value: labels.sectors[p.sector] ?? p.sector },
    { term: 'Regions', value: p.regions.map((r) => labels.regions[r] ?? r).join(', ') },
    { term: 'Place', value: p.place ?? null },
    { term: 'Chinese party', value: p.chineseParty },
    { term: 'Chinese stake', value: p.chineseStakePct === null ? null : `${formatNumber(p.chineseStakePct, 1)}%` },
    { term: 'Deal type', value: DEAL_TYPE_LABELS[p.dealType] },
    { term: 'Value (original currency)', value },
    { term: 'Value as printed', value: p.value ? `“${p.value.asPrinted}”` : null },
    {
      term: 'US$ equivalent',
      value: usdEquivalentNote(p.value) ?? (p.value?.currency === 'USD' ? 'in US$ already' : null),
    },
    ...(p.otherValues?.length ? [{ term: 'Other figures', value: otherValuesText(p) }] : []),
    { term: 'Capacity', value: p.capacity ?? null },
    ...MILESTONES.map((m) => ({
      term: m[0]?.toUpperCase() + m.slice(1),
      value: p.dates[m] ? formatPartialDate(p.dates[m]) : null,
    })),
    {
      term: 'Status',
      value: `${statusLabel(p.status)}${p.statusAsOf ? ` (as of ${formatPartialDate(p.statusAsOf)})` : ' (date of status not given)'}`,
    },
    { term: 'Status note', value: p.statusNote },
    { term: 'Location', value: locationText(p) },
    { term: 'Confidence', value: p.method ? `${p.confidence} — method: ${p.method}` : p.confidence },
    { term: 'Note', value: p.note ?? null },
  ];
  return {
    id: p.id,
    otherNames: [p.name.ru, p.name.zh].filter((n): n is string => typeof n === 'string'),
    facts,
    // The US$ equivalents, the other figures and the coordinates cite their own sources: every one of them is listed.
    sources: resolveSources(projectSourceIds(p), sources),
  };
}

/** Every source a project cites: its own, its values' and US$ equivalents', and its coordinates'. */
export function projectSourceIds(p: Project): string[] {
  const others = p.otherValues ?? [];
  const valueIds = [
    ...[p.value, ...others].flatMap((v) => v?.usd?.sources ?? []),
    ...others.flatMap((v) => v.sources ?? []),
  ];
  return [...new Set([...p.sources, ...valueIds, ...(p.location?.sources ?? [])])];
}
