import { DashboardStoreProvider } from '@/store/store-provider';
import type { AppServices } from './bootstrap';
import { DashboardLayout } from './dashboard-layout';
import { UpdatePrompt } from './update-prompt';

export function App({ store }: AppServices) {
  return (
    <DashboardStoreProvider store={store}>
      <DashboardLayout />
      <UpdatePrompt />
    </DashboardStoreProvider>
  );
}
