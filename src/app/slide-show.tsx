import { PresenterBar } from '@/features/present/presenter-bar';
import { usePresentation, useSavedViews } from '@/store/hooks';
import { LetterboxedSlide } from './slide-frame';

/**
 * Presenting: the current saved view as one letterboxed 16:9 slide filling the screen, nothing else but the
 * presenter's controls (which hide themselves). Loaded only when a presentation starts.
 */
export function SlideShow() {
  const presentation = usePresentation();
  const views = useSavedViews();
  const saved = presentation ? views[presentation.index] : undefined;
  if (!presentation || !saved) return null;
  return (
    <div className="slideshow" role="region" aria-label="Presentation">
      <LetterboxedSlide
        key={saved.id}
        saved={saved}
        showFilters={presentation.showContext}
        projector={presentation.projector}
      />
      <PresenterBar />
    </div>
  );
}
