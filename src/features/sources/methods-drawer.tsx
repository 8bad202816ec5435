import * as Ariakit from '@ariakit/react';
import { ClaimsView } from './claims-view';
import { SourcesView } from './sources-view';

/**
 * "Sources and methods", as OWID keeps its processing notes off the chart: every source with what cites it, and the
 * source article's claims with the corrections the panels show. A dialog (Ariakit: focus is trapped and returns,
 * Escape closes), so the main view shows findings and the audit trail is one click away.
 */
export function MethodsDrawer() {
  const dialog = Ariakit.useDialogStore();
  return (
    <>
      <Ariakit.Button className="app-header__methods" onClick={dialog.show}>
        Methods and sources
      </Ariakit.Button>
      <Ariakit.Dialog
        store={dialog}
        className="methods-drawer"
        backdrop={<div className="methods-drawer__backdrop" />}
        unmountOnHide
      >
        <div className="methods-drawer__head">
          <Ariakit.DialogHeading className="methods-drawer__title">Methods and sources</Ariakit.DialogHeading>
          <Ariakit.DialogDismiss className="methods-drawer__close">Close</Ariakit.DialogDismiss>
        </div>
        <p>
          Every figure on the dashboard comes from the files in <code>data/</code>, each record with its sources, a date
          and a confidence grade (confirmed, derived, approximate or seed-only). Estimates are marked on the charts; a
          missing figure is shown as missing. Where the article the project started from and later reporting differ,
          both are kept with their sources, and the panels show the corrected figure.
        </p>
        <SourcesView />
        <ClaimsView />
      </Ariakit.Dialog>
    </>
  );
}
