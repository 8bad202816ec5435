import { useEffect, useRef, useState } from 'react';
import { useDashboardActions, usePresentation, useSavedViews } from '@/store/hooks';
import { usePresenterKeys } from './use-presenter-keys';
import { usePresenterNotesWindow } from './use-presenter-notes-window';

/** How long the controls stay after the pointer last moved. */
const HIDE_AFTER_MS = 2500;

/**
 * The presenter's controls over the slide: hidden while the audience looks, shown on a mouse move or when a key
 * moves focus into them, and hidden again. The keys clickers send work all the time (see usePresenterKeys).
 */
export function PresenterBar() {
  const presentation = usePresentation();
  const views = useSavedViews();
  const { presentStepped, presentStopped, presentContextToggled, projectorThemeToggled } = useDashboardActions();
  const notesWindow = usePresenterNotesWindow();
  const typed = usePresenterKeys();
  const [shown, setShown] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const show = () => {
      setShown(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setShown(false), HIDE_AFTER_MS);
    };
    show();
    window.addEventListener('pointermove', show);
    window.addEventListener('pointerdown', show);
    return () => {
      window.removeEventListener('pointermove', show);
      window.removeEventListener('pointerdown', show);
      clearTimeout(timer.current);
    };
  }, []);

  const view = presentation ? views[presentation.index] : undefined;
  const next = presentation ? views[presentation.index + 1] : undefined;
  const { update } = notesWindow;
  useEffect(() => {
    if (presentation) update({ view, next, index: presentation.index, total: views.length });
  }, [presentation, view, next, views.length, update]);

  if (!presentation) return null;
  const counter = `Slide ${presentation.index + 1} of ${views.length}`;

  return (
    <div
      className={`presenter-bar${shown ? '' : ' presenter-bar--hidden'}`}
      role="toolbar"
      aria-label="Presenter controls"
      data-shown={shown ? '' : undefined}
    >
      <p className="presenter-bar__counter" aria-live="polite">
        {counter}
        {typed && <span className="presenter-bar__typed"> · go to slide {typed}…</span>}
      </p>
      <button type="button" onClick={() => presentStepped(-1)} disabled={presentation.index === 0}>
        Previous slide
      </button>
      <button type="button" onClick={() => presentStepped(1)} disabled={presentation.index === views.length - 1}>
        Next slide
      </button>
      <button type="button" aria-pressed={presentation.showContext} onClick={presentContextToggled}>
        Show filter context
      </button>
      <button type="button" aria-pressed={presentation.projector} onClick={projectorThemeToggled}>
        Projector theme
      </button>
      <button type="button" onClick={notesWindow.open}>
        Presenter notes
      </button>
      <button type="button" onClick={presentStopped}>
        Exit presentation
      </button>
      {notesWindow.blocked && (
        <p role="status" className="presenter-bar__note">
          The browser blocked the notes window; the note: {view?.note || 'no note'}
        </p>
      )}
    </div>
  );
}
