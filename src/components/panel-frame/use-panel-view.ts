import { memo, useMemo, type ComponentType } from 'react';
import { lazyWithPreload, type PreloadableComponent } from '@/lib/lazy-with-preload';
import { useValueAfterPaint } from '@/lib/use-after-paint';
import { usePanelData, useFilters, type PanelData } from '@/store/hooks';
import { resolveSources, type SourceRef } from '@/domain/sources';
import { PANEL_TITLES, type Filters } from '@/domain/view-state';
import type { PanelFrameProps } from './panel-frame';
import type { PanelDatasets, PanelFrameText, PanelSpec } from './panel-spec';

const NO_REFS: readonly SourceRef[] = [];

export interface PanelViewResult<M extends PanelDatasets, F, V> {
  data: PanelData<M> | null;
  frame: F | null;
  view: V | null;
  /** The filters the body shows: they follow a filter change once the frame has been painted. */
  shownFilters: Filters;
  /** Everything PanelFrame needs but the body (and `hasSvg`). */
  frameProps: Omit<PanelFrameProps, 'children'>;
}

/**
 * The panel container's work, once for every panel. The frame's text follows a filter change at once; the view
 * (charts, lists, tables) is computed and drawn from a deferred copy of the filters, in a render React can interrupt
 * (the body is dimmed and aria-busy meanwhile), so typing and stepping through months never wait for it. Nothing is
 * computed until every file the panel needs has loaded (the frame shows loading, or the file's error, until then).
 */
export function usePanelView<
  M extends PanelDatasets,
  F extends PanelFrameText,
  V extends { table: PanelFrameProps['table'] },
  A,
>(spec: PanelSpec<M, F, V, A>, args?: A): PanelViewResult<M, F, V> {
  const { id, datasets, selectFrame, selectView } = spec;
  const data = usePanelData(datasets);
  const filters = useFilters();
  const shownFilters = useValueAfterPaint(filters);
  const frame = useMemo(() => (data ? selectFrame(data, filters) : null), [data, filters, selectFrame]);
  const view = useMemo(
    () => (data ? selectView(data, shownFilters, args as A) : null),
    [data, shownFilters, selectView, args],
  );
  const names = useMemo(() => Object.values(datasets), [datasets]);
  const sourceRefs = useMemo(
    () => (frame ? resolveSources(frame.sourceIds, data?.sources) : NO_REFS),
    [frame, data?.sources],
  );
  const frameProps = {
    id,
    title: PANEL_TITLES[id],
    datasets: names,
    takeaway: frame?.takeaway ?? '',
    summary: frame?.summary ?? '',
    emptyReason: frame?.emptyReason,
    sourceRefs,
    table: view?.table ?? null,
    stale: shownFilters !== filters,
  };
  return { data, frame, view, shownFilters, frameProps };
}

/**
 * A panel body: loaded after the first paint (its charts, and recharts or leaflet with them, are a chunk of their
 * own; the frame's text needs only the selectors), and memoised, so while a filter change is pending the body gets
 * the same deferred props and is skipped.
 */
export function lazyPanelBody<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  return lazyWithPreload(() => load().then((Body) => ({ default: memo(Body) as ComponentType<P> })));
}
