import { DashboardStoreProvider } from '@/store/store-provider';
import type { AppServices } from './bootstrap';
import { DashboardLayout } from './dashboard-layout';

export function App({ store }: AppServices) {
  return (
    <DashboardStoreProvider store={store}>
      <DashboardLayout />
    </DashboardStoreProvider>
  );
}
