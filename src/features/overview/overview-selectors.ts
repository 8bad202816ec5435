import type { DatasetName, DatasetRecord } from '@/data/schemas/registry';
import type { Filters } from '@/domain/view-state';
import { crossingsFigure, projectsFigure } from './count-figures';
import { pos1Figure, settlementsFigure } from './latest-figures';
import type { FileState, OverviewFigure } from './overview-figure';
import { tradeFigure } from './trade-figure';

/** The data files the strip reads. */
export const OVERVIEW_DATASETS = [
  'sources',
  'trade-monthly',
  'trade-periods',
  'trade-annual',
  'gas-flows',
  'gas-routes',
  'yuan-share',
  'projects',
  'places',
] as const satisfies readonly DatasetName[];
type OverviewDataset = (typeof OVERVIEW_DATASETS)[number];

/** Each file as the store holds it: loaded (a LoadedDataset fits), still loading, or failed. */
export type OverviewInputs = { [N in OverviewDataset]: FileState<DatasetRecord<N>> };

/**
 * Pure: the figures that depend on the window's end alone (trade, gas, payments: none of them has a sector, region
 * or status), so the container recomputes them only when the end moves.
 */
export function selectLatestFigures(inputs: OverviewInputs, to: Filters['to']): OverviewFigure[] {
  const sources = sourcesOf(inputs);
  const trade = { monthly: inputs['trade-monthly'], periods: inputs['trade-periods'], annual: inputs['trade-annual'] };
  return [
    tradeFigure(trade, { to }, sources),
    pos1Figure(inputs['gas-flows'], inputs['gas-routes'], { to }, sources),
    settlementsFigure(inputs['yuan-share'], { to }, sources),
  ];
}

/** Pure: the counts that follow every shared filter (projects, crossings). */
export function selectCountFigures(inputs: OverviewInputs, filters: Filters): OverviewFigure[] {
  const sources = sourcesOf(inputs);
  return [projectsFigure(inputs.projects, filters, sources), crossingsFigure(inputs.places, filters, sources)];
}

/** Pure: the headline figures for the loaded files and the shared filters, in reading order. */
export function selectOverview(inputs: OverviewInputs, filters: Filters): OverviewFigure[] {
  return [...selectLatestFigures(inputs, filters.to), ...selectCountFigures(inputs, filters)];
}

function sourcesOf(inputs: OverviewInputs) {
  return typeof inputs.sources === 'string' ? undefined : inputs.sources.records;
}
