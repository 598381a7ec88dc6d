// The benchmark (issue 7), one command:
//   node bench/run.mjs [--fast] [--write] [--json FILE]
// Measures our widget (split and one-file builds), a Chart.js doughnut with a findings panel, and
// Dear ImGui's own Emscripten example on the same profile, machine and headless Chromium, with one
// widget and with ten on a page; prints medians and ratios to Chart.js as a Markdown table.
//   --fast    1 cold load per page and short windows: checks the harness (tests/bench/harness.test.mjs)
//   --write   puts the table into bench/RESULTS.md between its bench:table markers
//   --json    writes every sample and median to FILE (default build/bench/results.json)
//   --only KEYS   measures only these pages (comma-separated keys, e.g. split-1,cpu-1), for a focused
//                 run while working on one figure; --write refuses a partial table
//   --loads N     N cold loads per page instead of the plan's
//   --baseline DIR   also measures the widget's pages with the loader and core of DIR (another
//                 build/web, kept from before a change), interleaved round by round with this
//                 build's: an A/B on the same machine state (keys such as split-before-1)
// Needs scripts/build.sh to have run (build/web and build/bench/imgui-example).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { start } from '../tests/browser/harness.mjs';
import { staticHandler } from '../scripts/serve.mjs';
import { coldLoad } from './measure.mjs';
import { gzipTool } from './precompress.mjs';
import { markdownTable } from './report.mjs';
import { ROOT, SITE, SUBJECTS, baselineOf, buildSite } from './site.mjs';

const args = process.argv.slice(2);
const fast = args.includes('--fast');
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const jsonFile = option('--json') || path.join(ROOT, 'build/bench/results.json');
const only = option('--only') ? option('--only').split(',') : null;
const baseline = option('--baseline') ? path.resolve(option('--baseline')) : null;
if (args.includes('--write') && (only || baseline || option('--loads'))) throw new Error('--write takes a full run: no --only, --loads or --baseline');

// At least 10 cold loads and 20 interactions per page (issue 7), idle windows of 5 s.
const PLAN = fast
  ? { loads: 1, selections: 1, idleMs: 1000, selectionMs: 1300, settleMs: 1500 }
  : { loads: 10, selections: 2, idleMs: 5000, selectionMs: 1500, settleMs: 2000 };
if (option('--loads')) PLAN.loads = Math.max(1, Number(option('--loads')));
const VIEWPORT = { 1: { width: 1100, height: 800 }, 10: { width: 1500, height: 2700 }, 30: { width: 1500, height: 2700 } };

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Medians of one page's samples; null where a figure does not apply to the subject.
function summarise(samples, gzipSamples, widgets) {
  const all = samples.flatMap((s) => s.interactions);
  const interactions = all.filter((i) => !i.overran);
  const idleScale = 5000 / PLAN.idleMs;
  const memory = samples.map((s) => s.jsHeapBytes + s.wasmBytes);
  const perFrame = interactions.length
    ? interactions.filter((i) => i.frames > 0).map((i) => i.cpuMs / i.frames)
    : samples.filter((s) => s.idleFrames > 0).map((s) => s.idleCpuMs / s.idleFrames);
  // The frame callbacks alone: what drawing one frame of the animation costs, without the click's
  // own task and the panel's DOM update that come once per selection.
  const inFrame = interactions.length
    ? interactions.filter((i) => i.frames > 0).map((i) => i.frameMs / i.frames)
    : samples.filter((s) => s.idleFrames > 0).map((s) => s.idleFrameMs / s.idleFrames);
  const kinds = (list) => Object.fromEntries(['total', 'wasm', 'js', 'font', 'data'].map((k) => [k, median(list.map((b) => b[k]))]));
  return {
    bytesGzip: kinds(gzipSamples),
    bytesBrotli: kinds(samples.map((s) => s.bytes)),
    firstFrameMs: median(samples.map((s) => s.firstFrameMs)),
    selectionCpuMs: interactions.length ? median(interactions.map((i) => i.cpuMs)) : null,
    selectionFrames: interactions.length ? median(interactions.map((i) => i.frames)) : null,
    selectionAnimationMs: interactions.length ? median(interactions.map((i) => i.animationMs)) : null,
    cpuPerFrameMs: median(perFrame),
    frameCallbackMs: median(inFrame),
    idleFrames: median(samples.map((s) => s.idleFrames * idleScale)),
    idleCpuMs: median(samples.map((s) => s.idleCpuMs * idleScale)),
    idleCopies: median(samples.map((s) => s.idleCopies * idleScale)),
    jsHeapBytes: median(samples.map((s) => s.jsHeapBytes)),
    wasmBytes: median(samples.map((s) => s.wasmBytes)),
    memoryBytes: median(memory),
    memoryPerWidgetBytes: median(memory.map((m) => m / widgets)),
    loads: samples.length,
    interactions: interactions.length,
    overranInteractions: all.length - interactions.length,
  };
}

// What the same responses weigh as gzip: the server sends the .gz file as it is, so the figure is
// the size of the .gz of every file the page fetched (over Brotli), with no second load.
function gzipBytes(files) {
  const kinds = { total: 0, wasm: 0, js: 0, font: 0, data: 0, other: 0 };
  for (const f of files) {
    const file = path.join(SITE, decodeURIComponent(new URL(f.url).pathname));
    const size = existsSync(file + '.gz') ? statSync(file + '.gz').size : statSync(file).size;
    kinds[f.kind] += size;
    kinds.total += size;
  }
  return kinds;
}

async function main() {
  buildSite({ baseline });
  const site = staticHandler(SITE);
  // Brotli on the wire whatever the browser advertises over plain http; gzip figures from the files.
  const serverOptions = { hooks: async (req, res) => { req.headers['accept-encoding'] = 'br'; await site(req, res); return true; } };
  const h = await start(serverOptions);
  const noWebGl = await start(serverOptions, { browserArgs: ['--disable-3d-apis'] });
  const results = { plan: PLAN, gzipTool, chromium: h.browser.version(), date: new Date().toISOString(), pages: {} };
  try {
    const subjects = baseline ? SUBJECTS.flatMap((s) => (s.widget ? [s, baselineOf(s)] : [s])) : SUBJECTS;
    const pages = subjects.flatMap((subject) => Object.entries(subject.pages).map(([widgets, page]) =>
      ({ key: `${subject.id}-${widgets}`, subject, widgets: Number(widgets), page, samples: [] })))
      .filter((p) => !only || only.includes(p.key) || only.includes(p.key.replace('-before-', '-')));
    if (!pages.length) throw new Error(`--only ${only}: no such page (keys are subject-widgets, e.g. split-1, cpu-1)`);
    // Round by round, one cold load of every page each: a slower spell of this shared machine (it
    // moved Chart.js's median from 154 to 217 ms between runs) then falls on every subject alike
    // instead of on whichever subject it happened to be measuring.
    for (let i = 0; i < PLAN.loads; i++) {
      for (const p of pages) {
        const browser = p.subject.noWebGl ? noWebGl : h;
        p.samples.push(await coldLoad(browser, { url: browser.url + p.page, viewport: VIEWPORT[p.widgets], ...PLAN,
          firstSegment: 2 * i + 1, deviceScaleFactor: p.subject.noWebGl ? 2 : 1 }));
      }
      process.stderr.write(`bench: round ${i + 1} of ${PLAN.loads} done\n`);
    }
    for (const p of pages) {
      results.pages[p.key] = { subject: p.subject.id, name: p.subject.name, widgets: p.widgets, distinct: !!p.subject.distinct, page: p.page,
        median: summarise(p.samples, p.samples.map((s) => gzipBytes(s.bytes.files)), p.widgets), samples: p.samples };
    }
  } finally {
    await h.close();
    await noWebGl.close();
  }
  mkdirSync(path.dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, JSON.stringify(results, null, 1));
  const table = markdownTable(results);
  console.log(table);
  if (args.includes('--write')) {
    const file = path.join(ROOT, 'bench/RESULTS.md');
    const text = readFileSync(file, 'utf8');
    const [open, close] = ['<!-- bench:table -->', '<!-- /bench:table -->'];
    const i = text.indexOf(open), j = text.indexOf(close);
    if (i < 0 || j < i) throw new Error(`${file} has no ${open} ... ${close} block`);
    writeFileSync(file, text.slice(0, i + open.length) + '\n' + table + '\n' + text.slice(j));
  }
}

await main();
