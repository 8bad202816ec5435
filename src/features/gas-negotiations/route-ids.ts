/**
 * The route ids (from data/gas-routes.json) this panel gives a role. Ids, not figures: capacities, names and statuses
 * always come from the data file. A route missing from the file is simply not drawn.
 */
export const ROUTE_IDS = {
  pos1: 'power-of-siberia-1',
  pos2: 'power-of-siberia-2',
  farEastern: 'far-eastern-route',
  centralAsia: 'central-asia-china',
} as const;

/** Russian pipelines to China, whose capacities are compared with the flows to Europe. */
export const RUSSIA_CHINA_ROUTES: readonly string[] = [ROUTE_IDS.pos1, ROUTE_IDS.farEastern, ROUTE_IDS.pos2];
