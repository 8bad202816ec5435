import { useEffect, useRef } from 'react';
import type { SavedView } from '@/store/saved-views';
import { Slide } from './slide-frame';

/** The slides of an export, each in a full-size 16:9 frame (see captureSlides). */
export function CaptureSet({ views, onDrawn }: { views: readonly SavedView[]; onDrawn: (root: HTMLElement) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) onDrawn(ref.current);
  }, [onDrawn]);
  return (
    <div ref={ref} className="slide-capture">
      {views.map((v) => (
        <div key={v.id} className="slide-frame" data-capture={v.id}>
          <Slide saved={v} headingLevel={3} />
        </div>
      ))}
    </div>
  );
}
