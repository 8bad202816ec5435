import { useMemo } from 'react';
import type { PanelDatasets, PanelFrameText, PanelSpec } from '@/components/panel-frame/panel-spec';
import { usePanelData, type PanelData } from '@/store/hooks';
import { originalsLine } from '@/domain/source-line';
import { resolveSources } from '@/domain/sources';
import type { Filters } from '@/domain/view-state';

/** What a slide shows besides its chart: one sentence to read aloud and where the figures come from. */
export interface SlideText {
  takeaway: string;
  /** Every original publisher cited, best first (the slide fits the whole line: SlideSource). */
  sourceLine: string;
  sourceIds: readonly string[];
}

export function slideText(frame: PanelFrameText, sources: PanelData<PanelDatasets>['sources'] | undefined): SlideText {
  return {
    takeaway: frame.takeaway,
    sourceLine: originalsLine(resolveSources(frame.sourceIds, sources)),
    sourceIds: frame.sourceIds,
  };
}

/**
 * A panel's frame and view for a saved view's filters (not the dashboard's): the panel's own spec (definePanel)
 * computes them from the loaded files, so any slide can be drawn at any time: on screen, as a thumbnail, in the deck
 * export. Null until every file the panel needs has loaded.
 */
export function usePanelSlide<M extends PanelDatasets, F extends PanelFrameText, V, A>(
  spec: PanelSpec<M, F, V, A>,
  filters: Filters,
  args: A,
): { data: PanelData<M>; frame: F; view: V; text: SlideText } | null {
  const data = usePanelData(spec.datasets);
  const { selectFrame, selectView } = spec;
  return useMemo(() => {
    if (!data) return null;
    const frame = selectFrame(data, filters);
    return { data, frame, view: selectView(data, filters, args), text: slideText(frame, data.sources) };
  }, [data, filters, args, selectFrame, selectView]);
}
