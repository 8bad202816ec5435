import { DashboardStoreProvider } from '@/store/store-provider';
import type { AppServices } from './bootstrap';
import { DashboardOrSlides } from './dashboard-or-slides';
import { UpdatePrompt } from './update-prompt';

export function App({ store }: AppServices) {
  return (
    <DashboardStoreProvider store={store}>
      <DashboardOrSlides />
      <UpdatePrompt />
    </DashboardStoreProvider>
  );
}
