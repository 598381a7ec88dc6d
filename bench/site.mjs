// Assembles build/bench/site, the one folder the benchmark serves: each subject's files, one host
// page per subject and widget count, the shared profile, and .gz/.br copies of everything made by
// the same compressor (bench/precompress.mjs), so no subject is compressed better than another.
// Every page defines `window.benchApi` = { ready, point(widget, segment), selected(widget) }: the
// only subject-specific code the harness uses. `ready` resolves to performance.now() at the first
// frame drawn with the profile (for the ImGui example, which has no data, its first frame).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalogue } from './generate-catalogue.mjs';
import { precompress } from './precompress.mjs';
import { CORE_JS, CORE_WASM, LOADER, ONE_FILE } from '../scripts/release-files.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SITE = path.join(ROOT, 'build/bench/site');
const WEB = path.join(ROOT, 'build/web');
const IMGUI_WEB = path.join(ROOT, 'build/bench/imgui-example/example/web');
export const PROFILE = 'profiles/azerbaijan-2023.json';
const DISTINCT_COUNT = 30;
// Widget `i`'s profile: the shared one, or (`distinct`) its own of the generated catalogue.
const profileFor = (i, distinct) => (distinct ? `profiles/generated/generated-${String(i + 1).padStart(4, '0')}.json` : PROFILE);

// Subjects: `pages[n]` is the host page with n widgets (the ImGui example is one app per page).
// `noWebGl`: measured in a Chromium started with --disable-3d-apis, at devicePixelRatio 2: the CPU
// fallback of issue 16 at its most expensive. `widget`: our own widget's pages, which `--baseline`
// measures with another build too.
export const SUBJECTS = [
  { id: 'split', name: 'mgi-wheel, split build', widget: true, pages: { 1: 'widget-split-1.html', 10: 'widget-split-10.html', 30: 'widget-split-30.html' } },
  { id: 'one', name: 'mgi-wheel, one-file build', widget: true, pages: { 1: 'widget-one-1.html', 10: 'widget-one-10.html' } },
  { id: 'chartjs', name: 'Chart.js doughnut', pages: { 1: 'chartjs-1.html', 10: 'chartjs-10.html', 30: 'chartjs-30.html' }, reference: true },
  // Each widget its own profile (a generated catalogue, IOM-sized): one download no longer serves
  // them all, nor one parse, one atlas or one panel.
  { id: 'split-distinct', name: 'mgi-wheel, split build', widget: true, distinct: true, pages: { 10: 'widget-split-distinct-10.html', 30: 'widget-split-distinct-30.html' } },
  { id: 'chartjs-distinct', name: 'Chart.js doughnut', distinct: true, reference: true, pages: { 10: 'chartjs-distinct-10.html', 30: 'chartjs-distinct-30.html' } },
  { id: 'imgui', name: 'Dear ImGui example', pages: { 1: 'imgui-1.html' } },
  { id: 'cpu', name: 'mgi-wheel, split build, no WebGL (CPU), DPR 2', pages: { 1: 'widget-split-1.html', 10: 'widget-split-10.html' }, noWebGl: true, widget: true },
];

// The same subject served from SITE/before/, where buildSite({ baseline }) puts another build's
// loader and core beside the same pages and profile (bench/run.mjs --baseline).
export const baselineOf = (subject) => ({
  ...subject, id: `${subject.id}-before`, name: `${subject.name}, baseline`,
  pages: Object.fromEntries(Object.entries(subject.pages).map(([n, page]) => [n, `before/${page}`])),
});

const head = (title, scripts, style = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
${scripts}
<style>body { margin: 0; padding: 16px; font-family: sans-serif; }
.grid { display: grid; grid-template-columns: repeat(var(--cols), var(--cell)); gap: 16px; }${style}</style>
</head>`;

const grid = (n, cell) => `<div class="grid" style="--cols: ${n > 1 ? 2 : 1}; --cell: ${cell}">`;

function widgetPage(script, n, distinct = false) {
  const widgets = Array.from({ length: n }, (_, i) => `<mgi-wheel profile="${profileFor(i, distinct)}"></mgi-wheel>`).join('\n');
  return `${head(`mgi-wheel × ${n}`, `<script src="widget/${script}" defer></script>`)}
<body>${grid(n, n > 1 ? '700px' : '1000px')}
${widgets}
</div>
<script>
const widgets = () => [...document.querySelectorAll('mgi-wheel')];
window.benchApi = {
  ready: customElements.whenDefined('mgi-wheel')
    .then(() => Promise.all(widgets().map((w) => w.ready))).then(() => performance.now()),
  point(index, segment) {
    const el = widgets()[index];
    const wheel = el.layout().wheels[0];
    const s = wheel.segments[segment];
    const mid = ((s.start_deg + s.end_deg) / 2) * Math.PI / 180;
    const r = (wheel.r_inner + wheel.r_outer) / 2;
    const box = el.getBoundingClientRect();
    return { x: box.left + wheel.cx + r * Math.sin(mid), y: box.top + wheel.cy - r * Math.cos(mid) };
  },
  selected: (index) => widgets()[index].state().domain,
};
</script>
</body></html>
`;
}

function chartPage(n, distinct = false) {
  const charts = Array.from({ length: n }, (_, i) => `<div class="mgi-chart" data-profile="${profileFor(i, distinct)}"></div>`).join('\n');
  const style = `
.mgi-chart { display: flex; gap: 16px; align-items: flex-start; line-height: 1.5; }
.mgi-chart-wheel { flex: none; width: ${n > 1 ? 340 : 480}px; }
.mgi-chart-panel { flex: 1; min-width: 0; max-height: ${n > 1 ? 340 : 480}px; overflow-y: auto; padding: 16px 20px;
  border: 1px solid #d5dae1; border-radius: 8px; }
.mgi-chart-panel .kicker { margin: 0 0 4px; font-size: 0.8125em; font-weight: 600; text-transform: uppercase; color: #4a5568; }
.mgi-chart-panel h2 { margin: 0 0 8px; font-size: 1.25em; }
.mgi-chart-panel .description, .mgi-chart-panel .note { color: #4a5568; }`;
  return `${head(`Chart.js × ${n}`, '<script src="chartjs/chart.umd.min.js"></script>\n<script src="chartjs/mgi-chart.js" defer></script>', style)}
<body>${grid(n, n > 1 ? '700px' : '1000px')}
${charts}
</div>
<script>
const charts = () => [...document.querySelectorAll('.mgi-chart')];
window.benchApi = {
  ready: new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve))
    .then(() => Promise.all(charts().map((c) => c.mgiChart.ready))).then(() => performance.now()),
  point(index, segment) {
    const { chart } = charts()[index].mgiChart;
    const { x, y } = chart.getDatasetMeta(0).data[segment].tooltipPosition();
    const box = chart.canvas.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  },
  selected: (index) => charts()[index].mgiChart.selected(),
};
</script>
</body></html>
`;
}

// The example's own shell page is not in Debian's ImGui source; this one gives it what that
// shell gives it: a canvas as Module.canvas.
const imguiPage = () => `${head('Dear ImGui example', '')}
<body>
<canvas id="canvas" style="display: block"></canvas>
<script>var Module = { canvas: document.getElementById('canvas') };</script>
<script src="imgui/index.js"></script>
<script>
window.benchApi = {
  ready: new Promise(function wait(resolve) {
    if (window.__benchProbe.firstFrameEnd !== null) resolve(window.__benchProbe.firstFrameEnd);
    else setTimeout(() => wait(resolve), 5);
  }),
  point: () => null,
  selected: () => null,
};
</script>
</body></html>
`;

function copy(from, toDir, name = path.basename(from)) {
  if (!existsSync(from)) throw new Error(`${from} is missing: run scripts/build.sh first`);
  mkdirSync(toDir, { recursive: true });
  const to = path.join(toDir, name);
  // Unchanged files keep their time stamp, so their compressed copies are not made again.
  if (!existsSync(to) || !readFileSync(to).equals(readFileSync(from))) copyFileSync(from, to);
}

// `baseline`: another build/web (bench/run.mjs --baseline), served from SITE/before/ with the
// widget's pages and the profile.
export function buildSite({ baseline = null } = {}) {
  const widgetFolders = [[WEB, SITE], ...(baseline ? [[baseline, path.join(SITE, 'before')]] : [])];
  for (const [web, site] of widgetFolders) {
    for (const f of [LOADER, CORE_JS, CORE_WASM, ONE_FILE]) copy(path.join(web, f), path.join(site, 'widget'));
    copy(path.join(ROOT, 'assets', PROFILE), path.join(site, 'profiles'));
  }
  const generated = path.join(SITE, 'profiles/generated');
  if (!existsSync(path.join(generated, 'index.json'))) generateCatalogue(DISTINCT_COUNT, generated);
  copy(path.join(ROOT, 'node_modules/chart.js/dist/chart.umd.min.js'), path.join(SITE, 'chartjs'));
  copy(path.join(ROOT, 'bench/chartjs/mgi-chart.js'), path.join(SITE, 'chartjs'));
  copy(path.join(ROOT, 'assets/framework.json'), path.join(SITE, 'chartjs'));
  for (const f of ['index.js', 'index.wasm']) copy(path.join(IMGUI_WEB, f), path.join(SITE, 'imgui'));
  const pages = {
    'widget-split-1.html': widgetPage('mgi-wheel.js', 1), 'widget-split-10.html': widgetPage('mgi-wheel.js', 10),
    'widget-split-30.html': widgetPage('mgi-wheel.js', 30), 'chartjs-30.html': chartPage(30),
    'widget-one-1.html': widgetPage('mgi-wheel.one.js', 1), 'widget-one-10.html': widgetPage('mgi-wheel.one.js', 10),
    'chartjs-1.html': chartPage(1), 'chartjs-10.html': chartPage(10), 'imgui-1.html': imguiPage(),
    'widget-split-distinct-10.html': widgetPage('mgi-wheel.js', 10, true), 'widget-split-distinct-30.html': widgetPage('mgi-wheel.js', 30, true),
    'chartjs-distinct-10.html': chartPage(10, true), 'chartjs-distinct-30.html': chartPage(30, true),
  };
  if (baseline) {
    for (const name of Object.keys(pages).filter((n) => n.startsWith('widget-'))) pages[`before/${name}`] = pages[name];
  }
  for (const [name, html] of Object.entries(pages)) {
    const file = path.join(SITE, name);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== html) writeFileSync(file, html);
  }
  precompress(SITE);
  return SITE;
}
