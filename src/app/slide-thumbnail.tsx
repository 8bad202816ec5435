import { useRef } from 'react';
import { useNearViewport } from '@/lib/use-near-viewport';
import type { SavedView } from '@/store/saved-views';
import { Slide } from './slide-frame';

/**
 * A saved view's slide, small: the same slide as on screen (its text is sized to the frame). It is drawn once it
 * comes near the screen (the deck list sits at the foot of a long page), and then all at once.
 */
export function SlideThumbnail({ saved }: { saved: SavedView }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return (
    <div ref={ref} className="slide-thumb" aria-hidden="true" inert>
      {near && (
        <div className="slide-frame">
          <Slide saved={saved} headingLevel={3} />
        </div>
      )}
    </div>
  );
}
