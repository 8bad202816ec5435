import type { PanelId } from './view-state';

/**
 * Every chart a user can export, embed, save in a view or put on a slide has one stable id, used in URLs
 * (`?chart=`, the embed route), saved-view files and export file names. Add a chart here when you add it to a panel;
 * never rename an id (saved views and embed snippets in client documents hold them).
 */
export const CHART_IDS = [
  'overview',
  'investment-status',
  'investment-sectors',
  'investment-deal-types',
  'investment-value-deal-type',
  'investment-value-sector',
  'investment-regions',
  'investment-over-time',
  'gas-flows',
  'gas-capacity',
  'gas-price',
  'gas-suppliers',
  'gas-routes',
  'payments-trade',
  'border-map',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The panel each chart belongs to (the overview strip belongs to none). */
export const CHART_PANEL: Record<ChartId, PanelId | null> = {
  overview: null,
  'investment-status': 'investment',
  'investment-sectors': 'investment',
  'investment-deal-types': 'investment',
  'investment-value-deal-type': 'investment',
  'investment-value-sector': 'investment',
  'investment-regions': 'investment',
  'investment-over-time': 'investment',
  'gas-flows': 'gas',
  'gas-capacity': 'gas',
  'gas-price': 'gas',
  'gas-suppliers': 'gas',
  'gas-routes': 'gas',
  'payments-trade': 'payments',
  'border-map': 'border',
};

/** The one chart each card shows first (its hero); the others sit behind the card's tabs. */
export const PANEL_HERO_CHART: Record<PanelId, ChartId> = {
  investment: 'investment-deal-types',
  gas: 'gas-flows',
  payments: 'payments-trade',
  border: 'border-map',
};

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}
