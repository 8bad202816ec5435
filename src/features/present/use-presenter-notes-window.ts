import { useCallback, useRef, useState } from 'react';
import type { SavedView } from '@/store/saved-views';

/**
 * A second window with the current slide's speaker note, where the browser allows pop-ups. Written with DOM text
 * nodes only (no HTML strings), so a note can never inject markup.
 */
export function usePresenterNotesWindow(): {
  open: () => void;
  update: (view: SavedView | undefined, index: number, total: number) => void;
  blocked: boolean;
} {
  const ref = useRef<Window | null>(null);
  const last = useRef<{ view: SavedView | undefined; index: number; total: number }>({
    view: undefined,
    index: 0,
    total: 0,
  });
  const [blocked, setBlocked] = useState(false);

  const render = useCallback(() => {
    const win = ref.current;
    if (!win || win.closed) return;
    const { view, index, total } = last.current;
    const doc = win.document;
    doc.title = 'Presenter notes — BRI dashboard';
    doc.body.replaceChildren();
    const heading = doc.createElement('h1');
    heading.textContent = `Slide ${index + 1} of ${total}: ${view?.title || view?.name || ''}`;
    const note = doc.createElement('p');
    note.style.fontSize = '28px';
    note.textContent = view?.note || 'No speaker note for this slide.';
    doc.body.append(heading, note);
  }, []);

  const open = useCallback(() => {
    const win = window.open('', 'bri-presenter-notes', 'width=640,height=480');
    if (!win) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    ref.current = win;
    render();
  }, [render]);

  const update = useCallback(
    (view: SavedView | undefined, index: number, total: number) => {
      last.current = { view, index, total };
      render();
    },
    [render],
  );

  return { open, update, blocked };
}
