// Does WebKitGTK's web process crash because of our page? (issue 26, item 6)
//
// In CI, WebKitGTK's web process died about once in ten runs of the browser tests ("invalid session
// id: session deleted because of page crash or hang"; the kernel logged "trap invalid opcode" in
// libwebkit2gtk-4.1.so). This loads three kinds of page, N times each, interleaved (a, b, c, a, b,
// c, ...) so that the machine's load falls on all three alike, each load in a fresh page (with the
// project's WebKit driver, a fresh WebKitWebDriver and MiniBrowser session, as the tests have):
//   demo    the demo as built (index.html: three widgets, one comparing), until every widget's
//           `ready` settles, then el.select('partnerships') on the first widget and ~1 s for its
//           animation
//   webgl   one bare WebGL2 canvas, shown in the page, drawing a few triangles every animation
//           frame for --hold-ms (bench/webkit-crash/webgl.html)
//   static  static text, no canvas, held open as long (bench/webkit-crash/static.html)
// A load crashed when the driver's error says so ("page crash", "session deleted", "crash",
// "invalid session id") or when a step failed and the load's web process was gone by then; it
// hung when a step did not answer within --step-timeout-s. Any other failure is counted apart, as a
// harness error, not as a crash. The kernel log (dmesg) is read before and after: new lines with
// "trap" and "WebKitWebProces" or "libwebkit2gtk" are counted, and matched by process id to the
// WebKit processes of each load (other WebKit browsers on the machine, such as a concurrent test
// run, show up as "not ours").
//
//   node bench/webkit-crash.mjs [--loads N] [--site DIR] [--hold-ms MS] [--max-minutes M]
//                               [--json FILE] [--step-timeout-s S]
//   --loads N        loads of each page (default 100)
//   --site DIR       the built site to serve (default build/web; copy it first if a rebuild may run)
//   --hold-ms MS     how long the webgl and static pages are held open (default 2000)
//   --max-minutes M  starts no new round after M minutes (default 40): the table then has fewer loads
//   --json FILE      where the results go (default build/bench/webkit-crash.json)
// Prints a Markdown table (page, loads, crashes, rate, Wilson 95% interval) to stdout, progress to
// stderr. Needs Xvfb, WebKitWebDriver and MiniBrowser (scripts/setup.sh), as the browser tests do.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { launch } from '../tests/browser/engines.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'bench/webkit-crash');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const LOADS = Math.max(1, Number(option('--loads', 100)));
const SITE = path.resolve(option('--site', path.join(ROOT, 'build/web')));
const HOLD_MS = Number(option('--hold-ms', 2000));
const MAX_MINUTES = Number(option('--max-minutes', 40));
const JSON_FILE = path.resolve(option('--json', path.join(ROOT, 'build/bench/webkit-crash.json')));
const STEP_TIMEOUT_MS = Number(option('--step-timeout-s', 60)) * 1000;
const READY_TIMEOUT_MS = 30_000;  // the demo's widgets: the in-page bound on `ready`
const SELECT_WAIT_MS = 1000;      // the selection's animation
if (!existsSync(path.join(SITE, 'index.html'))) throw new Error(`${SITE}/index.html is missing: build first (or pass --site)`);

// "session deleted because of page crash or hang" is what CI saw; a web process killed by a signal
// here gives "invalid session id" with no message: both mean the session's page died.
const CRASHED = /page crash|session deleted|crash|invalid session id/i;
const log = (...a) => console.error(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Ctrl+C and kill: exit through process.exit, so that the driver's and Xvfb's exit handlers stop
// the processes this started.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

class Timeout extends Error {}
function bounded(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout(`${what}: no answer in ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}

// ---- processes: this process's descendants, read from /proc ------------------------------------
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(name), { comm, ppid });
    } catch { /* gone meanwhile */ }
  }
  return table;
}
function descendants(root = process.pid) {
  const table = processTable();
  const children = new Map();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) || []), pid]);
  const out = [];
  const walk = (pid) => { for (const c of children.get(pid) || []) { out.push({ pid: c, comm: table.get(c).comm }); walk(c); } };
  walk(root);
  return out;
}
function alive(pid) {
  try { return !/^\S+ \(.*\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
}
const webkitProcesses = () => descendants().filter((p) => /^WebKit|^MiniBrowser/.test(p.comm));

// A step that hung leaves its WebKitWebDriver (and its MiniBrowser) behind: stopped here by pid;
// they are this process's own children and grandchildren.
function killLeftovers() {
  const left = descendants().filter((p) => /^(WebKitWebDriver|MiniBrowser|WebKit)/.test(p.comm));
  for (const p of left) { try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ } }
  return left.length;
}

// ---- the kernel log --------------------------------------------------------------------------------
function kernelLog() {
  for (const [cmd, argv] of [['dmesg', []], ['journalctl', ['-k', '--no-pager', '-o', 'short-monotonic']]]) {
    try { return { source: [cmd, ...argv].join(' '), lines: execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n') }; } catch { /* next */ }
  }
  return { source: 'none (dmesg and journalctl -k both failed)', lines: [] };
}
const isWebkitTrap = (line) => /trap/i.test(line) && /WebKitWebProces|libwebkit2gtk/.test(line);

// ---- statistics ----------------------------------------------------------------------------------
// Wilson score interval for k events in n trials (95%: z = 1.96).
function wilson(k, n, z = 1.96) {
  if (!n) return [0, 1];
  const p = k / n, z2 = z * z, d = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const pct = (x) => `${(100 * x).toFixed(1)}%`;

// ---- the pages -----------------------------------------------------------------------------------
const PAGES = {
  // The demo as built: until every widget's `ready` settles, then a selection and its animation.
  async demo(page, base) {
    await page.goto(base + 'index.html');
    const ready = await page.evaluate(async (ms) => {
      await Promise.race([customElements.whenDefined('mgi-wheel'), new Promise((r) => setTimeout(r, ms))]);
      const els = [...document.querySelectorAll('mgi-wheel')];
      const settled = await Promise.race([
        Promise.allSettled(els.map((e) => e.ready)),
        new Promise((r) => setTimeout(() => r(null), ms)),
      ]);
      return { widgets: els.length, settled: settled && settled.map((s) => s.status) };
    }, READY_TIMEOUT_MS);
    const selected = await page.evaluate(() => document.querySelector('mgi-wheel').select('partnerships'));
    await page.wait(SELECT_WAIT_MS);
    const domain = await page.evaluate(() => document.querySelector('mgi-wheel').state().domain);
    const fulfilled = ready.settled ? ready.settled.filter((s) => s === 'fulfilled').length : 0;
    return { note: `${fulfilled}/${ready.widgets} ready${ready.settled ? '' : ' (timed out)'}, select ${selected ? 'ok' : 'refused'}, domain ${domain}`, ok: fulfilled === ready.widgets && domain === 'partnerships' };
  },
  async webgl(page, base) {
    await page.goto(`${base}__webkit-crash/webgl.html?ms=${HOLD_MS}`);
    const held = await page.evaluate(() => window.__held);
    await page.evaluate(() => document.title);  // still answering
    return { note: `webgl2 ${held.webgl2}, ${held.frames} frames`, ok: held.webgl2 && held.frames > 0 };
  },
  async static(page, base) {
    await page.goto(`${base}__webkit-crash/static.html?ms=${HOLD_MS}`);
    await page.evaluate(() => window.__held);
    await page.evaluate(() => document.title);
    return { note: 'held', ok: true };
  },
};
const KINDS = Object.keys(PAGES);

// Fixture pages at /__webkit-crash/NAME.html, from bench/webkit-crash.
const hooks = async (req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  const m = pathname.match(/^\/__webkit-crash\/([a-z0-9-]+\.html)$/);
  if (!m) return false;
  const file = path.join(FIXTURES, m[1]);
  if (!existsSync(file)) { res.writeHead(404).end(); return true; }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(readFileSync(file));
  return true;
};

// One load of `kind` in a fresh page. Returns { kind, outcome: ok | crash | hang | error, ... }.
async function load(engine, kind, base) {
  const t0 = Date.now();
  const pids = new Map();
  const sample = () => { for (const p of webkitProcesses()) pids.set(p.pid, p.comm); };
  const sampler = setInterval(sample, 250);
  let page = null, result;
  try {
    page = await bounded(engine.newPage({ width: 1200, height: 900 }), STEP_TIMEOUT_MS, 'newPage');
    sample();
    const samplePage = { ...page, goto: async (url) => { await page.goto(url); sample(); } };
    const r = await bounded(PAGES[kind](samplePage, base), STEP_TIMEOUT_MS + READY_TIMEOUT_MS, kind);
    sample();
    result = { outcome: 'ok', ...r };
  } catch (e) {
    sample();
    const message = String(e && e.message || e);
    // Which of the load's web processes were gone (or dead, unreaped) when the step failed, while
    // the page was still open: the crash's own evidence, apart from the driver's words.
    const gone = [...pids].filter(([pid, comm]) => comm === 'WebKitWebProces' && !alive(pid)).map(([pid]) => pid);
    // The driver's words vary with the command the page died under ("unknown error: " in a
    // navigation): a failed step whose web process is gone is a crash too.
    const outcome = e instanceof Timeout ? 'hang' : CRASHED.test(message) || gone.length ? 'crash' : 'error';
    result = { outcome, message: message.slice(0, 500), webProcessesGone: gone };
  }
  clearInterval(sampler);
  if (page) {
    try { await bounded(page.close(), 15_000, 'close'); } catch (e) { result.closeError = String(e.message || e).slice(0, 200); }
  }
  if (result.outcome !== 'ok' || result.closeError) {
    const n = killLeftovers();
    if (n) result.killed = n;
  }
  return { kind, ms: Date.now() - t0, ...result, pids: [...pids].map(([pid, comm]) => ({ pid, comm })) };
}

// ---- the run ---------------------------------------------------------------------------------------
const started = Date.now();
const kernelBefore = kernelLog();
const trapsBefore = kernelBefore.lines.filter(isWebkitTrap);
const { server, url: base } = await serve(SITE, { hooks });
let engine = await launch('webkit');
log(`webkit-crash: WebKitGTK ${engine.version}, site ${SITE} at ${base}, ${LOADS} loads of each of ${KINDS.join(', ')}, hold ${HOLD_MS} ms, budget ${MAX_MINUTES} min`);
log(`kernel log (${kernelBefore.source}): ${kernelBefore.lines.length} lines, ${trapsBefore.length} WebKit trap lines before the run`);

const loads = [];
let stoppedEarly = null;
const elapsedMin = () => (Date.now() - started) / 60000;
for (let round = 0; round < LOADS; round++) {
  const perRound = round ? elapsedMin() / round : 0;
  if (round && elapsedMin() + perRound > MAX_MINUTES) {
    stoppedEarly = `stopped after ${round} rounds: another round (${perRound.toFixed(2)} min) would pass the ${MAX_MINUTES}-minute budget`;
    log(stoppedEarly);
    break;
  }
  for (const kind of KINDS) {
    const r = await load(engine, kind, base);
    r.round = round;
    loads.push(r);
    log(`${String(loads.length).padStart(3)} r${round} ${kind.padEnd(6)} ${r.outcome.padEnd(5)} ${(r.ms / 1000).toFixed(1)} s  ${r.note || r.message || ''}${r.webProcessesGone && r.webProcessesGone.length ? ` (web process ${r.webProcessesGone} gone)` : ''}${r.killed ? ` (killed ${r.killed} leftover processes)` : ''}`);
    if (r.outcome !== 'ok') {
      // A fresh start of the engine (the driver makes a session per page anyway; this also checks
      // that the browser still starts).
      try { await bounded(engine.close(), 15_000, 'engine close'); } catch { /* restarted below */ }
      killLeftovers();
      engine = await launch('webkit');
    }
  }
  if ((round + 1) % 10 === 0) writeResults();
}
await bounded(engine.close(), 15_000, 'engine close').catch(() => {});
await new Promise((r) => server.close(r));
await sleep(500);  // the kernel's lines for a process that died just now
const summary = writeResults(true);
console.log(summary.markdown);
process.exit(0);

function writeResults(final = false) {
  const kernelAfter = final ? kernelLog() : { lines: [] };
  const before = new Set(trapsBefore);
  const newTraps = final ? kernelAfter.lines.filter((l) => isWebkitTrap(l) && !before.has(l)) : [];
  const pidKind = new Map();
  for (const l of loads) for (const p of l.pids) pidKind.set(p.pid, { kind: l.kind, round: l.round, outcome: l.outcome });
  const traps = newTraps.map((line) => {
    const m = line.match(/(WebKit\w*)\[(\d+)\]/);
    const who = m && pidKind.get(Number(m[2]));
    return { line, pid: m ? Number(m[2]) : null, ours: !!who, ...(who || {}) };
  });
  const rows = KINDS.map((kind) => {
    const of = loads.filter((l) => l.kind === kind);
    const count = (o) => of.filter((l) => l.outcome === o).length;
    const crashes = count('crash') + count('hang');
    const [lo, hi] = wilson(crashes, of.length);
    const ms = of.map((l) => l.ms).sort((a, b) => a - b);
    return {
      page: kind, loads: of.length, crashes, crashed: count('crash'), hung: count('hang'), harnessErrors: count('error'),
      notOk: of.filter((l) => l.outcome === 'ok' && !l.ok).length,
      rate: of.length ? crashes / of.length : 0, wilson95: [lo, hi],
      kernelTraps: traps.filter((t) => t.kind === kind).length,
      medianLoadMs: ms.length ? ms[Math.floor(ms.length / 2)] : null,
    };
  });
  const total = { loads: loads.length, crashes: rows.reduce((s, r) => s + r.crashes, 0) };
  const lines = [
    '| page | loads | crashes | crash rate | 95% interval (Wilson) | of which hung | harness errors | kernel traps (ours) | median load |',
    '|---|---:|---:|---:|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.page} | ${r.loads} | ${r.crashes} | ${pct(r.rate)} | ${pct(r.wilson95[0])} – ${pct(r.wilson95[1])} | ${r.hung} | ${r.harnessErrors} | ${r.kernelTraps} | ${(r.medianLoadMs / 1000).toFixed(1)} s |`),
  ];
  const minutes = elapsedMin();
  const notes = [
    `WebKitGTK ${engine && engine.version}; site ${SITE}; ${total.loads} loads in ${minutes.toFixed(1)} min${stoppedEarly ? `; ${stoppedEarly}` : ''}.`,
    final ? `Kernel log (${kernelBefore.source}): ${trapsBefore.length} WebKit trap lines before the run, ${trapsBefore.length + newTraps.length} after (${newTraps.length} new: ${traps.filter((t) => t.ours).length} from this run's processes, ${traps.filter((t) => !t.ours).length} not ours).` : '',
  ].filter(Boolean);
  const out = {
    when: new Date(started).toISOString(), final, minutes, webkit: engine && engine.version, site: SITE, holdMs: HOLD_MS,
    loadsPerPage: LOADS, stoppedEarly, rows, total,
    kernel: final ? { source: kernelBefore.source, trapsBefore: trapsBefore.length, trapsAfter: trapsBefore.length + newTraps.length, newTraps: traps } : null,
    loads,
  };
  mkdirSync(path.dirname(JSON_FILE), { recursive: true });
  writeFileSync(JSON_FILE, JSON.stringify(out, null, 2) + '\n');
  return { ...out, markdown: [...lines, '', ...notes].join('\n') };
}
