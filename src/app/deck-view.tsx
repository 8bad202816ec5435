import { lazy, Suspense } from 'react';
import { SavedViewsList } from '@/features/present/saved-views-list';
import type { SavedView } from '@/store/saved-views';
import { DeckDownloads } from './deck-downloads';

// The thumbnails draw charts: their code loads with the deck list, not with the first screen.
const SlideThumbnail = lazy(() => import('./slide-thumbnail').then((m) => ({ default: m.SlideThumbnail })));

const thumbnail = (saved: SavedView) => (
  <Suspense fallback={<div className="slide-thumb" aria-hidden="true" />}>
    <SlideThumbnail saved={saved} />
  </Suspense>
);

/** The deck: the saved views as slide thumbnails to order and edit, and the deck's downloads. */
export function DeckView() {
  return <SavedViewsList thumbnail={thumbnail} tools={<DeckDownloads />} />;
}
