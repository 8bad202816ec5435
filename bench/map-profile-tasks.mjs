// Reads a trace and CPU profile written by bench/map-profile.mjs and breaks the window between two marks down by
// main-thread task: each task's trace events (style, layout, paint, commit, animation frames) and the functions with
// the most time inside it (inclusive, React's scheduler frames left out); with --under=<function>, where the time
// under that function goes (its own, or the callees it spends it in). This is how the first draw and the zoom steps
// of the 5,000-place map were found to be the dots' draw and the label layout.
//   node bench/map-profile-tasks.mjs /tmp/map-trace-first.json [--from=map-box] [--to=map-first-draw] [--min=8]
//     [--under=run]        (zoom and pan traces: --from=map-phase-start --to=map-phase-end)
import { readFileSync } from 'node:fs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const tracePath = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!tracePath) {
  console.error(
    'usage: node bench/map-profile-tasks.mjs <trace.json from map-profile.mjs> [--from= --to= --min= --under=]',
  );
  process.exit(2);
}
const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
const profile = JSON.parse(readFileSync(tracePath.replace(/\.json$/, '.cpuprofile'), 'utf8'));
const phaseFirst = events.some((e) => e.name === 'map-first-draw');
const [fromName, toName] = [
  arg('from', phaseFirst ? 'map-box' : 'map-phase-start'),
  arg('to', phaseFirst ? 'map-first-draw' : 'map-phase-end'),
];
const minMs = Number(arg('min', '8'));
const under = arg('under', '');
const mark = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
const [start, end] = [mark(fromName), mark(toName)];
if (!start || !end) throw new Error(`marks ${fromName} / ${toName} not in the trace`);
const ms = (us) => (us / 1000).toFixed(0);

// The samples, each with its time and its stack (leaf first).
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (id) => {
  const f = nodes.get(id).callFrame;
  const file = f.url
    .split('/')
    .pop()
    .replace(/-[\w-]{8}\.js$/, '');
  return `${f.functionName || '(anon)'} ${file}:${f.lineNumber}`;
};
const samples = [];
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  const stack = [];
  for (let n = id; n !== undefined; n = parent.get(n)) stack.push(label(n));
  samples.push({ at, ms: (profile.timeDeltas[i + 1] ?? 0) / 1000, stack });
});

const SCHEDULER =
  /^\((root|program)\)|performWorkUntilDeadline|flushPassiveEffects|recursivelyTraverse|commitPassiveMountOnFiber|commitHookEffectListMount|performWorkOnRoot|renderRootSync|workLoopSync|performUnitOfWork|beginWork|renderWithHooks/;

function topFunctions(from, to, count = 8) {
  const inclusive = new Map();
  for (const s of samples) {
    if (s.at < from || s.at > to) continue;
    for (const key of new Set(s.stack)) inclusive.set(key, (inclusive.get(key) ?? 0) + s.ms);
  }
  return [...inclusive]
    .filter(([k]) => !SCHEDULER.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(' | ');
}

const main = events.filter(
  (e) => e.pid === end.pid && e.tid === end.tid && e.ph === 'X' && e.ts + e.dur >= start.ts && e.ts <= end.ts,
);
const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > minMs * 1000).sort((a, b) => a.ts - b.ts);
console.log(`${fromName} → ${toName}: ${ms(end.ts - start.ts)} ms, ${tasks.length} main-thread tasks over ${minMs} ms`);
for (const t of tasks) {
  const inner = main
    .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 1500)
    .filter((e) => !/^(V8\.GC_|v8\.callFunction$|FunctionCall$)/.test(e.name))
    .map((e) => `${e.name}${e.args?.data?.type ? `[${e.args.data.type}]` : ''} ${ms(e.dur)}`)
    .join(', ');
  console.log(`+${ms(t.ts - start.ts)} ms, ${ms(t.dur)} ms: ${inner}`);
  console.log(`    ${topFunctions(t.ts, t.ts + t.dur)}`);
}

if (under) {
  const own = new Map();
  const callees = new Map();
  for (const s of samples) {
    if (s.at < start.ts || s.at > end.ts) continue;
    const i = s.stack.findIndex((k) => k.startsWith(`${under} `));
    if (i < 0) continue;
    own.set(s.stack[0], (own.get(s.stack[0]) ?? 0) + s.ms);
    if (i > 0) callees.set(s.stack[i - 1], (callees.get(s.stack[i - 1]) ?? 0) + s.ms);
  }
  const list = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`under ${under}, by the function running (a layout forced by a read counts as the reader's own time):`);
  for (const [k, v] of list(own)) console.log(`  ${v.toFixed(1)}  ${k}`);
  console.log(`under ${under}, by its direct callee:`);
  for (const [k, v] of list(callees)) console.log(`  ${v.toFixed(1)}  ${k}`);
}
