import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { useGeoFile } from '@/store/hooks';
import type { BorderView } from './border-selectors';
import { CanvasMarkers } from './canvas-markers';
import { MapLegend } from './map-legend';
import { CountriesLayer, FitToPoints, PanToSelected, RiversLayer } from './map-layers';
import { PROJECT_SHAPE } from './marker-style';
import { PointMarkers, type MapPoint } from './place-markers';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/** Where the map starts before it knows its size: the middle of the China–Russia frontier. */
const START: [number, number] = [47, 128];

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
  const places = useMemo(
    (): MapPoint[] =>
      view.located.flatMap((p) =>
        p.location ? [{ id: p.id, label: p.name.en, lat: p.location.lat, lon: p.location.lon, style: p.style }] : [],
      ),
    [view.located],
  );
  const projects = useMemo(
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
  const selectedPoint = useMemo(() => places.find((p) => p.id === selectedPlaceId) ?? null, [places, selectedPlaceId]);

  return (
    <div className="border-map">
      <MapContainer
        center={START}
        zoom={4}
        minZoom={2}
        maxZoom={10}
        zoomSnap={0.5}
        className="border-map__map"
        worldCopyJump={false}
      >
        {tiles && <TileLayer url={OSM_URL} attribution={OSM_ATTRIBUTION} />}
        {basemap.data && !tiles && <CountriesLayer data={basemap.data} />}
        {rivers.data && <RiversLayer data={rivers.data.collection} />}
        {view.drawMode === 'markers' ? (
          <PointMarkers points={places} selectedId={selectedPlaceId} onSelect={onSelectPlace} />
        ) : (
          <CanvasMarkers points={places} selectedId={selectedPlaceId} onSelect={onSelectPlace} />
        )}
        <PointMarkers
          points={projects}
          selectedId={selectedProjectId}
          extraClass="border-marker--project"
          onSelect={onSelectProject}
        />
        <FitToPoints points={places} />
        <PanToSelected point={selectedPoint} />
      </MapContainer>
      {basemap.error && (
        <p role="status">
          Country shapes could not be loaded ({basemap.error.message}); markers are still placed by latitude and
          longitude.
        </p>
      )}
      {rivers.error && <p role="status">Rivers could not be loaded ({rivers.error.message}).</p>}
      <MapLegend view={view} rivers={rivers.data ?? null} tiles={tiles} />
    </div>
  );
}
