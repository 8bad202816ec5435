import 'leaflet/dist/leaflet.css';
import { latLngBounds, type Map as LeafletMap } from 'leaflet';
import { useMemo, useState } from 'react';
import { MapContainer, ScaleControl, TileLayer } from 'react-leaflet';
import { useGeoFile } from '@/store/hooks';
import type { BorderView } from './border-selectors';
import { CanvasMarkers } from './canvas-markers';
import { useKeptPoints } from './kept-points';
import { MapExportFigure } from './map-export-figure';
import { MapLegend } from './map-legend';
import { basemapPaths, regionPaths } from './map-paths';
import { CountriesLayer, FitToPoints, FollowContainerSize, PanToSelected, RiversLayer } from './map-layers';
import { MapLabels } from './map-labels';
import type { MapLabel, MarkerBox } from './placed-labels';
import { MarkersAndLabels } from './map-overlays';
import { FRONTIER_FIT } from './map-views';
import { PROJECT_SHAPE } from './marker-style';
import { PointMarkers, type MapPoint } from './place-markers';
import { RegionLayers } from './region-layers';
import { tumenFrame } from './tumen';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/** Where the map starts before it knows its size: the middle of the China–Russia frontier. */
const START: [number, number] = [47, 128];
const NO_LABELS: MapLabel[] = [];

export interface BorderMapProps {
  view: BorderView;
  selectedPlaceId: string | null;
  selectedProjectId: string | null;
  tiles: boolean;
  onSelectPlace: (id: string) => void;
  onSelectProject: (id: string) => void;
}

/** The lazily loaded map: Leaflet and its CSS load only with this module. */
export function BorderMap({
  view,
  selectedPlaceId,
  selectedProjectId,
  tiles,
  onSelectPlace,
  onSelectProject,
}: BorderMapProps) {
  const basemap = useGeoFile('basemap');
  const rivers = useGeoFile('rivers');
  const region = useGeoFile('region');
  const [map, setMap] = useState<LeafletMap | null>(null);
  // The fixed shapes as zoom-0 paths, made once: the map draws them and the SVG export draws them again.
  const world = useMemo(() => (basemap.data ? basemapPaths(basemap.data) : null), [basemap.data]);
  const detail = useMemo(() => (region.data ? regionPaths(region.data) : null), [region.data]);
  const exportLayers = useMemo(
    () => (tiles ? [detail?.lines ?? []] : [world ?? [], detail?.base ?? [], detail?.lines ?? []]),
    [tiles, world, detail],
  );
  const placesNow = useMemo(
    (): MapPoint[] =>
      view.located.flatMap((p) =>
        p.location ? [{ id: p.id, label: p.name.en, lat: p.location.lat, lon: p.location.lon, style: p.style }] : [],
      ),
    [view.located],
  );
  const projectsNow = useMemo(
    (): MapPoint[] =>
      view.projects.map((p) => ({
        id: p.id,
        label: `${p.name} (investment project)`,
        lat: p.lat,
        lon: p.lon,
        style: { shape: PROJECT_SHAPE, color: '#000000', approximate: p.approximate },
      })),
    [view.projects],
  );
  // Unchanged markers keep their objects across a filter change, so nothing drawn from them redraws.
  const places = useKeptPoints(placesNow);
  const projects = useKeptPoints(projectsNow);
  // In canvas mode the labels keep off the dots (radius 5) and the project markers (20 px icons).
  const canvasMarkerBoxes = useMemo(
    (): MarkerBox[] => [
      ...places.map((p) => ({ lat: p.lat, lon: p.lon, half: 6 })),
      ...projects.map((p) => ({ lat: p.lat, lon: p.lon, half: 11 })),
    ],
    [places, projects],
  );
  const selectedPoint = useMemo(() => places.find((p) => p.id === selectedPlaceId) ?? null, [places, selectedPlaceId]);
  // The first view waits for the detailed layer (or its failure) so that it frames the frontier, not far-off zones.
  const regionFailed = region.error !== null;
  const framed = useMemo(
    () => (region.data ? withinBox(places, region.data.bbox) : regionFailed ? places : []),
    [places, region.data, regionFailed],
  );
  const tumen = useMemo(() => tumenFrame(region.data ?? null, places), [region.data, places]);

  return (
    <div className="border-map">
      <div className="border-map__views" role="group" aria-label="Map view">
        <button
          type="button"
          disabled={!map || tumen.length === 0}
          onClick={() => map?.fitBounds(latLngBounds(tumen), { padding: [30, 30], maxZoom: 11 })}
        >
          Zoom to the Tumen mouth
        </button>
        <button
          type="button"
          disabled={!map || framed.length === 0}
          onClick={() => map?.fitBounds(latLngBounds(framed.map((p) => [p.lat, p.lon])), FRONTIER_FIT)}
        >
          Whole frontier
        </button>
      </div>
      <MapContainer
        center={START}
        zoom={4}
        minZoom={2}
        maxZoom={12}
        zoomSnap={0.5}
        className="border-map__map"
        worldCopyJump={false}
        ref={setMap}
      >
        {tiles && <TileLayer url={OSM_URL} attribution={OSM_ATTRIBUTION} />}
        {world && !tiles && <CountriesLayer paths={world} />}
        {detail && <RegionLayers paths={detail} tiles={tiles} />}
        {rivers.data && !region.data && <RiversLayer data={rivers.data.collection} />}
        {view.drawMode === 'markers' ? (
          <MarkersAndLabels
            region={region.data ?? null}
            places={places}
            placeViews={view.located}
            projects={projects}
            selectedPlaceId={selectedPlaceId}
            selectedProjectId={selectedProjectId}
            onSelectPlace={onSelectPlace}
            onSelectProject={onSelectProject}
          />
        ) : (
          <>
            <CanvasMarkers points={places} selectedId={selectedPlaceId} onSelect={onSelectPlace} />
            <MapLabels labels={region.data?.labels ?? NO_LABELS} markers={canvasMarkerBoxes} />
            <PointMarkers
              points={projects}
              selectedId={selectedProjectId}
              extraClass="border-marker--project"
              onSelect={onSelectProject}
            />
          </>
        )}
        <ScaleControl position="bottomleft" imperial={false} />
        <FitToPoints points={framed} />
        <FollowContainerSize points={places} />
        <PanToSelected point={selectedPoint} />
      </MapContainer>
      {basemap.error && (
        <p role="status">
          Country shapes could not be loaded ({basemap.error.message}); markers are still placed by latitude and
          longitude.
        </p>
      )}
      {rivers.error && <p role="status">Rivers could not be loaded ({rivers.error.message}).</p>}
      {region.error && (
        <p role="status">
          The detailed borders, rivers and labels could not be loaded ({region.error.message}); the coarse shapes are
          shown.
        </p>
      )}
      <MapExportFigure map={map} layers={exportLayers} />
      <MapLegend view={view} rivers={rivers.data ?? null} region={region.data ?? null} tiles={tiles} />
    </div>
  );
}

/** The places inside the detailed layer's rectangle: the first view frames the frontier, not far-off zones. */
function withinBox(points: readonly MapPoint[], [west, south, east, north]: readonly number[]): MapPoint[] {
  const inside = points.filter(
    (p) => p.lon >= (west ?? -180) && p.lon <= (east ?? 180) && p.lat >= (south ?? -90) && p.lat <= (north ?? 90),
  );
  return inside.length ? inside : [...points];
}
