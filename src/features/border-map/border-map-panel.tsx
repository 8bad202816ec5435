import { useMemo } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { selectBorderView } from './border-selectors';

const DATASETS = ['places', 'regions', 'sources'] as const;

export function BorderMapPanel() {
  const places = useDataset('places');
  const sources = useDataset('sources');
  const filters = useFilters();
  const view = useMemo(() => (places ? selectBorderView(places.records, filters) : null), [places, filters]);

  return (
    <PanelFrame
      id="border"
      title={PANEL_TITLES.border}
      datasets={DATASETS}
      summary={view?.summary ?? ''}
      emptyReason={view?.emptyReason}
      sourceLine={sourceLine(view?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
      hasSvg={false}
    >
      <ul className="place-list">
        {view?.places.map((p) => (
          <li key={p.id}>{p.name.en}</li>
        ))}
      </ul>
    </PanelFrame>
  );
}
