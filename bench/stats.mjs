// Small numeric helpers shared by the bench steps.

/** The q-quantile (0…1) of a list of numbers, by linear interpolation between closest ranks. */
export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function mean(values) {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Rounds to `digits` decimals, keeping null as null (a step that could not measure). */
export function round(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function summarise(values, digits = 1) {
  return {
    n: values.length,
    medianMs: round(quantile(values, 0.5), digits),
    p95Ms: round(quantile(values, 0.95), digits),
    meanMs: round(mean(values), digits),
    minMs: round(values.length ? Math.min(...values) : null, digits),
    maxMs: round(values.length ? Math.max(...values) : null, digits),
  };
}

/**
 * mulberry32: a tiny seeded PRNG, so every synthetic data set is identical run after run (Math.random is never used,
 * otherwise two bench runs would not measure the same data).
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A free 127.0.0.1 URL for a Vite preview server started with port 0. */
export function serverUrl(server) {
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  return `http://127.0.0.1:${port}/`;
}
