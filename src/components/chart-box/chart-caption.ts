import { useCallback } from 'react';
import type { DatasetName } from '@/data/schemas/registry';
import type { ChartId } from '@/domain/chart-ids';
import { describeFilters } from '@/domain/describe-filters';
import { DEFAULT_FILTERS } from '@/domain/view-state';
import { resolveSources } from '@/domain/sources';
import { formatPartialDate } from '@/lib/months';
import type { TidyRow } from '@/lib/tidy-csv';
import { rowSourceIds } from '@/lib/tidy-csv';
import { useDataset, useFilterLabels, useFilters } from '@/store/hooks';
import { useLatest } from '@/lib/use-latest';
import { sourceLineFits } from '@/domain/source-line';
import { CREDIT_LINE, publishedSourceLines } from './published-caption';
import type { PublishedCaption } from './published-layout';
import { chartPublishers } from './publishers-line';

export interface CaptionSpec {
  chartId: ChartId;
  /**
   * The data file the chart draws from: a chart whose rows carry no date (project counts by deal type, US$ sums by
   * sector) gives the file's "as of" date, as its card's footer does.
   */
  dataFile: DatasetName;
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

export type ChartCaption = Omit<PublishedCaption, 'urlLine'>;

/**
 * The chart's published caption, built from the store (filters, sources) when an export asks for it. Only exports use
 * it, and a filter change re-renders every chart: resolving and wording a few hundred sources per chart per change
 * was a tenth of the redraw (issue 22). The builder is one function for the chart's life; it reads the latest inputs.
 */
export function useCaptionBuilder(spec: CaptionSpec): () => ChartCaption {
  const filters = useFilters();
  const labels = useFilterLabels();
  const sources = useDataset('sources');
  const fileAsOf = useDataset(spec.dataFile)?.asOf;
  const latestRef = useLatest({ spec, filters, labels, sources, fileAsOf });
  return useCallback(() => {
    const { spec: s, filters: f, labels: l, sources: src, fileAsOf: asOf } = latestRef.current;
    const applied = s.filters === 'all' ? f : { ...DEFAULT_FILTERS, from: f.from, to: f.to };
    const refs = resolveSources(rowSourceIds(s.rows), src?.records);
    const dates = s.rows.flatMap((r) => (r.date ? [r.date] : [])).sort();
    const latestDate = dates.at(-1);
    return {
      title: s.title,
      subtitle: s.filters === 'none' ? `${s.units} · no filter applies` : `${s.units} · ${describeFilters(applied, l)}`,
      sourceLines: publishedSourceLines(refs),
      publishers: chartPublishers(refs, !sourceLineFits(refs)),
      notes: [...s.notes],
      asOfLine: latestDate
        ? `Data to ${formatPartialDate(latestDate)}`
        : asOf
          ? `Data as of ${formatPartialDate(asOf)}`
          : 'No dated figures',
      creditLine: CREDIT_LINE,
    };
  }, [latestRef]);
}
