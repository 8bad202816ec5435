import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber } from '@/lib/format';
import { formatPartialDate, partialDateSpan } from '@/lib/months';
import { spanInWindow } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import { byCodeUnit } from '@/lib/compare';
import { RUSSIA_CHINA_ROUTES } from './route-ids';

export type GasFlow = DatasetRecord<'gas-flows'>;
export type GasRoute = DatasetRecord<'gas-routes'>;

const QUALIFIER_SIGN: Record<NonNullable<GasFlow['qualifier']>, string> = {
  about: '≈',
  'more-than': '>',
  'less-than': '<',
  'up-to': '≤',
};
export const SERIES_LABELS: Record<GasFlow['series'], string> = {
  'pos1-to-china': 'Power of Siberia 1 to China',
  'russia-to-europe': 'Russian pipeline gas to Europe',
};

/** One x-axis category: a year, or a multi-year period such as the 2018–2019 peak. Values in bcm. */
export interface FlowRow {
  key: string;
  year: number;
  pos1: number | null;
  pos1Approx: boolean;
  /** Lower bound when the source gives a range. */
  europe: number | null;
  /** bcmMax − bcm: the part of a range drawn as a hatched extension. */
  europeRangeExtra: number | null;
  europeApprox: boolean;
  /** The records drawn, for tooltips ("175–180 bcm") and the chart's CSV (value, range, sources). */
  pos1Flow: GasFlow | null;
  europeFlow: GasFlow | null;
}

export function periodKey(f: Pick<GasFlow, 'year' | 'yearEnd'>): string {
  return f.yearEnd !== undefined && f.yearEnd !== f.year ? `${f.year}–${f.yearEnd}` : String(f.year);
}

/** "≈155 bcm", "175–180 bcm". */
export function flowValueText(f: Pick<GasFlow, 'bcm' | 'bcmMax' | 'qualifier'>): string {
  const sign = f.qualifier ? QUALIFIER_SIGN[f.qualifier] : '';
  const range =
    f.bcmMax !== undefined && f.bcmMax !== f.bcm
      ? `${formatNumber(f.bcm, 2)}–${formatNumber(f.bcmMax, 2)}`
      : formatNumber(f.bcm, 2);
  return `${sign}${range} bcm`;
}

export function isApproximate(f: Pick<GasFlow, 'qualifier' | 'confidence'>): boolean {
  return f.qualifier !== undefined || f.confidence === 'approximate' || f.confidence === 'derived';
}

export function filterFlows(flows: readonly GasFlow[], filters: Pick<Filters, 'from' | 'to'>): GasFlow[] {
  return flows
    .filter((f) => spanInWindow(String(f.year), String(f.yearEnd ?? f.year), filters))
    .sort((a, b) => a.year - b.year || (a.yearEnd ?? a.year) - (b.yearEnd ?? b.year));
}

/** Rows for the chart; where a series has two records for one period, the first (as listed) is drawn. */
export function selectFlowRows(flows: readonly GasFlow[], filters: Pick<Filters, 'from' | 'to'>): FlowRow[] {
  const rows = new Map<string, FlowRow>();
  for (const f of filterFlows(flows, filters)) {
    const key = periodKey(f);
    const row = rows.get(key) ?? {
      key,
      year: f.year,
      pos1: null,
      pos1Approx: false,
      europe: null,
      europeRangeExtra: null,
      europeApprox: false,
      pos1Flow: null,
      europeFlow: null,
    };
    if (f.series === 'pos1-to-china' && row.pos1 === null) {
      row.pos1 = f.bcm;
      row.pos1Approx = isApproximate(f);
      row.pos1Flow = f;
    } else if (f.series === 'russia-to-europe' && row.europe === null) {
      row.europe = f.bcm;
      row.europeRangeExtra = f.bcmMax !== undefined && f.bcmMax > f.bcm ? f.bcmMax - f.bcm : null;
      row.europeApprox = isApproximate(f);
      row.europeFlow = f;
    }
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Visible notes for the figures whose scope or precision differs (scope "EU, all gas", ranges, "about"). */
export function selectFlowNotes(
  flows: readonly GasFlow[],
  filters: Pick<Filters, 'from' | 'to'>,
): { id: string; text: string }[] {
  return filterFlows(flows, filters)
    .filter((f) => f.scope || f.bcmMax !== undefined || isApproximate(f))
    .map((f) => ({
      id: f.id,
      text: [`${periodKey(f)}: ${flowValueText(f)}`, f.scope && `scope: ${f.scope}`].filter(Boolean).join(' — '),
    }));
}

export interface CapacityLine {
  id: string;
  routeId: string;
  bcm: number;
  date: string;
  /** Dashed: agreed on paper (a later uplift, or a route not yet operating). Solid: the operating design capacity. */
  planned: boolean;
  label: string;
  sources: readonly string[];
  confidence: string;
}

type CapacityStep = GasRoute['capacityHistory'][number];

/** Capacity steps known by the window's end (a 2025 agreement is not drawn on a window that ends in 2019). */
export function capacityAsOf(route: GasRoute, to: string): CapacityStep[] {
  return [...route.capacityHistory]
    .sort((a, b) => byCodeUnit(a.date, b.date))
    .filter((c) => partialDateSpan(c.date).first <= to);
}

export function selectCapacityLines(routes: readonly GasRoute[], filters: Pick<Filters, 'to'>): CapacityLine[] {
  return RUSSIA_CHINA_ROUTES.flatMap((routeId) => {
    const route = routes.find((r) => r.id === routeId);
    const steps = route ? capacityAsOf(route, filters.to) : [];
    const first = steps[0];
    const last = steps.at(-1);
    if (!route || !first || !last) return [];
    const name = route.name.en;
    const path = steps.map((s) => formatNumber(s.bcm, 1)).join('→');
    if (route.status !== 'operating') {
      return [
        {
          id: `${routeId}-latest`,
          routeId,
          bcm: last.bcm,
          date: last.date,
          planned: true,
          label: `${name} (${route.status.replace('-', ' ')}): ${path} bcm/y`,
          sources: last.sources,
          confidence: last.confidence,
        },
      ];
    }
    const design: CapacityLine = {
      id: `${routeId}-design`,
      routeId,
      bcm: first.bcm,
      date: first.date,
      planned: false,
      label: `${name} design capacity: ${formatNumber(first.bcm, 1)} bcm/y (${formatPartialDate(first.date)})`,
      sources: first.sources,
      confidence: first.confidence,
    };
    if (last === first) return [design];
    return [
      design,
      {
        id: `${routeId}-latest`,
        routeId,
        bcm: last.bcm,
        date: last.date,
        planned: true,
        label: `${name} after the ${formatPartialDate(last.date)} agreement: ${formatNumber(last.bcm, 1)} bcm/y`,
        sources: last.sources,
        confidence: last.confidence,
      },
    ];
  });
}

/** Sum of each Russia → China route's latest capacity: a derived figure, labelled as such. */
export function combinedCapacity(lines: readonly CapacityLine[]): number | null {
  const latest = new Map<string, number>();
  for (const l of lines) latest.set(l.routeId, l.bcm);
  return latest.size >= 2 ? [...latest.values()].reduce((a, b) => a + b, 0) : null;
}
