import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DashboardStore } from './dashboard-store';

export const StoreContext = createContext<StoreApi<DashboardStore> | null>(null);

export function useStoreApi(): StoreApi<DashboardStore> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi must be used inside <DashboardStoreProvider>');
  return store;
}
