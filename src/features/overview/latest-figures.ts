import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber } from '@/lib/format';
import { formatPartialDate, partialDateSpan } from '@/lib/months';
import type { Filters } from '@/domain/view-state';
import {
  changeText,
  figure,
  fileProblem,
  missingFigure,
  MISSING_TEXT,
  type FileState,
  type OverviewFigure,
  type Source,
} from './overview-figure';
import { worstConfidence } from './trade-window';

type GasFlow = DatasetRecord<'gas-flows'>;
type GasRoute = DatasetRecord<'gas-routes'>;
type Share = DatasetRecord<'yuan-share'>;

const LATEST_SCOPE = 'Latest to window end · all sectors';

/** The gas-routes record and gas-flows series of Power of Siberia 1. */
const POS1_ROUTE = 'power-of-siberia-1';
const POS1_SERIES = 'pos1-to-china';
/** The yuan-share series of the Russia–China settlements made in the two national currencies together. */
const NATIONAL_CURRENCIES_METRIC = 'ruble-yuan-share-russia-china-settlements';

const QUALIFIER_MARK: Record<string, string> = { about: '~', 'more-than': '>', 'less-than': '<', 'up-to': '≤' };

const CAPACITY_MISSING = { loading: null, failed: 'capacity not available', none: 'capacity not published' } as const;

const POS1 = { id: 'pos1', label: 'Power of Siberia 1 flow', unit: 'bcm', scope: LATEST_SCOPE } as const;

/**
 * Power of Siberia 1: the latest single-year flow up to the window's end, against the capacity in force at the start
 * of that year. A later capacity (an agreed uplift) is named in the note with its date, not used for the share.
 */
export function pos1Figure(
  flowsFile: FileState<GasFlow>,
  routesFile: FileState<GasRoute>,
  filters: Pick<Filters, 'to'>,
  sources?: readonly Source[],
): OverviewFigure {
  const problem = fileProblem(flowsFile);
  if (typeof flowsFile === 'string') return missingFigure(POS1, problem ?? MISSING_TEXT.failed);
  // A year's flow is known once the year is over: a window ending in Aug 2025 shows 2024.
  const lastFullYear = Number(filters.to.slice(0, 4)) - (filters.to.endsWith('-12') ? 0 : 1);
  const flows = flowsFile.records
    .filter((f) => f.series === POS1_SERIES && f.yearEnd === undefined && f.year <= lastFullYear)
    .sort((a, b) => b.year - a.year);
  const flow = flows[0];
  if (!flow) return missingFigure(POS1, MISSING_TEXT.none, `No yearly flow published up to ${lastFullYear}.`);
  const route = typeof routesFile === 'string' ? undefined : routesFile.records.find((r) => r.id === POS1_ROUTE);
  const history = [...(route?.capacityHistory ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
  const yearStart = `${flow.year}-01`;
  const capacity = history.filter((c) => partialDateSpan(c.date).first <= yearStart).at(-1);
  const later = history
    .filter((c) => partialDateSpan(c.date).first > yearStart && partialDateSpan(c.date).first <= filters.to)
    .at(-1);
  const range =
    flow.bcmMax !== undefined
      ? `${formatNumber(flow.bcm, 1)}–${formatNumber(flow.bcmMax, 1)}`
      : formatNumber(flow.bcm, 1);
  const previous = flows.find((f) => f.year === flow.year - 1);
  const laterNote = later ? `${formatNumber(later.bcm, 1)} bcm capacity dated ${formatPartialDate(later.date)}` : null;
  return figure(
    POS1,
    {
      value: `${flow.qualifier ? (QUALIFIER_MARK[flow.qualifier] ?? '') : ''}${range}`,
      period: String(flow.year),
      change:
        previous && previous.bcm > 0 ? changeText((flow.bcm / previous.bcm - 1) * 100, String(previous.year)) : null,
      detail: capacity
        ? `${formatNumber((flow.bcm / capacity.bcm) * 100, 0)}% of its ${formatNumber(capacity.bcm, 1)} bcm capacity`
        : CAPACITY_MISSING[typeof routesFile === 'string' ? routesFile : 'none'],
      note: laterNote,
      noteDetail: later?.note ?? null,
      confidence: worstConfidence([flow.confidence, ...(capacity ? [capacity.confidence] : [])]),
      method:
        capacity || previous
          ? 'The share of capacity and the change on the year before are computed from the flows and capacity as published'
          : null,
      sourceIds: [...flow.sources, ...(capacity?.sources ?? []), ...(later?.sources ?? [])],
    },
    sources,
  );
}

const SETTLEMENTS = {
  id: 'settlements',
  label: 'Russia–China payments in rubles and yuan',
  unit: '%',
  scope: LATEST_SCOPE,
} as const;

/** The latest share of Russia–China settlements made in rubles and yuan up to the window's end, and the one before. */
export function settlementsFigure(
  sharesFile: FileState<Share>,
  filters: Pick<Filters, 'to'>,
  sources?: readonly Source[],
): OverviewFigure {
  if (typeof sharesFile === 'string') return missingFigure(SETTLEMENTS, fileProblem(sharesFile) ?? MISSING_TEXT.failed);
  const series = sharesFile.records
    .filter((s) => s.metric === NATIONAL_CURRENCIES_METRIC && partialDateSpan(s.date).last <= filters.to)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  const [latest, before] = series;
  if (!latest) {
    return missingFigure(SETTLEMENTS, MISSING_TEXT.none, `No share published up to ${formatPartialDate(filters.to)}.`);
  }
  const points = before ? latest.valuePct - before.valuePct : null;
  const pointsText =
    points === null
      ? null
      : `${points > 0 ? '+' : points < 0 ? '−' : '±'}${formatNumber(Math.abs(points), 1)} points since ${formatPartialDate(before?.date ?? '')}`;
  return figure(
    SETTLEMENTS,
    {
      value: formatNumber(latest.valuePct, 1),
      period: formatPartialDate(latest.date),
      change: pointsText,
      confidence: latest.confidence,
      method: latest.method ?? null,
      sourceIds: latest.sources,
    },
    sources,
  );
}
