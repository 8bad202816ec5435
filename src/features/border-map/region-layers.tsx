import { Pane } from 'react-leaflet';
import { GeoSvg } from './geo-svg';
import { REGION_ATTRIBUTION, type RegionPaths } from './map-paths';

const BASE_PANE = 'border-region-base';
const LINES_PANE = 'border-region-lines';

/**
 * The 1:10m layer (map-paths.ts regionPaths) over the 1:110m world: within the frontier's rectangle a sea-coloured rectangle and the detailed
 * land hide the coarse shapes; coast, borders and border rivers are drawn on top. With online tiles on, only the
 * borders and rivers are drawn (the tiles bring their own land and sea).
 */
export function RegionLayers({ paths, tiles }: { paths: RegionPaths; tiles: boolean }) {
  return (
    <>
      {!tiles && (
        <Pane name={BASE_PANE} style={{ zIndex: 401 }}>
          <GeoSvg paths={paths.base} pane={BASE_PANE} />
        </Pane>
      )}
      <Pane name={LINES_PANE} style={{ zIndex: 403 }}>
        <GeoSvg paths={paths.lines} pane={LINES_PANE} attribution={REGION_ATTRIBUTION} />
      </Pane>
    </>
  );
}
