/** Room for the zoom buttons above and the scale bar and attribution below, so no marker starts under them. */
export const FRONTIER_FIT = {
  paddingTopLeft: [40, 40] as [number, number],
  paddingBottomRight: [40, 64] as [number, number],
  maxZoom: 6,
  animate: false,
};
