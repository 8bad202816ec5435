import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedView } from '@/store/saved-views';

export interface NotesState {
  view: SavedView | undefined;
  next: SavedView | undefined;
  index: number;
  total: number;
}

const slideName = (view: SavedView | undefined) => view?.title || view?.name || '';

/** "12:05" from milliseconds. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The presenter window (where the browser allows pop-ups): the current slide, the next one, the speaker note and a
 * timer from when it was opened. Written with DOM text nodes only (no HTML strings), so a note can never inject markup.
 */
export function usePresenterNotesWindow(): {
  open: () => void;
  update: (state: NotesState) => void;
  blocked: boolean;
} {
  const ref = useRef<Window | null>(null);
  const started = useRef(0);
  const last = useRef<NotesState>({ view: undefined, next: undefined, index: 0, total: 0 });
  const [blocked, setBlocked] = useState(false);

  const render = useCallback(() => {
    const win = ref.current;
    if (!win || win.closed) return;
    const { view, next, index, total } = last.current;
    const doc = win.document;
    doc.title = 'Presenter notes — BRI dashboard';
    doc.body.replaceChildren();
    doc.body.style.fontFamily = 'system-ui, sans-serif';
    const timer = doc.createElement('p');
    timer.id = 'presenter-timer';
    timer.style.fontSize = '32px';
    timer.textContent = `Elapsed ${formatElapsed(Date.now() - started.current)}`;
    const heading = doc.createElement('h1');
    heading.textContent = `Slide ${index + 1} of ${total}: ${slideName(view)}`;
    const note = doc.createElement('p');
    note.style.fontSize = '28px';
    note.textContent = view?.note || 'No speaker note for this slide.';
    const upNext = doc.createElement('p');
    upNext.style.fontSize = '22px';
    upNext.textContent = next ? `Next: ${slideName(next)}` : 'Next: end of the deck';
    doc.body.append(timer, heading, note, upNext);
  }, []);

  const open = useCallback(() => {
    const win = window.open('', 'bri-presenter-notes', 'width=720,height=540');
    if (!win) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    ref.current = win;
    started.current = Date.now();
    render();
  }, [render]);

  // The timer ticks once a second while the window is open.
  useEffect(() => {
    const tick = setInterval(() => {
      const win = ref.current;
      const timer = win && !win.closed ? win.document.getElementById('presenter-timer') : null;
      if (timer) timer.textContent = `Elapsed ${formatElapsed(Date.now() - started.current)}`;
    }, 1000);
    return () => clearInterval(tick);
  }, []);

  const update = useCallback(
    (state: NotesState) => {
      last.current = state;
      render();
    },
    [render],
  );

  return { open, update, blocked };
}
