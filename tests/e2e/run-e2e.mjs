// Builds the app into a temporary folder, serves it on a free 127.0.0.1 port, and runs every tests/e2e/*.e2e.mjs
// file with node's test runner against it in headless Chromium (playwright-core + the system Chromium).
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const chromium = findChromium();
const outDir = mkdtempSync(join(tmpdir(), 'bri-e2e-dist-'));

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
});
const address = server.httpServer.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/`;
console.log(`e2e: serving ${outDir} at ${baseUrl} with ${chromium}`);

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort()
  .map((f) => join(import.meta.dirname, f));

const code = await new Promise((done) => {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, CHROME_PATH: chromium, E2E_DIST: outDir },
  });
  child.on('exit', (c) => done(c ?? 1));
});
await server.close();
rmSync(outDir, { recursive: true, force: true });
spawnSync('true');
process.exit(code);
