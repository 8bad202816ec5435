import type { TableModel } from '@/lib/table-model';
import { formatPartialDate } from '@/lib/months';
import type { Annotation } from '@/domain/annotations';
import type { Filters } from '@/domain/view-state';
import {
  capacityAsOf,
  filterFlows,
  periodKey,
  SERIES_LABELS,
  type FlowRow,
  type GasFlow,
  type GasRoute,
} from './flow-selectors';
import { RUSSIA_CHINA_ROUTES } from './route-ids';

/** Flows and the capacities drawn against them, one row per record, units in the headers. */
export function flowTable(
  flows: readonly GasFlow[],
  routes: readonly GasRoute[],
  filters: Pick<Filters, 'from' | 'to'>,
): TableModel {
  const flowRows = filterFlows(flows, filters).map((f) => ({
    id: f.id,
    item: SERIES_LABELS[f.series],
    period: periodKey(f),
    bcm: f.bcm,
    bcmMax: f.bcmMax ?? null,
    measure: f.qualifier ? `flow (${f.qualifier.replace('-', ' ')})` : 'flow',
    scope: [f.scope, f.note].filter(Boolean).join(' — ') || null,
    sources: f.sources.join(' '),
  }));
  const capacityRows = RUSSIA_CHINA_ROUTES.flatMap((id) => {
    const route = routes.find((r) => r.id === id);
    return route
      ? capacityAsOf(route, filters.to).map((c, i) => ({
          id: `${id}-capacity-${i}`,
          item: route.name.en,
          period: formatPartialDate(c.date),
          bcm: c.bcm,
          bcmMax: null,
          measure: `capacity per year (${route.status.replace('-', ' ')})`,
          scope: c.note ?? null,
          sources: c.sources.join(' '),
        }))
      : [];
  });
  return {
    caption: 'Pipeline flows and capacities (bcm; capacities in bcm per year)',
    columns: [
      { key: 'item', label: 'Series or route' },
      { key: 'period', label: 'Year or date' },
      { key: 'measure', label: 'Measure' },
      { key: 'bcm', label: 'bcm', kind: 'number' },
      { key: 'bcmMax', label: 'bcm (upper end of range)', kind: 'number' },
      { key: 'scope', label: 'Scope and notes' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: [...flowRows, ...capacityRows],
  };
}

export interface AxisAnnotation {
  /** The x category the line is drawn at (a year, or the period that contains it). */
  category: string;
  letter: string;
  labels: string[];
}

/** Shared key events grouped onto the chart's year categories, lettered so the chart can stay uncluttered. */
export function axisAnnotations(annotations: readonly Annotation[], rows: readonly FlowRow[]): AxisAnnotation[] {
  const byCategory = new Map<string, string[]>();
  for (const a of annotations) {
    const row = rows.find(
      (r) =>
        r.key === String(a.year) || (r.key.includes('–') && a.year >= r.year && a.year <= Number(r.key.split('–')[1])),
    );
    if (row) byCategory.set(row.key, [...(byCategory.get(row.key) ?? []), a.label]);
  }
  return [...byCategory.entries()].map(([category, labels], i) => ({
    category,
    letter: String.fromCharCode(65 + i),
    labels,
  }));
}
