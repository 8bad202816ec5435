import type { SavedView } from '@/store/saved-views';
import { Slide } from './slide-frame';

/** A saved view's slide, small: the same slide as on screen (its text is sized to the frame), drawn when near. */
export function SlideThumbnail({ saved }: { saved: SavedView }) {
  return (
    <div className="slide-thumb" aria-hidden="true" inert>
      <div className="slide-frame">
        <Slide saved={saved} headingLevel={3} drawNow={false} />
      </div>
    </div>
  );
}
