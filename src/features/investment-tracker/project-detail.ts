import { formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import { conversionNote, originalAmount } from './money';
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

function locationText(p: Project): string | null {
  if (!p.location) return null;
  const { lat, lon, confidence, note } = p.location;
  const approx = confidence === 'approximate' ? ' (approximate position)' : '';
  return `${formatNumber(lat, 3)}, ${formatNumber(lon, 3)}${approx}${note ? ` — ${note}` : ''}`;
}

/** Every field of a project's record, as term/value pairs, with every source resolved. */
export function projectDetail(p: Project, labels: Labels, sources: SourceIndex): ProjectDetail {
  const value = originalAmount(p.value);
  const facts: DetailFact[] = [
    { term: 'Sector', value: labels.sectors[p.sector] ?? p.sector },
    { term: 'Regions', value: p.regions.map((r) => labels.regions[r] ?? r).join(', ') },
    { term: 'Place', value: p.place ?? null },
    { term: 'Chinese party', value: p.chineseParty },
    { term: 'Chinese stake', value: p.chineseStakePct === null ? null : `${formatNumber(p.chineseStakePct, 1)}%` },
    { term: 'Value (original currency)', value: value && p.value?.scope ? `${value} — ${p.value.scope}` : value },
    {
      term: 'US$ conversion',
      value: conversionNote(p.value) ?? (p.value?.currency === 'USD' ? 'in US$ already' : null),
    },
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
    // The conversion and the coordinates cite their own sources: every one of them is listed.
    sources: resolveSources([...p.sources, ...(p.value?.usd?.sources ?? []), ...(p.location?.sources ?? [])], sources),
  };
}
