import { useEffect } from 'react';
import { describeFilters } from '@/domain/describe-filters';
import { useDashboardActions, useFilterLabels, useFilters, usePresentation, useSavedViews } from '@/store/hooks';
import { usePresenterNotesWindow } from './use-presenter-notes-window';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** The presenter's controls: slide counter, title, context line, and the keys clickers send. */
export function PresenterBar() {
  const presentation = usePresentation();
  const views = useSavedViews();
  const filters = useFilters();
  const labels = useFilterLabels();
  const { presentStepped, presentStopped, presentContextToggled, projectorThemeToggled } = useDashboardActions();
  const notesWindow = usePresenterNotesWindow();

  useEffect(() => {
    if (!presentation) return;
    const onKey = (event: KeyboardEvent) => {
      if (
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement ||
        event.target instanceof HTMLSelectElement
      )
        return;
      if (NEXT_KEYS.has(event.key)) presentStepped(1);
      else if (PREVIOUS_KEYS.has(event.key)) presentStepped(-1);
      else if (event.key === 'Escape') presentStopped();
      else return;
      event.preventDefault();
    };
    // Leaving browser full screen (Escape is taken by the browser then) also ends the presentation.
    const onFullscreen = () => {
      if (!document.fullscreenElement) presentStopped();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presentation, presentStepped, presentStopped]);

  useEffect(() => {
    if (presentation) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [presentation]);

  const view = presentation ? views[presentation.index] : undefined;
  const { update } = notesWindow;
  useEffect(() => {
    if (presentation) update(view, presentation.index, views.length);
  }, [presentation, view, views.length, update]);

  if (!presentation) return null;

  return (
    <div className="presenter-bar" role="region" aria-label="Presentation">
      <p className="presenter-bar__counter" aria-live="polite">
        Slide {presentation.index + 1} of {views.length}
      </p>
      <h1 className="presenter-bar__title">{view?.title || view?.name}</h1>
      {presentation.showContext && <p className="presenter-bar__context">{describeFilters(filters, labels)}</p>}
      <div className="presenter-bar__tools">
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
      </div>
      {notesWindow.blocked && (
        <p role="status">
          The browser blocked the notes window; the note is shown here instead: {view?.note || 'no note'}
        </p>
      )}
    </div>
  );
}
