import { readdirSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/** `BRI_DATA_DIR` builds the app with another data folder (the offline e2e test deploys changed data that way). */
const DATA_DIR = resolve(process.env.BRI_DATA_DIR ?? resolve(import.meta.dirname, 'data'));

/**
 * Serves the repository's `data/` folder at `<base>/data/` in dev and copies it into the build, so an analyst can
 * correct a figure by editing JSON and reloading, without rebuilding. Kept out of `public/` on purpose: `data/` is the
 * product's data, versioned and validated on its own.
 */
function dataFolder(): Plugin {
  return {
    name: 'bri-data-folder',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '';
        const match = /^\/data\/([a-z0-9-]+\.(?:json|geojson))(?:\?.*)?$/.exec(url.replace(server.config.base, '/'));
        if (!match?.[1]) return next();
        try {
          const body = await readFile(resolve(DATA_DIR, match[1]));
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end();
        }
      });
    },
    async writeBundle(options) {
      await cp(DATA_DIR, resolve(options.dir ?? 'dist', 'data'), { recursive: true });
    },
    // The app fetches every data file as soon as its script runs; preloading them from the HTML starts those
    // downloads alongside the script instead of after it (the panels' summaries appear that much sooner). The map's
    // rivers (.geojson) load with the map, so they are not preloaded.
    transformIndexHtml: () =>
      readdirSync(DATA_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./data/${f}` },
          injectTo: 'head' as const,
        })),
  };
}

/**
 * The Content-Security-Policy of the built app: nothing but this origin. Map tiles are the one opt-in exception (the
 * user turns them on); the dev server is left without it because Vite injects inline scripts there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'bri-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * jsPDF imports html2canvas, DOMPurify (for `pdf.html()`) and canvg (for SVG images) on demand. The app never calls
 * those, so their chunks (about 380 kB) stay out of the precache: `generateBundle` records the chunks whose entry
 * module is one of those packages, and the service worker's manifest leaves them out. Named by package, not by chunk
 * file name, so a renamed chunk cannot slip back in, nor a chunk the app does load be dropped by a loose pattern.
 */
const NEVER_LOADED = /[\\/]node_modules[\\/](html2canvas|dompurify|canvg)[\\/]/;

function neverLoadedChunks(): { plugin: Plugin; files: Set<string> } {
  const files = new Set<string>();
  return {
    files,
    plugin: {
      name: 'bri-never-loaded-chunks',
      apply: 'build',
      generateBundle(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && chunk.isDynamicEntry && NEVER_LOADED.test(chunk.facadeModuleId ?? ''))
            files.add(chunk.fileName);
      },
    },
  };
}

/**
 * Offline after the first visit (Workbox's generateSW, through vite-plugin-pwa): the service worker precaches the app
 * and every file in `data/` (the glob reads the build's copy of the folder, so a file added to `data/` is precached
 * without a list to keep; the map's country outlines are a JSON asset too), and answers from that cache first, so a meeting room without network still gets the whole
 * dashboard. A new deployment installs beside the running one and waits: no skipWaiting until the reader presses
 * "Reload" in the prompt (src/app/update-prompt.tsx), so nothing changes mid-presentation. The web manifest and icons
 * are static files in public/.
 */
function offlineCache(): Plugin[] {
  const neverLoaded = neverLoadedChunks();
  return [
    neverLoaded.plugin,
    ...VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        // ttf: the PDF font (public/fonts/), so decks and briefings are made offline too.
        globPatterns: ['**/*.{js,css,html,json,geojson,svg,png,ico,webmanifest,ttf}'],
        manifestTransforms: [
          (entries) => ({ manifest: entries.filter((e) => !neverLoaded.files.has(e.url)), warnings: [] }),
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ];
}

export default defineConfig({
  base: './',
  plugins: [react(), dataFolder(), contentSecurityPolicy(), offlineCache()],
  resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The filter dropdowns (issue 18). use-sync-external-store sits here, not with recharts, which also uses
            // it: in the recharts group it made the whole recharts chunk part of the first screen.
            { name: 'vendor-ui', test: /node_modules[\\/](@ariakit|use-sync-external-store)[\\/]/ },
            {
              name: 'vendor-recharts',
              test: /node_modules[\\/](recharts|d3-[a-z]+|victory-vendor|@reduxjs|immer|reselect|decimal\.js-light|es-toolkit|redux|react-redux)[\\/]/,
            },
            { name: 'vendor-leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/ },
            { name: 'vendor-data', test: /node_modules[\\/](@tanstack|zod|zustand)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    css: false,
    setupFiles: ['src/testing/setup-tests.ts'],
    // Whole-dashboard renders with the real data take seconds in jsdom on 2 shared cores.
    testTimeout: 30000,
    include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
});
