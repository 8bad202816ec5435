import { formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import type { TidyRow } from '@/lib/tidy-csv';
import { flowValueText, SERIES_LABELS, type CapacityLine, type FlowRow, type GasFlow } from './flow-selectors';

/** The figures the two gas charts plot, as tidy rows for their CSV (see lib/tidy-csv.ts). */
function flowRow(key: string, f: GasFlow): TidyRow {
  return {
    series: SERIES_LABELS[f.series],
    category: key,
    date: String(f.year),
    value: f.bcm,
    low: f.bcmMax !== undefined ? f.bcm : null,
    high: f.bcmMax ?? null,
    unit: 'bcm',
    currency: null,
    usdEquivalent: null,
    confidence: f.confidence,
    sourceIds: f.sources,
  };
}

/** gas-flows: one row per bar drawn (PoS-1 to China, Russia to Europe), a range with its two ends. */
export function gasFlowRows(rows: readonly FlowRow[]): TidyRow[] {
  return rows.flatMap((r) => [r.pos1Flow, r.europeFlow].flatMap((f) => (f ? [flowRow(r.key, f)] : [])));
}

/** The name of a capacity bar: route, then which capacity it is. */
export function capacityName(l: CapacityLine): string {
  const route = l.label.split(/ (design capacity|after the|\()/)[0] ?? l.label;
  if (!l.planned) return `${route}, design capacity`;
  return l.id.endsWith('-latest') && l.label.includes('agreement')
    ? `${route}, agreed ${formatPartialDate(l.date)}`
    : `${route}, ${l.label.match(/\(([^)]+)\)/)?.[1] ?? 'planned'}`;
}

export const COMBINED_NAME = 'All Russia → China pipelines, latest capacities (sum)';

/** gas-capacity: one row per capacity bar, the derived sum last. */
export function gasCapacityRows(lines: readonly CapacityLine[], combined: number | null): TidyRow[] {
  const rows: TidyRow[] = lines.map((l) => ({
    series: 'Pipeline capacity',
    category: capacityName(l),
    date: l.date,
    value: l.bcm,
    low: null,
    high: null,
    unit: 'bcm per year',
    currency: null,
    usdEquivalent: null,
    confidence: l.confidence,
    sourceIds: l.sources,
  }));
  if (combined === null) return rows;
  const latest = new Map(lines.map((l) => [l.routeId, l]));
  return [
    ...rows,
    {
      series: 'Pipeline capacity',
      category: COMBINED_NAME,
      date:
        [...latest.values()]
          .map((l) => l.date)
          .sort()
          .at(-1) ?? null,
      value: combined,
      low: null,
      high: null,
      unit: 'bcm per year',
      currency: null,
      usdEquivalent: null,
      confidence: 'derived',
      sourceIds: [...new Set([...latest.values()].flatMap((l) => l.sources))],
    },
  ];
}

/** The takeaway of the flows chart, from the figures it shows: where Europe's flows went and where China's did. */
export function gasFlowsTitle(rows: readonly FlowRow[]): string {
  const europe = rows.filter((r) => r.europeFlow);
  const china = rows.filter((r) => r.pos1Flow);
  const first = europe[0]?.europeFlow;
  const last = europe.at(-1)?.europeFlow;
  const pos1 = china.at(-1)?.pos1Flow;
  const parts: string[] = [];
  if (first && last && europe.length > 1) {
    const verb = last.bcm < first.bcm ? 'fell' : 'rose';
    parts.push(
      `Russian pipeline gas to Europe ${verb} from ${flowValueText(first)} (${europe[0]?.key}) to ${flowValueText(last)} (${europe.at(-1)?.key})`,
    );
  }
  if (pos1) parts.push(`Power of Siberia 1 carried ${flowValueText(pos1)} to China in ${china.at(-1)?.key}`);
  return parts.length ? parts.join('; ') : 'Russian pipeline gas to Europe and to China';
}

/** The takeaway of the capacity chart: what runs today against what has been agreed. */
export function gasCapacityTitle(lines: readonly CapacityLine[], combined: number | null): string {
  const operating = lines.filter((l) => !l.planned).reduce((sum, l) => sum + l.bcm, 0);
  if (operating === 0) return 'Russia → China pipeline capacities';
  if (combined === null) return `Russia’s pipelines to China: ${formatNumber(operating, 1)} bcm a year operating`;
  return `Russia’s pipelines to China: ${formatNumber(operating, 1)} bcm a year operating; ≈${formatNumber(combined, 1)} if every agreed route is built`;
}
