import { useEffect, useState } from 'react';
import { useDashboardActions, usePresentation, useSavedViews } from '@/store/hooks';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * The keys presenters and clickers use: ←/→ and PageUp/PageDown step, Home/End go to the first and last slide, a
 * number then Enter jumps to that slide, Escape leaves. Returns the number typed so far (shown beside the counter).
 */
export function usePresenterKeys(): string {
  const presentation = usePresentation();
  const count = useSavedViews().length;
  const { presentStepped, presentJumped, presentStopped } = useDashboardActions();
  const [typed, setTyped] = useState('');
  const active = presentation !== null;

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement
      )
        return;
      // Enter on a focused control presses it; only a typed number makes Enter a jump.
      if (event.key === 'Enter' && typed === '') return;
      if (/^[0-9]$/.test(event.key)) setTyped((t) => (t + event.key).slice(-3));
      else if (event.key === 'Enter') {
        presentJumped(Number(typed) - 1);
        setTyped('');
      } else if (NEXT_KEYS.has(event.key) && !(event.key === ' ' && target instanceof HTMLButtonElement))
        presentStepped(1);
      else if (PREVIOUS_KEYS.has(event.key)) presentStepped(-1);
      else if (event.key === 'Home') presentJumped(0);
      else if (event.key === 'End') presentJumped(count - 1);
      else if (event.key === 'Escape') presentStopped();
      else return;
      if (event.key !== 'Enter' && !/^[0-9]$/.test(event.key)) setTyped('');
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
  }, [active, typed, count, presentStepped, presentJumped, presentStopped]);

  // Leaving the presentation (these controls go away) leaves the full screen it asked for, not a panel's own.
  useEffect(
    () => () => {
      if (document.fullscreenElement === document.documentElement)
        void document.exitFullscreen().catch(() => undefined);
    },
    [],
  );

  return typed;
}
