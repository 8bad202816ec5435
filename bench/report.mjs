// Turns bench results into the markdown table printed by `npm run bench` and pasted into the README.

const fmt = (v, unit = '', digits = 1) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(digits)}${unit}`);
const kib = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(0)} KiB`);

function bundleRows(b) {
  if (!b || b.error) return [['Initial JavaScript (gzip)', `error: ${b?.error ?? 'not run'}`, '']];
  return [
    [
      'Initial JavaScript, gzip',
      `**${fmt(b.initial.gzipKb, ' kB', 1)}** = ${fmt(b.ratioToFloor, '× floor', 2)} (floor ≈ ${b.floorGzipKb} kB)`,
      `≤ ${fmt(b.targetGzipKb, ' kB', 1)} (1.15× floor)`,
    ],
    [
      'Initial JavaScript, raw / brotli',
      `${fmt(b.initial.rawKb, ' kB')} / ${fmt(b.initial.brotliKb, ' kB')} in ${b.initial.chunks} chunks`,
      '',
    ],
    ['Lazy JavaScript, gzip', `${fmt(b.lazy.gzipKb, ' kB')} in ${b.lazy.chunks} chunks`, ''],
  ];
}

function firstScreenRows(fs) {
  if (!fs) return [];
  if (fs.error) return [['JavaScript for the first screen', `error: ${fs.error}`, '']];
  return fs.map((r) => [
    `JavaScript for the first screen, ${r.viewport} (browser)`,
    `${fmt(r.gzipKb, ' kB')} gzip in ${r.chunks.length} chunks; panels drawn: ${r.panelsDrawn.length ? r.panelsDrawn.join(', ') : 'none'}`,
    '',
  ]);
}

/** " (median of 5 runs: 91–95)", or nothing for a single run. */
function spread(r) {
  if (!r.scores || r.scores.length < 2) return '';
  const failed = r.failedRuns ? `, ${r.failedRuns} failed` : '';
  return ` (median of ${r.scores.length} runs: ${Math.min(...r.scores)}–${Math.max(...r.scores)}${failed})`;
}

function lighthouseRows(lh) {
  if (!lh || lh.skipped || lh.error)
    return [['Lighthouse', lh?.skipped ?? `error: ${lh?.error ?? 'not run'}`, '≥ 95 mobile, 100 desktop']];
  const row = (label, r, target) =>
    r.error
      ? [label, `error: ${r.error}`, target]
      : [
          label,
          `score **${r.score ?? '—'}**${spread(r)}, LCP ${fmt(r.lcpMs / 1000, ' s', 2)}, TBT ${r.tbtMs} ms, CLS ${r.cls}, ${kib(r.totalBytes)}`,
          target,
        ];
  return [
    row(`Lighthouse ${lh.version}, mobile`, lh.mobile, '≥ 95'),
    row(`Lighthouse ${lh.version}, desktop`, lh.desktop, '100'),
  ];
}

const FILTER_TARGETS = { 1: 'p95 ≤ 16 ms', 100: 'p95 ≤ 50 ms' };

function filterRows(filter) {
  if (!filter) return [];
  return Object.entries(filter).map(([scale, r]) => {
    const label = `Filter change → 4 panel summaries painted, ${scale}×${r.records ? ` (${r.records.toLocaleString('en-US')} records)` : ''}`;
    if (r.error) return [label, `error: ${r.error}`, FILTER_TARGETS[scale] ?? ''];
    const note = r.panelsNotReacting?.length ? ` (not reacting: ${r.panelsNotReacting.join(', ')})` : '';
    const early = r.stoppedEarly ? ', time budget reached' : '';
    return [
      label,
      `median **${fmt(r.painted.medianMs, ' ms')}**, p95 **${fmt(r.painted.p95Ms, ' ms')}** (commit ${fmt(r.commit.medianMs)} / ${fmt(r.commit.p95Ms, ' ms')}; n=${r.painted.n}${early})${note}` +
        (r.settled?.n
          ? `; every chart redrawn: median ${fmt(r.settled.medianMs, ' ms')}, p95 ${fmt(r.settled.p95Ms, ' ms')}`
          : ''),
      FILTER_TARGETS[scale] ?? '',
    ];
  });
}

function pngRows(png) {
  if (!png) return [];
  if (png.error) return [['PNG export (2×)', `error: ${png.error}`, '']];
  const charts = Object.entries(png.charts ?? {});
  const rows = [];
  for (const [name, r] of Object.entries(png.panels ?? {})) {
    const of = (x) => (x.runs ? ` (median of ${x.runs.join(', ')})` : '');
    rows.push([
      `PNG export (2×), ${name} (card's Export menu)`,
      r.error ? `error: ${r.error}` : `${r.ms} ms${of(r)}`,
      '',
    ]);
    for (const [id, c] of charts.filter(([, c]) => c.panel === name)) {
      const share = !c.error && !r.error && r.ms > 0 ? ` = ${Math.round((100 * c.ms) / r.ms)} % of its panel's` : '';
      rows.push([
        `PNG export (2×), chart \`${id}\` (Export chart)`,
        c.error ? `error: ${c.error}` : `${c.ms} ms${share}${of(c)}`,
        "< 50 % of its panel's",
      ]);
    }
  }
  if (png.coldMs !== null && png.coldMs !== undefined)
    rows.unshift(['PNG export (2×), first click (loads the export code)', `${png.coldMs} ms`, '']);
  return rows;
}

function mapRows(map) {
  if (!map) return [];
  const label = `Map frame time, ${map.count?.toLocaleString('en-US') ?? '5,000'} markers`;
  if (map.skipped || map.error) return [[label, map.skipped ?? `error: ${map.error}`, '']];
  const drawn = map.drawMode
    ? `${map.drawMode} markers`
    : map.markerElements !== undefined
      ? `${map.markerElements} marker elements`
      : '';
  const rows = [
    [
      `${label}, panning`,
      `mean **${fmt(map.meanMs, ' ms')}**, p95 **${fmt(map.p95Ms, ' ms')}** (${map.frames} frames${drawn ? `, ${drawn}` : ''})`,
      '≤ 16.7 ms (60 fps)',
    ],
  ];
  if (map.zoom?.n)
    rows.push([
      `${label}, wheel zoom`,
      `mean ${fmt(map.zoom.meanMs, ' ms')}, p95 **${fmt(map.zoom.p95Ms, ' ms')}** (${map.zoom.n} frames)`,
      'p95 ≤ the panning p95',
    ]);
  if (map.firstDrawMs !== undefined)
    rows.push([
      `${label}, first draw (map box on screen → markers, 1:10m shapes and labels drawn)`,
      `${map.firstDrawMs} ms = **${map.firstDrawPanFrames}** pan frames`,
      '≤ 10 pan frames',
    ]);
  if (map.drawnAtMs !== undefined)
    rows.push([`${label}, drawn after load (scrolled to at once)`, `${map.drawnAtMs} ms`, '']);
  return rows;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function markdownReport(results) {
  const m = results.meta;
  const head = `Benchmark of ${m.commit}${m.dirty ? ' (with uncommitted changes)' : ''}, ${m.date}: Node ${m.node}, ${m.chromium ?? 'Chromium'}, ${m.cpus} CPUs (load average ${m.loadAverage} at start).`;
  const main = table(
    ['Measure', 'Result', 'Target'],
    [
      ...bundleRows(results.bundle),
      ...firstScreenRows(results.firstScreen),
      ...lighthouseRows(results.lighthouse),
      ...filterRows(results.filterChange),
      ...pngRows(results.pngExport),
      ...mapRows(results.map),
    ],
  );
  const chunks = results.bundle?.chunks
    ? table(
        ['Chunk', 'Loaded', 'raw kB', 'gzip kB', 'brotli kB'],
        results.bundle.chunks.map((c) => [
          `\`${c.name}\`${c.module && !c.initial ? ` (${c.module})` : ''}`,
          c.initial ? 'initial' : 'lazy',
          fmt(c.rawKb, '', 2),
          fmt(c.gzipKb, '', 2),
          fmt(c.brotliKb, '', 2),
        ]),
      )
    : '';
  const notes =
    'Sizes in kB = 1,000 bytes; gzip and brotli at zlib defaults. Filter change: the **To** month is changed inside a ' +
    'requestAnimationFrame callback, with all four panels drawn; "painted" ends in the first task after the frame in which ' +
    'all four panel summaries have new text, "commit" when the last summary changed; "every chart redrawn" ends after ' +
    'the frame that shows the last change inside any panel once no panel body is aria-busy (the charts follow the ' +
    'summary in a deferred render). "Initial" ' +
    'JavaScript is what index.html loads; panel bodies (and recharts, leaflet) load once a panel is near the screen, ' +
    'which the first-screen rows measure. Timings vary with machine load.';
  return `${head}\n\n${main}\n\n${chunks}\n\n${notes}\n`;
}
