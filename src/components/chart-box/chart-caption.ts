import { useMemo } from 'react';
import type { DatasetName } from '@/data/schemas/registry';
import type { ChartId } from '@/domain/chart-ids';
import { describeFilters } from '@/domain/describe-filters';
import { DEFAULT_FILTERS } from '@/domain/view-state';
import { resolveSources } from '@/domain/sources';
import { formatPartialDate } from '@/lib/months';
import type { TidyRow } from '@/lib/tidy-csv';
import { rowSourceIds } from '@/lib/tidy-csv';
import { useDataset, useFilterLabels, useFilters } from '@/store/hooks';
import { sourceLineFits } from '@/domain/source-line';
import { CREDIT_LINE, publishedSourceLines } from './published-caption';
import type { PublishedCaption } from './published-layout';
import { chartPublishers } from './publishers-line';

/**
 * The data file each chart draws from: a chart whose rows carry no date (project counts by deal type, US$ sums by
 * sector) gives the file's "as of" date, as its card's footer does.
 */
const DATA_FILE: Partial<Record<ChartId, DatasetName>> = {
  'investment-status': 'projects',
  'investment-sectors': 'projects',
  'investment-deal-types': 'projects',
  'investment-value-deal-type': 'projects',
  'investment-value-sector': 'projects',
  'investment-regions': 'projects',
  'investment-over-time': 'projects',
  'gas-flows': 'gas-flows',
  'gas-capacity': 'gas-routes',
  'gas-price': 'gas-prices',
  'gas-suppliers': 'gas-suppliers',
  'gas-routes': 'gas-routes',
  'payments-trade': 'trade-monthly',
};

export interface CaptionSpec {
  chartId: ChartId;
  title: string;
  units: string;
  /**
   * 'window': only the time window applies to this chart (gas, trade); 'all': every filter does; 'none': the chart
   * shows the latest sourced state whatever the filters (the route schematic).
   */
  filters: 'window' | 'all' | 'none';
  rows: readonly TidyRow[];
  notes: readonly string[];
}

/** The chart's published caption from the store (filters, sources), recomputed only when its inputs change. */
export function useChartCaption(spec: CaptionSpec): Omit<PublishedCaption, 'urlLine'> {
  const filters = useFilters();
  const labels = useFilterLabels();
  const sources = useDataset('sources');
  const file = useDataset(DATA_FILE[spec.chartId] ?? 'sources');
  const fileAsOf = DATA_FILE[spec.chartId] ? file?.asOf : undefined;
  const { title, units, rows, notes } = spec;
  const scope = spec.filters;
  return useMemo(() => {
    const applied = scope === 'all' ? filters : { ...DEFAULT_FILTERS, from: filters.from, to: filters.to };
    const refs = resolveSources(rowSourceIds(rows), sources?.records);
    const dates = rows.flatMap((r) => (r.date ? [r.date] : [])).sort();
    const latest = dates.at(-1);
    return {
      title,
      subtitle: scope === 'none' ? `${units} · no filter applies` : `${units} · ${describeFilters(applied, labels)}`,
      sourceLines: publishedSourceLines(refs),
      publishers: chartPublishers(refs, !sourceLineFits(refs)),
      notes: [...notes],
      asOfLine: latest
        ? `Data to ${formatPartialDate(latest)}`
        : fileAsOf
          ? `Data as of ${formatPartialDate(fileAsOf)}`
          : 'No dated figures',
      creditLine: CREDIT_LINE,
    };
  }, [filters, labels, sources, fileAsOf, title, units, rows, notes, scope]);
}
