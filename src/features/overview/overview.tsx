import { useMemo } from 'react';
import type { DatasetSlot } from '@/store/dashboard-store';
import { useDatasetSlots, useFilters } from '@/store/hooks';
import './overview.css';
import { OVERVIEW_DATASETS, selectOverview, type OverviewInputs } from './overview-selectors';
import { OverviewStrip } from './overview-strip';

function fileState(slot: DatasetSlot | undefined) {
  if (!slot) return 'loading' as const;
  return slot.status === 'ready' ? slot.data : ('failed' as const);
}

/** The overview strip on the dashboard: the figures follow the loaded files and the shared filters. */
export function Overview() {
  const slots = useDatasetSlots(OVERVIEW_DATASETS);
  const filters = useFilters();
  const figures = useMemo(() => {
    const inputs = Object.fromEntries(OVERVIEW_DATASETS.map((name, i) => [name, fileState(slots[i])]));
    return selectOverview(inputs as OverviewInputs, filters);
  }, [slots, filters]);
  return <OverviewStrip figures={figures} />;
}
