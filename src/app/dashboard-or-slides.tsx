import { lazy, Suspense } from 'react';
import { usePresentation } from '@/store/hooks';
import { DashboardLayout } from './dashboard-layout';
import { useSlideAddress } from './slide-address';

// The slides (every chart module with them) load when a presentation starts, not with the first screen.
const SlideShow = lazy(() => import('./slide-show').then((m) => ({ default: m.SlideShow })));

/** The dashboard, or while presenting, the slide show in its place. */
export function DashboardOrSlides() {
  const presentation = usePresentation();
  useSlideAddress();
  if (!presentation) return <DashboardLayout />;
  return (
    <Suspense fallback={<p role="status">Opening the slides…</p>}>
      <SlideShow />
    </Suspense>
  );
}
