import { useState } from 'react';
import { useDashboardActions } from '@/store/hooks';
import type { SavedView } from '@/store/saved-views';
import { ChartSelect } from './chart-select';

/** Edits a saved view as a slide: its title, the chart it shows and the speaker note. */
export function SlideEditor({ view, onDone }: { view: SavedView; onDone: () => void }) {
  const { viewEdited } = useDashboardActions();
  const [title, setTitle] = useState(view.title);
  const [note, setNote] = useState(view.note);
  const [chart, setChart] = useState(view.chart);
  return (
    <form
      className="saved-view__editor"
      onSubmit={(e) => {
        e.preventDefault();
        viewEdited(view.id, { title: title.trim(), note: note.trim(), chart });
        onDone();
      }}
    >
      <label className="field">
        <span>Slide title for {view.name}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      <ChartSelect label={`Chart for ${view.name}`} value={chart} onChange={setChart} />
      <label className="field">
        <span>Speaker note for {view.name}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={4000} />
      </label>
      <button type="submit">Save slide</button>
    </form>
  );
}
