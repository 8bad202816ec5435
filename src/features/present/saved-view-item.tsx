import { useState, type ReactNode } from 'react';
import { SlideEditor } from './slide-editor';
import { CHART_LABELS } from './chart-choices';
import { describeFilters } from '@/domain/describe-filters';
import { useDashboardActions, useFilterLabels } from '@/store/hooks';
import type { SavedView } from '@/store/saved-views';
import { PANEL_TITLES } from '@/domain/view-state';

export function SavedViewItem({
  view,
  position,
  total,
  thumbnail,
}: {
  view: SavedView;
  position: number;
  total: number;
  thumbnail?: ReactNode;
}) {
  const { viewApplied, viewRenamed, viewMoved, viewDeleted } = useDashboardActions();
  const labels = useFilterLabels();
  const [editing, setEditing] = useState(false);
  const [editingSlide, setEditingSlide] = useState(false);
  const { presentStarted } = useDashboardActions();
  const [name, setName] = useState(view.name);

  return (
    <li className="saved-view">
      {thumbnail}
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            viewRenamed(view.id, name);
            setEditing(false);
          }}
        >
          <label className="field field--inline">
            <span>New name for {view.name}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
          </label>
          <button type="submit">Save name</button>
        </form>
      ) : (
        <button type="button" className="saved-view__apply" onClick={() => viewApplied(view.id)}>
          {view.name}
        </button>
      )}
      <span className="muted saved-view__detail">
        Slide {position + 1}: {view.title || view.name} · {CHART_LABELS[view.chart]} ·{' '}
        {view.view.focusedPanel ? `${PANEL_TITLES[view.view.focusedPanel]} · ` : ''}
        {describeFilters(view.view.filters, labels)}
      </span>
      <span className="saved-view__tools">
        <button type="button" aria-label={`Rename ${view.name}`} onClick={() => setEditing((v) => !v)}>
          Rename
        </button>
        <button
          type="button"
          aria-label={`Edit slide ${view.name}`}
          aria-expanded={editingSlide}
          onClick={() => setEditingSlide((v) => !v)}
        >
          Edit slide
        </button>
        <button type="button" aria-label={`Present from ${view.name}`} onClick={() => presentStarted(position)}>
          Present from here
        </button>
        <button
          type="button"
          aria-label={`Move ${view.name} up`}
          disabled={position === 0}
          onClick={() => viewMoved(view.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${view.name} down`}
          disabled={position === total - 1}
          onClick={() => viewMoved(view.id, 1)}
        >
          ↓
        </button>
        <button type="button" aria-label={`Delete ${view.name}`} onClick={() => viewDeleted(view.id)}>
          Delete
        </button>
      </span>
      {editingSlide && <SlideEditor view={view} onDone={() => setEditingSlide(false)} />}
    </li>
  );
}
