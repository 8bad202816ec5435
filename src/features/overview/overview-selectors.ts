import type { DatasetName, DatasetRecord } from '@/data/schemas/registry';
import type { Filters } from '@/store/view-state';
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

/** Pure: the headline figures for the loaded files and the shared filters, in reading order. */
export function selectOverview(inputs: OverviewInputs, filters: Filters): OverviewFigure[] {
  const sources = typeof inputs.sources === 'string' ? undefined : inputs.sources.records;
  const trade = { monthly: inputs['trade-monthly'], periods: inputs['trade-periods'], annual: inputs['trade-annual'] };
  return [
    tradeFigure(trade, filters, sources),
    pos1Figure(inputs['gas-flows'], inputs['gas-routes'], filters, sources),
    settlementsFigure(inputs['yuan-share'], filters, sources),
    projectsFigure(inputs.projects, filters, sources),
    crossingsFigure(inputs.places, filters, sources),
  ];
}
