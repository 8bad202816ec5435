/** Radius of a dot, and of the selected one, in CSS pixels (dots-layer.ts, dot-draw.ts). */
export const DOT_RADIUS = 5;
export const SELECTED_RADIUS = 8;
