// Data is rendered as text, never as HTML; only http(s) URLs become links; the built page carries a strict CSP.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, openMethods, openTab, PANEL_NAMES, waitForPanels } from './harness.mjs';

const DATA = resolve(import.meta.dirname, '../../data');
const PAYLOAD = '<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script>';
/** Free-text fields: adding markup to them keeps every record schema-valid, so the payload reaches the screen. */
const FREE_TEXT = new Set([
  'title',
  'detail',
  'label',
  'note',
  'statusNote',
  'chineseParty',
  'place',
  'en',
  'ru',
  'zh',
  'text',
  'speaker',
  'wording',
  'correction',
  'route',
  'scope',
  'throughput',
  'openedNote',
  'publisher',
  'method',
  'capacity',
]);

function poison(value, key) {
  if (Array.isArray(value))
    return value.map((v) => (key === 'actors' && typeof v === 'string' ? v + PAYLOAD : poison(v)));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return typeof value === 'string' && FREE_TEXT.has(key) ? value + PAYLOAD : value;
}

let context;
before(async () => {
  // The poisoned data files are served with page.route, which a service worker's cached copy would bypass.
  context = await launch({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
});

test('markup in every free-text field of every data file is shown as text and never runs', async () => {
  const page = await context.newPage();
  for (const file of readdirSync(DATA).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(resolve(DATA, file), 'utf8'));
    const poisoned = { ...json, records: json.records.map((r) => poison(r)) };
    if (file === 'sources.json') poisoned.records[0].url = 'javascript:window.__xss=1';
    await page.route(`**/data/${file}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(poisoned) }),
    );
  }
  await page.goto(process.env.E2E_BASE_URL);
  await waitForPanels(page);
  for (const name of PANEL_NAMES) await openTab(page, name, 'Table');
  await openMethods(page);
  await page.getByRole('button', { name: 'Show all sources' }).click();
  assert.ok((await page.getByText('<img src=x', { exact: false }).count()) > 0, 'the payload is visible as text');
  assert.equal(await page.locator('img[src="x"], main script').count(), 0, 'no element was created from data');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'nothing executed');
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.match(href, /^(https?:|#|blob:)/, `link ${href}`);
  await page.close();
});

test('the built page carries a strict Content-Security-Policy', async () => {
  const page = await context.newPage();
  await page.goto(process.env.E2E_BASE_URL);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.match(csp, /img-src 'self' data: blob:/);
  await page.close();
});
