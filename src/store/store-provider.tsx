import type { ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DashboardStore } from './dashboard-store';
import { StoreContext } from './store-context';

/** The store is created by the caller (from the URL at start-up, or fresh per test) and provided here. */
export function DashboardStoreProvider({ store, children }: { store: StoreApi<DashboardStore>; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
