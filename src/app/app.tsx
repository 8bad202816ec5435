import { DashboardStoreProvider } from '@/store/store-provider';
import type { AppServices } from './bootstrap';
import { DashboardOrSlides } from './dashboard-or-slides';
import { EMBED_CHART } from './embed-address';
import { UpdatePrompt } from './update-prompt';

export function App({ store }: AppServices) {
  return (
    <DashboardStoreProvider store={store}>
      <DashboardOrSlides />
      {/* An embed is a chart inside someone else's page: no offline notice, no update offer, no service worker. */}
      {EMBED_CHART === null && <UpdatePrompt />}
    </DashboardStoreProvider>
  );
}
