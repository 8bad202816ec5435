import type { StoreApi } from 'zustand/vanilla';
import { defaultChart, moveView, newViewId, type SavedView } from './saved-views';
import type { ChartId } from '@/domain/chart-ids';
import type { ViewState } from '@/domain/view-state';

export interface Presentation {
  /** Index into the saved views of the slide on screen. */
  index: number;
  /** Show the active-filter context line on each slide (Grafana users ask for both). */
  showContext: boolean;
  /** Force the high-contrast, large-type projector theme. */
  projector: boolean;
}

export interface PresentationState {
  savedViews: SavedView[];
  presentation: Presentation | null;
}

export interface PresentationActions {
  /** `chart` defaults to the focused panel's hero chart (the overview strip when no panel is focused). */
  viewSaved: (details: { name: string; title?: string; note?: string; chart?: ChartId }) => void;
  viewRenamed: (id: string, name: string) => void;
  /** The deck view's edits of a slide: its title, speaker note or chart (an empty name is ignored). */
  viewEdited: (id: string, changes: Partial<Pick<SavedView, 'name' | 'title' | 'note' | 'chart'>>) => void;
  viewMoved: (id: string, delta: number) => void;
  viewDeleted: (id: string) => void;
  viewsImported: (views: SavedView[]) => void;
  viewApplied: (id: string) => void;
  /** Starts at slide `index` (0 unless a slide's address or the deck asks for another). */
  presentStarted: (index?: number) => void;
  presentStepped: (delta: number) => void;
  /** Goes to slide `index` (Home, End, a number then Enter), clamped to the deck. */
  presentJumped: (index: number) => void;
  presentStopped: () => void;
  presentContextToggled: () => void;
  projectorThemeToggled: () => void;
}

interface Host extends PresentationState {
  actions: { viewRestored: (view: ViewState) => void; noticesRaised: (messages: string[]) => void };
}

/** Saved views and the presenter: every step restores a saved view through the same `viewRestored` door as the URL. */
export function createPresentationSlice<S extends Host>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
  currentView: () => ViewState,
): PresentationState & { actions: PresentationActions } {
  const show = (index: number) => {
    const view = get().savedViews[index];
    if (!view) return;
    get().actions.viewRestored(view.view);
  };
  const patch = (p: Partial<PresentationState>) => set(p as Partial<S>);
  const jump = (target: number) => {
    const p = get().presentation;
    if (!p) return;
    const index = Math.min(Math.max(target, 0), get().savedViews.length - 1);
    if (index === p.index) return;
    patch({ presentation: { ...p, index } });
    show(index);
  };
  return {
    savedViews: [],
    presentation: null,
    actions: {
      viewSaved: ({ name, title = '', note = '', chart }) => {
        const views = get().savedViews;
        const view = currentView();
        const saved: SavedView = {
          id: newViewId(views),
          name: name.trim() || `View ${views.length + 1}`,
          title,
          note,
          chart: chart ?? defaultChart(view),
          view,
        };
        patch({ savedViews: [...views, saved] });
      },
      viewEdited: (id, changes) =>
        patch({
          savedViews: get().savedViews.map((v) =>
            v.id === id ? { ...v, ...changes, name: changes.name?.trim() || v.name } : v,
          ),
        }),
      viewRenamed: (id, name) =>
        patch({
          savedViews: get().savedViews.map((v) => (v.id === id && name.trim() ? { ...v, name: name.trim() } : v)),
        }),
      viewMoved: (id, delta) => patch({ savedViews: moveView(get().savedViews, id, delta) }),
      viewDeleted: (id) => patch({ savedViews: get().savedViews.filter((v) => v.id !== id) }),
      viewsImported: (views) => {
        const existing = get().savedViews;
        const taken = new Set(existing.map((v) => v.id));
        const added = views.map((v, i) => (taken.has(v.id) ? { ...v, id: `${v.id}-imported-${i + 1}` } : v));
        patch({ savedViews: [...existing, ...added] });
      },
      viewApplied: (id) => show(get().savedViews.findIndex((v) => v.id === id)),
      presentStarted: (start = 0) => {
        const count = get().savedViews.length;
        if (count === 0) {
          get().actions.noticesRaised(['Save at least one view before presenting: each saved view becomes a slide.']);
          return;
        }
        const index = Math.min(Math.max(start, 0), count - 1);
        patch({ presentation: { index, showContext: true, projector: false } });
        show(index);
      },
      presentStepped: (delta) => {
        const p = get().presentation;
        if (p) jump(p.index + delta);
      },
      presentJumped: (index) => jump(index),
      presentStopped: () => patch({ presentation: null }),
      presentContextToggled: () => {
        const p = get().presentation;
        if (p) patch({ presentation: { ...p, showContext: !p.showContext } });
      },
      projectorThemeToggled: () => {
        const p = get().presentation;
        if (p) patch({ presentation: { ...p, projector: !p.projector } });
      },
    },
  };
}
