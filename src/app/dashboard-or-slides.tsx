import { lazy, Suspense } from 'react';
import { usePresentation } from '@/store/hooks';
import { DashboardLayout } from './dashboard-layout';
import { EMBED_CHART } from './embed-address';
import { useSlideAddress } from './slide-address';

// The slides (every chart module with them) load when a presentation starts, not with the first screen.
const SlideShow = lazy(() => import('./slide-show').then((m) => ({ default: m.SlideShow })));
const EmbedView = lazy(() => import('./embed-view').then((m) => ({ default: m.EmbedView })));

/** The dashboard, or while presenting, the slide show in its place; or one chart alone for an embed (#embed=<id>). */
export function DashboardOrSlides() {
  const presentation = usePresentation();
  useSlideAddress();
  if (EMBED_CHART !== null) {
    return (
      <Suspense fallback={<p role="status">Opening the chart…</p>}>
        <EmbedView chart={EMBED_CHART} />
      </Suspense>
    );
  }
  if (!presentation) return <DashboardLayout />;
  return (
    <Suspense fallback={<p role="status">Opening the slides…</p>}>
      <SlideShow />
    </Suspense>
  );
}
