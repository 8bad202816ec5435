// Step 1: what the first screen downloads. Builds the app into a temp folder (the caller does that) and reads
// `index.html` + Vite's manifest: the entry script and every chunk it imports statically (what `modulepreload` lists)
// are "initial"; chunks reached only through dynamic `import()` are "lazy". Sizes: raw, gzip (zlib default level, as
// toolchain.md §4 measured the floor) and brotli (zlib defaults).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** toolchain.md §4: react + recharts + query + zustand + zod/mini, map loaded lazily ≈ 203 kB gzip (issue 10). */
export const FLOOR_GZIP_KB = 203;
export const TARGET_FACTOR = 1.15;

const kb = (bytes) => Math.round(bytes / 10) / 100;

function sizes(path) {
  const buf = readFileSync(path);
  return { raw: buf.length, gzip: gzipSync(buf).length, brotli: brotliCompressSync(buf).length };
}

/** Script and modulepreload URLs in the built index.html, as paths relative to the build folder. */
function htmlScripts(html) {
  const refs = [];
  for (const m of html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)) refs.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/g)) refs.push(m[1]);
  return refs.map((r) => posix.normalize(r.replace(/^\.?\//, '')));
}

function htmlStyles(html) {
  return [...html.matchAll(/<link[^>]*\srel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((m) =>
    posix.normalize(m[1].replace(/^\.?\//, '')),
  );
}

/** Files reachable from the manifest entries through static `imports` (rolldown's view of the first screen). */
function staticClosure(manifest) {
  const byKey = manifest;
  const out = new Set();
  const visit = (key) => {
    const chunk = byKey[key];
    if (!chunk || out.has(chunk.file)) return;
    out.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(byKey)) if (chunk.isEntry) visit(key);
  return out;
}

export function measureBundle(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const fromHtml = new Set(htmlScripts(html));
  const fromManifest = staticClosure(manifest);
  const initial = new Set([...fromHtml, ...fromManifest]);
  const names = Object.fromEntries(Object.values(manifest).map((c) => [c.file, c.name ?? '']));
  // The module a chunk starts from (e.g. `node_modules/html-to-image/es/index.js`): says what a lazy chunk is.
  const modules = Object.fromEntries(
    Object.entries(manifest)
      .filter(([key]) => !key.startsWith('_'))
      .map(([key, c]) => [c.file, key]),
  );

  const assets = readdirSync(join(outDir, 'assets')).sort();
  const chunks = assets
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const file = `assets/${f}`;
      const s = sizes(join(outDir, file));
      return {
        file,
        name: names[file] || f.replace(/-[\w-]{8}\.js$/, ''),
        module: modules[file] ?? null,
        initial: initial.has(file),
        rawKb: kb(s.raw),
        gzipKb: kb(s.gzip),
        brotliKb: kb(s.brotli),
        ...s,
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const initialStyles = new Set(htmlStyles(html));
  const styles = assets
    .filter((f) => f.endsWith('.css'))
    .map((f) => {
      const file = `assets/${f}`;
      const s = sizes(join(outDir, file));
      return { file, initial: initialStyles.has(file), rawKb: kb(s.raw), gzipKb: kb(s.gzip), brotliKb: kb(s.brotli) };
    });

  const sum = (list, key) => list.reduce((t, c) => t + c[key], 0);
  const first = chunks.filter((c) => c.initial);
  const lazy = chunks.filter((c) => !c.initial);
  const initialGzipKb = kb(sum(first, 'gzip'));
  const mismatch = [...fromHtml]
    .filter((f) => !fromManifest.has(f))
    .concat([...fromManifest].filter((f) => !fromHtml.has(f)));
  return {
    floorGzipKb: FLOOR_GZIP_KB,
    targetGzipKb: Math.round(FLOOR_GZIP_KB * TARGET_FACTOR * 100) / 100,
    initial: {
      chunks: first.length,
      rawKb: kb(sum(first, 'raw')),
      gzipKb: initialGzipKb,
      brotliKb: kb(sum(first, 'brotli')),
    },
    lazy: {
      chunks: lazy.length,
      rawKb: kb(sum(lazy, 'raw')),
      gzipKb: kb(sum(lazy, 'gzip')),
      brotliKb: kb(sum(lazy, 'brotli')),
    },
    ratioToFloor: Math.round((initialGzipKb / FLOOR_GZIP_KB) * 1000) / 1000,
    // index.html and the manifest disagreeing would mean a chunk loads without being preloaded (or the reverse).
    htmlManifestMismatch: mismatch,
    chunks: chunks.map((c) => ({
      file: c.file,
      name: c.name,
      module: c.module,
      initial: c.initial,
      rawKb: c.rawKb,
      gzipKb: c.gzipKb,
      brotliKb: c.brotliKb,
    })),
    styles,
  };
}
