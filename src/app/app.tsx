import { QueryClientProvider } from '@tanstack/react-query';
import { DashboardStoreProvider } from '@/store/store-provider';
import type { AppServices } from './bootstrap';
import { DashboardLayout } from './dashboard-layout';
import { UpdatePrompt } from './update-prompt';

export function App({ store, queryClient }: AppServices) {
  return (
    <QueryClientProvider client={queryClient}>
      <DashboardStoreProvider store={store}>
        <DashboardLayout />
        <UpdatePrompt />
      </DashboardStoreProvider>
    </QueryClientProvider>
  );
}
