import { useMemo } from 'react';
import { OVERVIEW_DATASETS, selectOverview, type OverviewInputs } from '@/features/overview/overview-selectors';
import type { DatasetSlot } from '@/store/dashboard-store';
import { useDatasetSlots } from '@/store/hooks';
import { sourceLine } from '@/domain/source-line';
import type { Filters } from '@/domain/view-state';
import type { SlideText } from './slide-panels';

function fileState(slot: DatasetSlot | undefined) {
  if (!slot) return 'loading' as const;
  return slot.status === 'ready' ? slot.data : ('failed' as const);
}

/** The overview strip's figures for a saved view's filters, and a takeaway naming the first of them. */
export function useOverviewFigures(filters: Filters) {
  const slots = useDatasetSlots(OVERVIEW_DATASETS);
  return useMemo(() => {
    const inputs = Object.fromEntries(
      OVERVIEW_DATASETS.map((name, i) => [name, fileState(slots[i])]),
    ) as OverviewInputs;
    const figures = selectOverview(inputs, filters);
    const sources = inputs.sources === 'loading' || inputs.sources === 'failed' ? undefined : inputs.sources.records;
    const shown = figures.filter((f) => f.value !== null);
    const first = shown[0];
    const text: SlideText = {
      takeaway: first
        ? `${first.label}: ${first.prefix ?? ''}${first.value}${first.unit === '%' ? '%' : ` ${first.unit}`}${first.period ? ` (${first.period})` : ''}.`
        : 'The headline figures for this view.',
      sourceLine: sourceLine(
        shown.flatMap((f) => f.sourceIds),
        sources,
      ),
      sourceIds: shown.flatMap((f) => f.sourceIds),
    };
    return { figures, text };
  }, [slots, filters]);
}
