import { useMemo } from 'react';
import type { OverviewFigure } from '@/features/overview/overview-figure';
import { OVERVIEW_DATASETS, selectOverview, type OverviewInputs } from '@/features/overview/overview-selectors';
import type { DatasetSlot } from '@/store/dashboard-store';
import { useDatasetSlots } from '@/store/hooks';
import { originalsLine } from '@/domain/source-line';
import { resolveSources } from '@/domain/sources';
import type { Filters } from '@/domain/view-state';
import type { SlideText } from './slide-panels';

function fileState(slot: DatasetSlot | undefined) {
  if (!slot) return 'loading' as const;
  return slot.status === 'ready' ? slot.data : ('failed' as const);
}

/** The overview figures for these filters from the store's file slots (pure; the briefing reads them too). */
export function overviewFigures(slots: readonly (DatasetSlot | undefined)[], filters: Filters) {
  const inputs = Object.fromEntries(OVERVIEW_DATASETS.map((name, i) => [name, fileState(slots[i])])) as OverviewInputs;
  return { figures: selectOverview(inputs, filters), inputs };
}

/** "China–Russia trade, 12 months: US$241.9 bn (May 2025 – Apr 2026)". */
export function figureText(f: OverviewFigure): string {
  if (f.value === null) return `${f.label}: ${f.missing ?? 'no figure'}`;
  const unit = f.unit === '%' ? '%' : ` ${f.unit}`;
  return `${f.label}: ${f.prefix ?? ''}${f.value}${unit}${f.period ? ` (${f.period})` : ''}`;
}

/** The overview strip's figures for a saved view's filters, and a takeaway naming the first of them. */
export function useOverviewFigures(filters: Filters) {
  const slots = useDatasetSlots(OVERVIEW_DATASETS);
  return useMemo(() => {
    const { figures, inputs } = overviewFigures(slots, filters);
    const sources = inputs.sources === 'loading' || inputs.sources === 'failed' ? undefined : inputs.sources.records;
    const shown = figures.filter((f) => f.value !== null);
    const first = shown[0];
    const ids = shown.flatMap((f) => f.sourceIds);
    const text: SlideText = {
      takeaway: first ? `${figureText(first)}.` : 'The headline figures for this view.',
      sourceLine: originalsLine(resolveSources(ids, sources)),
      sourceIds: ids,
    };
    return { figures, text };
  }, [slots, filters]);
}
