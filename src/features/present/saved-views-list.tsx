import { useId, useRef, useState, type ReactNode } from 'react';
import { downloadBlob } from '@/lib/download';
import { useDashboardActions, useSavedViews } from '@/store/hooks';
import { savedViewsFile, type SavedView } from '@/store/saved-views';
import { readSavedViewsFile } from './read-saved-views-file';
import { SavedViewItem } from './saved-view-item';

/**
 * The deck: the saved views in slide order, to apply, rename, reorder, delete and edit as slides (title, speaker
 * note); export to and import from a JSON file. The app passes each view's thumbnail and the deck's downloads (they
 * draw charts, which only the app composes).
 */
export function SavedViewsList({
  thumbnail,
  tools,
}: {
  thumbnail?: (view: SavedView) => ReactNode;
  tools?: ReactNode;
} = {}) {
  const views = useSavedViews();
  const { viewsImported } = useDashboardActions();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = await readSavedViewsFile(file);
    if ('error' in parsed) setStatus({ kind: 'error', text: parsed.error });
    else {
      viewsImported(parsed.views);
      setStatus({
        kind: 'ok',
        text: `Imported ${parsed.views.length} view${parsed.views.length === 1 ? '' : 's'} from ${file.name}.`,
      });
    }
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <section className="saved-views" aria-labelledby={headingId}>
      <h2 id={headingId}>Saved views</h2>
      {views.length === 0 ? (
        <p className="muted">
          No saved views yet. Set the filters, then “Save view”; each saved view is a slide when you Present.
        </p>
      ) : (
        <ol className="saved-views__list">
          {views.map((v, i) => (
            <SavedViewItem key={v.id} view={v} position={i} total={views.length} thumbnail={thumbnail?.(v)} />
          ))}
        </ol>
      )}
      {tools}
      <div className="saved-views__tools">
        <button
          type="button"
          disabled={views.length === 0}
          onClick={() =>
            downloadBlob(
              new Blob([JSON.stringify(savedViewsFile(views), null, 2)], { type: 'application/json' }),
              'bri-dashboard-saved-views.json',
            )
          }
        >
          Export views
        </button>
        <label className="file-button">
          <span>Import views</span>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
      </div>
      <p
        role={status?.kind === 'error' ? 'alert' : 'status'}
        className={status?.kind === 'error' ? 'saved-views__error' : undefined}
      >
        {status?.text}
      </p>
    </section>
  );
}
