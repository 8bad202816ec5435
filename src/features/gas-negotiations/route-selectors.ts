import { formatNumber } from '@/lib/format';
import { byCodeUnit } from '@/lib/compare';
import type { GasRoute } from './flow-selectors';

export const ROUTE_STATUS_LABELS: Record<GasRoute['status'], string> = {
  operating: 'operating',
  'under-construction': 'under construction',
  memorandum: 'memorandum',
  planned: 'planned',
};

export interface SchematicRoute {
  id: string;
  name: string;
  status: GasRoute['status'];
  statusLabel: string;
  /** Solid for operating routes; dashed for anything still on paper or being built. */
  dashed: boolean;
  capacityText: string;
  firstGas: string | null;
  route: string;
  /** The sourced capacity steps, oldest first (the schematic's CSV rows). */
  steps: { date: string; bcm: number; sourceIds: readonly string[] }[];
  sourceIds: readonly string[];
}

/** "38→44 bcm/y", or "capacity not sourced". */
export function capacityText(route: GasRoute): string {
  const steps = [...route.capacityHistory]
    .sort((a, b) => byCodeUnit(a.date, b.date))
    .map((s) => formatNumber(s.bcm, 1));
  if (steps.length > 0) return `${steps.join('→')} bcm/y`;
  return route.capacityBcm !== null ? `${formatNumber(route.capacityBcm, 1)} bcm/y` : 'capacity not sourced';
}

export function selectSchematic(routes: readonly GasRoute[]): { pipelines: SchematicRoute[]; lng: SchematicRoute[] } {
  const all = routes.map((r) => ({
    id: r.id,
    name: r.name.en,
    status: r.status,
    statusLabel: ROUTE_STATUS_LABELS[r.status],
    dashed: r.status !== 'operating',
    capacityText: capacityText(r),
    firstGas: r.firstGas ?? null,
    route: r.route,
    steps: [...r.capacityHistory]
      .sort((a, b) => byCodeUnit(a.date, b.date))
      .map((s) => ({ date: s.date, bcm: s.bcm, sourceIds: s.sources })),
    sourceIds: r.sources,
  }));
  return {
    pipelines: all.filter((_, i) => routes[i]?.kind === 'pipeline'),
    lng: all.filter((_, i) => routes[i]?.kind === 'lng'),
  };
}
