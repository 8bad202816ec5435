import { useEffect } from 'react';
import { useDashboardActions, usePresentation, useSavedViews } from '@/store/hooks';
import type { SavedView } from '@/store/saved-views';

/** The address of a slide: `#present=<view id>` (what the app writes) or `#present=<slide number>`. */
const PARAM = 'present';

export function slideFromHash(hash: string, views: readonly SavedView[]): { index: number } | { error: string } | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM);
  if (raw === null) return null;
  const byId = views.findIndex((v) => v.id === raw);
  if (byId >= 0) return { index: byId };
  const number = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (number >= 1 && number <= views.length) return { index: number - 1 };
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  const count =
    views.length === 0
      ? 'this browser has no saved views (import the deck’s views file first)'
      : `this browser has ${views.length} saved view${views.length === 1 ? '' : 's'}: use a number from 1 to ${views.length} or a view’s id`;
  return { error: `The address asks to present slide “${shown}”, which is not here: ${count}.` };
}

function writeHash(hash: string) {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}

/**
 * Keeps the address in step with the slide on screen (so a slide's address can be shared or reloaded) and opens the
 * slide an address names, at load and when the hash changes. A bad value is a notice, and the dashboard stays.
 */
export function useSlideAddress(): void {
  const presentation = usePresentation();
  const views = useSavedViews();
  const { presentStarted, presentJumped, noticesRaised } = useDashboardActions();
  const current = presentation ? views[presentation.index] : undefined;

  useEffect(() => {
    const open = () => {
      const found = slideFromHash(window.location.hash, views);
      if (!found) return;
      if ('error' in found) {
        noticesRaised([found.error]);
        writeHash('');
      } else if (presentation) presentJumped(found.index);
      else presentStarted(found.index);
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
    // Only at load and on a hash change: the store's own steps write the hash below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const hash = current ? `#${PARAM}=${encodeURIComponent(current.id)}` : '';
    const had = new URLSearchParams(window.location.hash.replace(/^#/, '')).has(PARAM);
    if (hash !== window.location.hash && (hash || had)) writeHash(hash);
  }, [current]);
}
