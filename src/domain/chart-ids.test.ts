import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHART_PANEL, PANEL_HERO_CHART, isChartId } from './chart-ids';

describe('chart ids', () => {
  it('gives each panel a hero chart that belongs to that panel', () => {
    expect(PANEL_HERO_CHART).toEqual({
      investment: 'investment-deal-types',
      gas: 'gas-flows',
      payments: 'payments-trade',
      border: 'border-map',
    });
    for (const [panel, chart] of Object.entries(PANEL_HERO_CHART)) expect(CHART_PANEL[chart]).toBe(panel);
  });

  it('accepts only known ids (URL and saved-view input)', () => {
    expect(isChartId('gas-flows')).toBe(true);
    expect(isChartId('gas-flow')).toBe(false);
    expect(isChartId('__proto__')).toBe(false);
    expect(new Set(CHART_IDS).size).toBe(CHART_IDS.length);
  });
});
