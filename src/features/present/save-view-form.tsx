import { useId, useState, type FormEvent } from 'react';
import { useDashboardActions, useSavedViews } from '@/store/hooks';

/** "Save view": stores the current filters, focused panel and selection under a name, with an optional slide title and note. */
export function SaveViewForm() {
  const { viewSaved } = useDashboardActions();
  const count = useSavedViews().length;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const finalName = name.trim() || `View ${count + 1}`;
    viewSaved({ name: finalName, title: title.trim(), note: note.trim() });
    setMessage(`Saved “${finalName}”.`);
    setName('');
    setTitle('');
    setNote('');
    setOpen(false);
  };

  return (
    <div className="save-view">
      <button type="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((v) => !v)}>
        Save view
      </button>
      <span className="save-view__message" role="status">
        {message}
      </span>
      {open && (
        <form id={formId} className="save-view__form" onSubmit={submit} aria-label="Save the current view">
          <label className="field">
            <span>View name</span>
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder={`View ${count + 1}`} maxLength={120} />
          </label>
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
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
