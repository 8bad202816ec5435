import { useMemo } from 'react';
import { useSelectedProjectId } from '@/store/hooks';
import { selectDetail, type InvestmentView } from './investment-view';
import type { Project } from './investment-selectors';

/** The selected project (chosen here or on the map) and its detail card, if the filters show it. */
export function useSelectedDetail(view: InvestmentView | null, projects: readonly Project[] | undefined) {
  const selectedId = useSelectedProjectId();
  const detail = useMemo(
    () => (view && projects ? selectDetail(view, projects, selectedId) : null),
    [view, projects, selectedId],
  );
  return { selectedId, detail };
}
