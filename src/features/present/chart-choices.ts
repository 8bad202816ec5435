import { CHART_IDS, type ChartId } from '@/domain/chart-ids';

/** What the "Chart on the slide" choice calls each chart (the card's own heading where it has one). */
export const CHART_LABELS: Record<ChartId, string> = {
  overview: 'Overview: the headline figures',
  'investment-status': 'Investment: status funnel',
  'investment-sectors': 'Investment: projects by sector',
  'investment-deal-types': 'Investment: projects by deal type',
  'investment-value-deal-type': 'Investment: US$ value by deal type',
  'investment-value-sector': 'Investment: US$ value by sector',
  'investment-regions': 'Investment: projects by region',
  'investment-over-time': 'Investment: projects over time',
  'gas-flows': 'Gas: capacity and flows',
  'gas-capacity': 'Gas: capacity and flows (capacity lines)',
  'gas-price': 'Gas: the price gap',
  'gas-suppliers': 'Gas: China’s import sources',
  'gas-routes': 'Gas: routes to China',
  'payments-trade': 'Payments: monthly trade with events',
  'border-map': 'Border crossings: the map',
};

export const CHART_CHOICES: readonly { id: ChartId; label: string }[] = CHART_IDS.map((id) => ({
  id,
  label: CHART_LABELS[id],
}));
