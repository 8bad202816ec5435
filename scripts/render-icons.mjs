// Rasterises the hand-drawn icons in public/ with the system Chromium (playwright-core), so the PNG and ICO files are
// made from the committed SVGs and nothing is downloaded. Run after editing public/icons/icon.svg or public/favicon.svg:
//   node scripts/render-icons.mjs        (CHROME_PATH picks another Chromium)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PUBLIC = resolve(import.meta.dirname, '../public');
const svg = (file) => `data:image/svg+xml;base64,${readFileSync(resolve(PUBLIC, file)).toString('base64')}`;

/** [source svg, output png, size in px, corner radius as a share of the size (0 = full bleed, for maskable)] */
const PNGS = [
  ['icons/icon.svg', 'icons/icon-192.png', 192, 0.18],
  ['icons/icon.svg', 'icons/icon-512.png', 512, 0.18],
  ['icons/icon.svg', 'icons/icon-maskable-512.png', 512, 0],
  ['icons/icon.svg', 'icons/apple-touch-icon.png', 180, 0],
];
const ICO_SIZES = [16, 32, 48];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });

async function render(source, size, radius) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px;` +
      `border-radius:${radius * size}px}</style><img src="${svg(source)}">`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

for (const [source, out, size, radius] of PNGS) {
  writeFileSync(resolve(PUBLIC, out), await render(source, size, radius));
  console.log(`public/${out} (${size}×${size})`);
}

// An ICO holding PNG images (read by every current browser): a 6-byte header, a 16-byte entry per image, the PNGs.
const images = [];
for (const size of ICO_SIZES) images.push({ size, png: await render('favicon.svg', size, 0) });
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach(({ size, png }, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(size % 256, at);
  header.writeUInt8(size % 256, at + 1);
  header.writeUInt16LE(1, at + 4);
  header.writeUInt16LE(32, at + 6);
  header.writeUInt32LE(png.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png.length;
});
writeFileSync(resolve(PUBLIC, 'favicon.ico'), Buffer.concat([header, ...images.map((i) => i.png)]));
console.log(`public/favicon.ico (${ICO_SIZES.join(', ')} px)`);
await browser.close();
