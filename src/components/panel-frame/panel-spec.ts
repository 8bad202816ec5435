import type { DatasetMap, PanelData } from '@/store/hooks';
import type { Filters, PanelId } from '@/domain/view-state';

/** What a panel's frame shows for a selection: the summary, why it is empty, and the sources of what is shown. */
export interface PanelFrameText {
  /** The card's one-line claim ("Trade fell 6.9 % in 2025"), computed from the data by the panel's *-takeaway.ts. */
  takeaway: string;
  summary: string;
  emptyReason: string | null;
  sourceIds: string[];
}

/** A panel's files, by the name its selectors read them under; `sources` gives the frame its source line. */
export type PanelDatasets = DatasetMap & { sources: 'sources' };

/**
 * The panel contract, declared beside the panel's selectors: the files it reads, the frame's text (computed at once
 * on every filter change, so cheap) and the view (what the body draws and the frame's data table, computed from the
 * deferred filters). `usePanelView` does the rest.
 */
export interface PanelSpec<M extends PanelDatasets, F extends PanelFrameText, V, A> {
  id: PanelId;
  datasets: M;
  selectFrame: (data: PanelData<M>, filters: Filters) => F;
  /** `args`: further input besides the files and the filters (a sort, a selection), compared by identity. */
  selectView: (data: PanelData<M>, shownFilters: Filters, args: A) => V;
}

/** Only for the types: checks a panel's spec and keeps its dataset names literal. */
export function definePanel<const M extends PanelDatasets, F extends PanelFrameText, V, A = undefined>(
  spec: PanelSpec<M, F, V, A>,
): PanelSpec<M, F, V, A> {
  return spec;
}
