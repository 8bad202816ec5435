import './border-map.css';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { lazyPanelBody, usePanelView } from '@/components/panel-frame/use-panel-view';
import { useDashboardActions, useSelectedCrossingId, useSelectedProjectId } from '@/store/hooks';
import { BORDER_PANEL } from './border-selectors';

const BorderBody = lazyPanelBody(() => import('./border-body').then((m) => m.BorderBody));

/** Container: the panel contract (usePanelView) plus the selected crossing and project. */
export function BorderMapPanel() {
  const selectedCrossingId = useSelectedCrossingId();
  const selectedProjectId = useSelectedProjectId();
  const { crossingSelected, projectSelected, regionToggled } = useDashboardActions();
  const panel = usePanelView(BORDER_PANEL, selectedProjectId);
  return (
    <PanelFrame {...panel.frameProps} more="Places">
      {panel.view && (
        <BorderBody
          view={panel.view}
          selectedCrossingId={selectedCrossingId}
          selectedProjectId={selectedProjectId}
          activeRegions={panel.shownFilters.regions}
          onSelectCrossing={crossingSelected}
          onSelectProject={projectSelected}
          onToggleRegion={regionToggled}
        />
      )}
    </PanelFrame>
  );
}
