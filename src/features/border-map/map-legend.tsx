import type { RegionMap } from '@/data/geo/region-map';
import type { Rivers } from '@/data/geo/rivers';
import { safeHttpUrl } from '@/lib/safe-url';
import type { BorderView } from './border-selectors';
import { OKABE_ITO_GREY, PLACE_STATUS_LABELS, PROJECT_SHAPE, SHAPE_LABELS, STATUS_COLORS } from './marker-style';
import { ShapeSwatch } from './shape-swatch';

interface Props {
  view: BorderView;
  rivers: Rivers | null;
  region: RegionMap | null;
  tiles: boolean;
}

/** Inside the panel body, so "Download PNG" captures it with the map. */
export function MapLegend({ view, rivers, region, tiles }: Props) {
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
            <ShapeSwatch style={{ shape: 'circle', color: OKABE_ITO_GREY, approximate: true }} /> Dashed outline, white
            centre: approximate location: no source gives its coordinates, so it is drawn at its town (GeoNames) or our
            fact sheet’s position
          </li>
        )}
        {legend.projects && (
          <li>
            <ShapeSwatch style={{ shape: PROJECT_SHAPE, color: '#000000', approximate: false }} /> {SHAPE_LABELS.target}
            ; the project selected in the investment panel is ringed
          </li>
        )}
        {region ? (
          <>
            <li>
              <span className="border-legend__river" aria-hidden="true" /> Border rivers:{' '}
              {region.rivers.features
                .filter((f) => f.properties.border)
                .map((f) => f.properties.name.en)
                .join(', ')}{' '}
              (drawn along the border line, which follows them); thinner: the Songhua and the lower Amur
            </li>
            <li>
              <span className="border-legend__border" aria-hidden="true" /> China–Russia, China–North Korea and North
              Korea–Russia borders
            </li>
            <li>
              <span className="border-legend__stretch" aria-hidden="true" /> Lower Tumen below Fangchuan: Chinese ships
              need Russian and North Korean permission (lengths in the Fangchuan note)
            </li>
          </>
        ) : (
          rivers && (
            <li>
              <span className="border-legend__river" aria-hidden="true" /> Rivers:{' '}
              {rivers.collection.features.map((f) => f.properties.name.en).join('; ')}
            </li>
          )
        )}
        {view.drawMode === 'markers' && (
          <li>
            <span className="border-legend__leader" aria-hidden="true" /> Markers that would overlap are drawn apart,
            with a line to their true position
          </li>
        )}
      </ul>
      {view.drawMode === 'canvas' && (
        <p>Large selection: places are drawn as dots (colour = status); use the list to reach each one.</p>
      )}
      <p className="border-legend__attribution">
        {region
          ? 'Land, coast and borders: Natural Earth 1:10m (public domain) via world-atlas, over 1:110m outside the frontier. City names and positions: GeoNames (CC BY 4.0).'
          : 'Country shapes: Natural Earth 1:110m (public domain) via world-atlas.'}
        {rivers && (
          <>
            {' '}
            Rivers: <SourceName name={rivers.source.name} url={rivers.source.url} /> ({rivers.source.licence})
            {region ? '; the border rivers follow the 1:10m border line.' : `. ${rivers.notIncluded ?? ''}`}
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
