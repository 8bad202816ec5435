import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { GeoPath } from './geo-paths';
import { GeoSvgLayer } from './geo-svg-layer';

interface Props {
  paths: readonly GeoPath[];
  /** The Leaflet pane to draw in (a <Pane> around this one must have created it); the overlay pane by default. */
  pane?: string;
  /** Credited in the map's attribution control while the layer is shown. */
  attribution?: string;
}

/** Fixed shapes drawn by GeoSvgLayer: projected once, one transform per zoom. */
export function GeoSvg({ paths, pane, attribution }: Props) {
  const map = useMap();
  useEffect(
    function addGeoSvgLayer() {
      const layer = new GeoSvgLayer(paths, { ...(pane ? { pane } : {}), ...(attribution ? { attribution } : {}) });
      layer.addTo(map);
      return () => {
        layer.remove();
      };
    },
    [map, pane, paths, attribution],
  );
  return null;
}
