// Finds a Chromium to drive: CHROME_PATH, the Debian package, or a Chrome install. On a Debian machine where we are
// root it installs Debian's chromium; anywhere else it stops and says how to install one. Never downloads a browser
// build of its own (no `npx playwright install`: there may be no internet).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The flags of every headless Chromium run here: the browser tests, the bench and Lighthouse (toolchain.md §7): no
 * sandbox (root in a container), no GPU, and nothing that calls home (QUIC, first-run, component updates, sync,
 * background networking). Playwright adds --headless and --user-data-dir itself (it refuses the latter in args);
 * Lighthouse's chrome-launcher needs both given.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isDebian =
    existsSync('/etc/debian_version') ||
    /debian/i.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');
  if (isDebian && process.getuid?.() === 0) {
    console.log("e2e: no Chromium found; installing Debian's chromium package (apt-get install -y chromium)…");
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'e2e: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(2);
}
