import { useMemo } from 'react';
import { describeFilters } from '@/domain/describe-filters';
import { DEFAULT_FILTERS } from '@/domain/view-state';
import { resolveSources } from '@/domain/sources';
import { formatPartialDate } from '@/lib/months';
import type { TidyRow } from '@/lib/tidy-csv';
import { rowSourceIds } from '@/lib/tidy-csv';
import { useDataset, useFilterLabels, useFilters } from '@/store/hooks';
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

/** The chart's published caption from the store (filters, sources), recomputed only when its inputs change. */
export function useChartCaption(spec: CaptionSpec): Omit<PublishedCaption, 'urlLine'> {
  const filters = useFilters();
  const labels = useFilterLabels();
  const sources = useDataset('sources');
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
      slideSourceLine: sourceLineFits(refs)
        ? originalsLine(refs)
        : `${originalsLine(refs)}. The ${refs.length} sources are numbered in the chart's SVG, A4 export and sources CSV.`,
      notes: [...notes],
      asOfLine: latest ? `Data to ${formatPartialDate(latest)}` : 'No dated figures',
      creditLine: CREDIT_LINE,
    };
  }, [filters, labels, sources, title, units, rows, notes, scope]);
}
