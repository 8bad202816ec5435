import { useRef, useState, type FormEvent } from 'react';
import { PANEL_HERO_CHART, type ChartId } from '@/domain/chart-ids';
import { useDashboardActions, useFocusedPanel, useSavedViews } from '@/store/hooks';
import { ChartSelect } from './chart-select';

/**
 * "Save view": stores the current filters, focused panel and selection under a name, with the chart its slide shows
 * (the focused panel's hero chart unless the user picks another), an optional slide title and speaker note. A native modal dialog: focus moves into it, Escape closes it, and it never falls off screen.
 */
export function SaveViewForm() {
  const { viewSaved } = useDashboardActions();
  const count = useSavedViews().length;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  // null: follow the focused panel (its hero chart) until the user picks a chart.
  const [picked, setPicked] = useState<ChartId | null>(null);
  const [message, setMessage] = useState('');
  const focused = useFocusedPanel();
  const chart = picked ?? (focused ? PANEL_HERO_CHART[focused] : 'overview');

  const close = () => dialogRef.current?.close();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const finalName = name.trim() || `View ${count + 1}`;
    viewSaved({ name: finalName, title: title.trim(), note: note.trim(), chart });
    setMessage(`Saved “${finalName}”.`);
    setName('');
    setTitle('');
    setNote('');
    setPicked(null);
    close();
  };

  return (
    <div className="save-view">
      <button type="button" aria-haspopup="dialog" onClick={() => dialogRef.current?.showModal()}>
        Save view
      </button>
      <span className="save-view__message" role="status">
        {message}
      </span>
      <dialog ref={dialogRef} className="save-view__dialog" aria-labelledby="save-view-title">
        <form className="save-view__form" onSubmit={submit}>
          <h2 id="save-view-title">Save the current view</h2>
          <p className="muted">
            Filters, focused panel, selection and the chart are saved; each saved view is a slide when you Present.
          </p>
          <label className="field">
            <span>View name</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={`View ${count + 1}`}
              maxLength={120}
            />
          </label>
          <ChartSelect label="Chart on the slide" value={chart} onChange={setPicked} />
          <label className="field">
            <span>Slide title (optional)</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
          </label>
          <label className="field">
            <span>Speaker note (optional)</span>
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={4000} />
          </label>
          <div className="save-view__actions">
            <button type="submit">Save</button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
