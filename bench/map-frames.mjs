// Step 5: map frame time with 5,000 markers. The measuring lives beside the map's own code in
// `bench/map-markers.mjs` (`measureMapMarkers({ context, baseUrl, places, count })` → meanMs / p95Ms / frames);
// this step only names the result and keeps a failure from stopping the other steps.
import { measureMapMarkers } from './map-markers.mjs';

export async function measureMapFrames(context, baseUrl, places) {
  const count = places.records.length;
  try {
    return { count, via: 'bench/map-markers.mjs', ...(await measureMapMarkers({ context, baseUrl, places, count })) };
  } catch (err) {
    return { count, via: 'bench/map-markers.mjs', error: String(err.message ?? err).split('\n')[0] };
  }
}
