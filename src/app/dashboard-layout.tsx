import { useEffect, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { BorderMapPanel } from '@/features/border-map/border-map-panel';
import { FilterBar } from '@/features/filters/filter-bar';
import { GasNegotiationsPanel } from '@/features/gas-negotiations/gas-negotiations-panel';
import { InvestmentTrackerPanel } from '@/features/investment-tracker/investment-tracker-panel';
import { Overview } from '@/features/overview/overview';
import { PaymentTimelinePanel } from '@/features/payment-timeline/payment-timeline-panel';
import { useFocusedPanel, useTheme } from '@/store/hooks';
import { PANEL_TITLES, type PanelId } from '@/domain/view-state';
import { AppHeader } from './app-header';
import { DeckView } from './deck-view';
import { NoticeList } from './notice-list';

const PANELS: Record<PanelId, () => ReactNode> = {
  investment: () => <InvestmentTrackerPanel />,
  gas: () => <GasNegotiationsPanel />,
  payments: () => <PaymentTimelinePanel />,
  border: () => <BorderMapPanel />,
};

/** The only module that composes several features. While presenting, the slide show replaces it (DashboardOrSlides). */
export function DashboardLayout() {
  const theme = useTheme();
  const focused = useFocusedPanel();

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="dashboard">
      <AppHeader />
      <Overview />
      <NoticeList />
      <FilterBar />
      <main className="dashboard__grid" data-focused={focused ?? undefined}>
        {(Object.keys(PANELS) as PanelId[]).map((id) => (
          <div key={id} className={`dashboard__cell${focused === id ? ' dashboard__cell--focused' : ''}`}>
            <ErrorBoundary fallbackRender={({ error }) => <BrokenPanel id={id} error={error} />}>
              {PANELS[id]()}
            </ErrorBoundary>
          </div>
        ))}
      </main>
      <DeckView />
    </div>
  );
}

/** A panel that crashed keeps its landmark and says why; the rest of the page is unaffected. */
function BrokenPanel({ id, error }: { id: PanelId; error: unknown }) {
  const titleId = `broken-${id}`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{PANEL_TITLES[id]}</h2>
      <p role="alert">This panel failed: {error instanceof Error ? error.message : String(error)}</p>
    </section>
  );
}
