import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { lazyPanelBody, usePanelView } from '@/components/panel-frame/use-panel-view';
import { GAS_PANEL } from './gas-selectors';
import './gas-negotiations.css';

const GasBody = lazyPanelBody(() => import('./gas-body').then((m) => m.GasBody));

/** Container: the panel contract (usePanelView); every section's filtering is in selectGasView. */
export function GasNegotiationsPanel() {
  const { view, frameProps } = usePanelView(GAS_PANEL);
  return (
    <PanelFrame {...frameProps} more="More charts">
      {view && <GasBody view={view} />}
    </PanelFrame>
  );
}
