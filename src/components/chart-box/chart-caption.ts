import { useCallback } from 'react';
import { describeFilters } from '@/domain/describe-filters';
import { DEFAULT_FILTERS } from '@/domain/view-state';
import { resolveSources } from '@/domain/sources';
import { formatPartialDate } from '@/lib/months';
import type { TidyRow } from '@/lib/tidy-csv';
import { rowSourceIds } from '@/lib/tidy-csv';
import { useDataset, useFilterLabels, useFilters } from '@/store/hooks';
import { useLatest } from '@/lib/use-latest';
import { originalsLine, sourceLineFits } from '@/domain/source-line';
import { CREDIT_LINE, publishedSourceLines } from './published-caption';
import type { PublishedCaption } from './published-layout';

export interface CaptionSpec {
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
  const latestRef = useLatest({ spec, filters, labels, sources });
  return useCallback(() => {
    const { spec: s, filters: f, labels: l, sources: src } = latestRef.current;
    const applied = s.filters === 'all' ? f : { ...DEFAULT_FILTERS, from: f.from, to: f.to };
    const refs = resolveSources(rowSourceIds(s.rows), src?.records);
    const dates = s.rows.flatMap((r) => (r.date ? [r.date] : [])).sort();
    const latestDate = dates.at(-1);
    return {
      title: s.title,
      subtitle: s.filters === 'none' ? `${s.units} · no filter applies` : `${s.units} · ${describeFilters(applied, l)}`,
      sourceLines: publishedSourceLines(refs),
      slideSourceLine: sourceLineFits(refs)
        ? originalsLine(refs)
        : `${originalsLine(refs)}. The ${refs.length} sources are numbered in the chart's SVG, A4 export and sources CSV.`,
      notes: [...s.notes],
      asOfLine: latestDate ? `Data to ${formatPartialDate(latestDate)}` : 'No dated figures',
      creditLine: CREDIT_LINE,
    };
  }, [latestRef]);
}
