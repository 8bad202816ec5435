import type { TidyRow } from '@/lib/tidy-csv';
import type { SchematicRoute } from './route-selectors';

/**
 * What the schematic shows, as tidy rows: one per sourced capacity step of each route drawn (a route without a
 * sourced capacity gets one row with an empty value), its status as the category.
 */
export function schematicRows(routes: readonly SchematicRoute[]): TidyRow[] {
  const base = { low: null, high: null, currency: null, usdEquivalent: null, confidence: null, unit: 'bcm/y' };
  return routes.flatMap((r): TidyRow[] =>
    r.steps.length > 0
      ? r.steps.map((s) => ({
          ...base,
          series: r.name,
          category: r.statusLabel,
          date: s.date,
          value: s.bcm,
          sourceIds: s.sourceIds,
        }))
      : [{ ...base, series: r.name, category: r.statusLabel, date: null, value: null, sourceIds: r.sourceIds }],
  );
}

const count = (routes: readonly SchematicRoute[], statuses: readonly SchematicRoute['status'][]) =>
  routes.filter((r) => statuses.includes(r.status)).length;

/** "Pipelines to China: 2 operating, 1 under construction, 2 agreed or planned", from the routes drawn. */
export function schematicTitle(routes: readonly SchematicRoute[]): string {
  if (routes.length === 0) return 'No pipeline routes to China on record';
  const parts = [
    [count(routes, ['operating']), 'operating'],
    [count(routes, ['under-construction']), 'under construction'],
    [count(routes, ['memorandum', 'planned']), 'agreed on paper or planned'],
  ] as const;
  return `Pipelines to China: ${parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ')}`;
}
