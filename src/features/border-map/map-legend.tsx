import type { Rivers } from '@/data/geo/rivers';
import { safeHttpUrl } from '@/lib/safe-url';
import type { BorderView } from './border-selectors';
import { OKABE_ITO_GREY, PLACE_STATUS_LABELS, PROJECT_SHAPE, SHAPE_LABELS, STATUS_COLORS } from './marker-style';
import { ShapeSwatch } from './shape-swatch';

interface Props {
  view: BorderView;
  rivers: Rivers | null;
  tiles: boolean;
}

/** Inside the panel body, so "Download PNG" captures it with the map. */
export function MapLegend({ view, rivers, tiles }: Props) {
  const { legend } = view;
  return (
    <div className="border-legend" aria-label="Map legend" role="group">
      <p className="border-legend__title">Legend</p>
      <ul className="border-legend__list">
        {legend.shapes.map((shape) => (
          <li key={shape}>
            <ShapeSwatch style={{ shape, color: OKABE_ITO_GREY, approximate: false }} /> {SHAPE_LABELS[shape]}
          </li>
        ))}
        {legend.statuses.map((status) => (
          <li key={status}>
            <ShapeSwatch style={{ shape: 'circle', color: STATUS_COLORS[status], approximate: false }} />{' '}
            {PLACE_STATUS_LABELS[status]}
          </li>
        ))}
        {legend.approximate && (
          <li>
            <ShapeSwatch style={{ shape: 'circle', color: OKABE_ITO_GREY, approximate: true }} /> Hollow, dashed:
            approximate location (no source gives coordinates: the town’s position, from GeoNames, or our fact sheet’s)
          </li>
        )}
        {legend.projects && (
          <li>
            <ShapeSwatch style={{ shape: PROJECT_SHAPE, color: '#000000', approximate: false }} /> {SHAPE_LABELS.target}
            ; the project selected in the investment panel is ringed
          </li>
        )}
        {rivers && (
          <li>
            <span className="border-legend__river" aria-hidden="true" /> Rivers:{' '}
            {rivers.collection.features.map((f) => f.properties.name.en).join('; ')}
          </li>
        )}
      </ul>
      {view.drawMode === 'canvas' && (
        <p>Large selection: places are drawn as dots (colour = status); use the list to reach each one.</p>
      )}
      <p className="border-legend__attribution">
        Country shapes: Natural Earth 1:110m (public domain) via world-atlas.
        {rivers && (
          <>
            {' '}
            Rivers: <SourceName name={rivers.source.name} url={rivers.source.url} /> ({rivers.source.licence}).{' '}
            {rivers.notIncluded}
          </>
        )}
        {tiles && ' Map tiles © OpenStreetMap contributors.'}
      </p>
    </div>
  );
}

function SourceName({ name, url }: { name: string; url: string }) {
  const href = safeHttpUrl(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}
