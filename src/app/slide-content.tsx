import { lazy, Suspense, useMemo, type ReactElement, type ReactNode } from 'react';
import { BreakdownChart } from '@/features/investment-tracker/breakdown-chart';
import { INVESTMENT_PANEL, type InvestmentView } from '@/features/investment-tracker/investment-view';
import { DEFAULT_SORT } from '@/features/investment-tracker/project-rows';
import { ProjectsOverTimeChart } from '@/features/investment-tracker/projects-over-time-chart';
import { StatusFunnel } from '@/features/investment-tracker/status-funnel';
import { ValueChart } from '@/features/investment-tracker/value-chart';
import { GasCapacityChart } from '@/features/gas-negotiations/gas-capacity-chart';
import { GasFlowsChart } from '@/features/gas-negotiations/gas-flows-chart';
import { GAS_PANEL, type GasView } from '@/features/gas-negotiations/gas-selectors';
import { PriceChart } from '@/features/gas-negotiations/price-chart';
import { RouteSchematic } from '@/features/gas-negotiations/route-schematic';
import { SupplierChart } from '@/features/gas-negotiations/supplier-chart';
import {
  METRICS,
  metricLabel,
  selectSupplierBars,
  supplierChoices,
} from '@/features/gas-negotiations/supplier-selectors';
import { ChartLegend } from '@/features/payment-timeline/chart-legend';
import { PAYMENT_PANEL, type PaymentView } from '@/features/payment-timeline/payment-selectors';
import { TradeChart } from '@/features/payment-timeline/trade-chart';
import { ChartRenderContext } from '@/components/chart-box/chart-render-context';
import { tradeChartProps } from '@/features/payment-timeline/trade-chart-props';
import { BORDER_PANEL } from '@/features/border-map/border-selectors';
import type { SavedView } from '@/store/saved-views';
import { CHART_PANEL, type ChartId } from '@/domain/chart-ids';
import { OverviewSlide } from './slide-overview';
import { usePanelSlide, type SlideText } from './slide-panels';

// Leaflet loads only when a map slide is drawn.
const BorderMap = lazy(() => import('@/features/border-map/border-map').then((m) => ({ default: m.BorderMap })));

export interface SlideParts {
  /** The chart, or null while its files load. */
  chart: ReactNode;
  text: SlideText | null;
}
type Render = (parts: SlideParts) => ReactElement;
interface SlideProps {
  saved: SavedView;
  render: Render;
}

/** A slide is a picture: the charts' click handlers do nothing here (the chart area is inert as well). */
const NOTHING = () => undefined;
const LOADING: SlideParts = { chart: null, text: null };
const empty = (text: string) => <p className="slide__empty">{text}</p>;

function investmentChart(chart: ChartId, view: InvestmentView): ReactNode {
  switch (chart) {
    case 'investment-sectors':
      return <BreakdownChart noun="sector" bars={view.bySector} onToggle={NOTHING} />;
    case 'investment-deal-types':
      return <BreakdownChart noun="deal type" bars={view.byDealType} onToggle={NOTHING} />;
    case 'investment-regions':
      return <BreakdownChart noun="region" bars={view.byRegion} onToggle={NOTHING} />;
    case 'investment-value-deal-type':
      return <ValueChart noun="deal type" bars={view.valueByDealType.bars} />;
    case 'investment-value-sector':
      return <ValueChart noun="sector" bars={view.valueBySector.bars} />;
    case 'investment-over-time':
      return <ProjectsOverTimeChart view={view.byYear} />;
    default:
      return <StatusFunnel stages={view.funnel} troubled={view.troubled} onToggle={NOTHING} onStatuses={NOTHING} />;
  }
}

function InvestmentSlide({ saved, render }: SlideProps) {
  const slide = usePanelSlide(INVESTMENT_PANEL, saved.view.filters, DEFAULT_SORT);
  return render(slide ? { chart: investmentChart(saved.chart, slide.view), text: slide.text } : LOADING);
}

function Suppliers({ suppliers }: { suppliers: GasView['suppliers'] }) {
  const choices = useMemo(() => supplierChoices(suppliers.inWindow, {}), [suppliers]);
  const bars = useMemo(() => selectSupplierBars(suppliers.inWindow, choices), [suppliers, choices]);
  if (choices.metric === null) return empty('No import figures in the time window.');
  return <SupplierChart bars={bars} unit={METRICS[choices.metric].unit} axisLabel={metricLabel(choices.metric)} />;
}

function gasChart(chart: ChartId, view: GasView): ReactNode {
  const { flows, prices } = view;
  switch (chart) {
    case 'gas-price':
      return prices.rows.length ? <PriceChart rows={prices.rows} /> : empty('No sourced prices in the time window.');
    case 'gas-suppliers':
      return <Suppliers suppliers={view.suppliers} />;
    case 'gas-routes':
      return <RouteSchematic pipelines={view.schematic.pipelines} lng={view.schematic.lng} />;
    case 'gas-capacity':
      return flows.capacityLines.length ? (
        <GasCapacityChart lines={flows.capacityLines} combined={flows.combinedCapacity} />
      ) : (
        empty('No pipeline capacities in the time window.')
      );
    default:
      return flows.rows.length ? (
        <GasFlowsChart rows={flows.rows} annotations={flows.axis} />
      ) : (
        empty('No flow years in the time window.')
      );
  }
}

function GasSlide({ saved, render }: SlideProps) {
  const slide = usePanelSlide(GAS_PANEL, saved.view.filters, undefined);
  return render(slide ? { chart: gasChart(saved.chart, slide.view), text: slide.text } : LOADING);
}

function TradeSlideChart({ view }: { view: PaymentView }) {
  const trade = useMemo(() => tradeChartProps(view), [view]);
  if (!trade.chart) return empty('No monthly trade figures in this window.');
  return (
    <div className="payments">
      {/* A slide is published: the brush is not rendered (hidden, it kept a blank band under the axis). */}
      <ChartRenderContext.Provider value="export">
        <TradeChart
          {...trade.chart}
          legend={<ChartLegend {...trade.legend} />}
          selectedEventId={null}
          onEventSelect={NOTHING}
          onBrushChange={NOTHING}
        />
      </ChartRenderContext.Provider>
    </div>
  );
}

function PaymentsSlide({ saved, render }: SlideProps) {
  const slide = usePanelSlide(PAYMENT_PANEL, saved.view.filters, undefined);
  return render(slide ? { chart: <TradeSlideChart view={slide.view} />, text: slide.text } : LOADING);
}

function BorderSlide({ saved, render }: SlideProps) {
  const slide = usePanelSlide(BORDER_PANEL, saved.view.filters, saved.view.selectedProjectId);
  if (!slide) return render(LOADING);
  const chart = (
    <div className="slide__map border-panel">
      <Suspense fallback={<p role="status">Loading map…</p>}>
        <BorderMap
          view={slide.view}
          selectedPlaceId={saved.view.selectedCrossingId}
          selectedProjectId={saved.view.selectedProjectId}
          tiles={false}
          onSelectPlace={NOTHING}
          onSelectProject={NOTHING}
        />
      </Suspense>
    </div>
  );
  return render({ chart, text: slide.text });
}

/**
 * The one place that maps a chart id to what a slide draws: each panel's existing chart component, fed by that
 * panel's own selectors (definePanel spec) for the saved view's filters.
 */
export function SlideContent({ saved, render }: SlideProps) {
  const panel = CHART_PANEL[saved.chart];
  if (panel === 'investment') return <InvestmentSlide saved={saved} render={render} />;
  if (panel === 'gas') return <GasSlide saved={saved} render={render} />;
  if (panel === 'payments') return <PaymentsSlide saved={saved} render={render} />;
  if (panel === 'border') return <BorderSlide saved={saved} render={render} />;
  return <OverviewSlide filters={saved.view.filters} render={render} />;
}
