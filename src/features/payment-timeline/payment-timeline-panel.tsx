import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { lazyPanelBody, usePanelView } from '@/components/panel-frame/use-panel-view';
import { PAYMENT_PANEL } from './payment-selectors';
import { useWindowChange } from './use-window-change';
import './payment-timeline.css';

const PaymentBody = lazyPanelBody(() => import('./payment-body').then((m) => m.PaymentBody));

/** Container: the panel contract (usePanelView); the window sliders follow the frame, the chart the view. */
export function PaymentTimelinePanel() {
  const { data, frame, view, frameProps } = usePanelView(PAYMENT_PANEL);
  const onWindowChange = useWindowChange(frame);
  return (
    <PanelFrame {...frameProps} more="Events">
      {data && view && frame && (
        <PaymentBody view={view} latest={frame} sources={data.sources} onWindowChange={onWindowChange} />
      )}
    </PanelFrame>
  );
}
