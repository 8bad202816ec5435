import { divIcon, type DivIcon } from 'leaflet';
import { markerSvg, styleKey, type MarkerStyle } from './marker-style';

const cache = new Map<string, DivIcon>();

/**
 * One icon object per style (and selection), shared by every marker that looks the same: react-leaflet only calls
 * setIcon when the object changes. The markup comes from markerSvg, which never contains data strings.
 */
export function iconFor(style: MarkerStyle, selected: boolean, extraClass = ''): DivIcon {
  const key = `${styleKey(style)}|${selected ? 'selected' : ''}|${extraClass}`;
  let icon = cache.get(key);
  if (!icon) {
    const classes = [
      'border-marker',
      selected ? 'border-marker--selected' : '',
      style.approximate ? 'border-marker--approximate' : '',
      extraClass,
    ];
    icon = divIcon({
      html: markerSvg(style),
      className: classes.filter(Boolean).join(' '),
      iconSize: [20, 20],
      iconAnchor: [10, 10],
    });
    cache.set(key, icon);
  }
  return icon;
}
