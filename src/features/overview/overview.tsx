import { useMemo } from 'react';
import type { DatasetSlot } from '@/store/dashboard-store';
import { useDatasetSlots, useFilters } from '@/store/hooks';
import './overview.css';
import { OVERVIEW_DATASETS, selectCountFigures, selectLatestFigures, type OverviewInputs } from './overview-selectors';
import { OverviewStrip } from './overview-strip';

function fileState(slot: DatasetSlot | undefined) {
  if (!slot) return 'loading' as const;
  return slot.status === 'ready' ? slot.data : ('failed' as const);
}

/** The overview strip on the dashboard: the figures follow the loaded files and the shared filters. */
export function Overview() {
  const slots = useDatasetSlots(OVERVIEW_DATASETS);
  const filters = useFilters();
  const inputs = useMemo(
    () => Object.fromEntries(OVERVIEW_DATASETS.map((name, i) => [name, fileState(slots[i])])) as OverviewInputs,
    [slots],
  );
  // A Sector or Status click leaves trade, gas and payments as they are: only the counts are recomputed.
  const latest = useMemo(() => selectLatestFigures(inputs, filters.to), [inputs, filters.to]);
  const counts = useMemo(() => selectCountFigures(inputs, filters), [inputs, filters]);
  const figures = useMemo(() => [...latest, ...counts], [latest, counts]);
  return <OverviewStrip figures={figures} />;
}
