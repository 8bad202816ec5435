import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { lazyPanelBody, usePanelView } from '@/components/panel-frame/use-panel-view';
import { useDashboardActions } from '@/store/hooks';
import { INVESTMENT_PANEL } from './investment-view';
import { useSelectedDetail } from './use-selected-detail';
import { useSort } from './use-sort';
import './investment-tracker.css';

const InvestmentBody = lazyPanelBody(() => import('./investment-body').then((m) => m.InvestmentBody));

/** Container: the panel contract (usePanelView) plus the table's sort and the selected project. */
export function InvestmentTrackerPanel() {
  const { projectSelected, sectorToggled, regionToggled, statusToggled, statusesChanged, dealTypeToggled } =
    useDashboardActions();
  const [sort, onSort] = useSort();
  const { data, view, frameProps } = usePanelView(INVESTMENT_PANEL, sort);
  const { selectedId, detail } = useSelectedDetail(view, data?.projects);
  return (
    <PanelFrame {...frameProps} more="More charts">
      {view && (
        <InvestmentBody
          view={view}
          sort={sort}
          selectedId={selectedId}
          detail={detail}
          onSort={onSort}
          onSelect={projectSelected}
          onSector={sectorToggled}
          onRegion={regionToggled}
          onStatus={statusToggled}
          onStatuses={statusesChanged}
          onDealType={dealTypeToggled}
        />
      )}
    </PanelFrame>
  );
}
