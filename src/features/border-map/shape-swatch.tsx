import { createElement } from 'react';
import { SHAPE_GEOMETRY, strokeProps, type MarkerStyle } from './marker-style';

/** camelCase for React: the geometry tables use SVG attribute names. */
function reactProps(attrs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k.replace(/-([a-z])/g, (_m: string, c: string) => c.toUpperCase()), v]),
  );
}

/** The legend's copy of a map marker, drawn from the same geometry as the map icons. */
export function ShapeSwatch({ style }: { style: MarkerStyle }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
      className="border-legend__swatch"
    >
      {style.shape === 'target' ? (
        <>
          <circle cx="10" cy="10" r="8" fill="#ffffff" stroke="#000000" strokeWidth="2" />
          <circle cx="10" cy="10" r="3.5" fill="#000000" />
        </>
      ) : (
        createElement(SHAPE_GEOMETRY[style.shape].element, {
          ...reactProps(SHAPE_GEOMETRY[style.shape].attrs),
          ...reactProps(strokeProps(style)),
        })
      )}
    </svg>
  );
}
