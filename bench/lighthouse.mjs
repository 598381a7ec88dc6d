// Lighthouse (npm lighthouse, pinned) over the pages a visitor meets: the demo, the IOM-like country
// page, the bench's one-widget page and the Chart.js page of the same wheel and panel, each with
// the mobile preset (Lighthouse's default: a mid-range phone, its CPU slowed 4x, a slow 4G
// network, all simulated) and the desktop preset. Debian's Chromium, pages served from 127.0.0.1
// with the same precompressed files as the bench.
//
//   node bench/lighthouse.mjs [--runs N] [--only demo,iom,widget-1,chartjs-1] [--json FILE]
//
// Prints one Markdown table: per page and preset, the median over the runs of the four category
// scores and of LCP, TBT and CLS. Each run is a fresh Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, EXECUTABLE as CHROMIUM } from '../tests/browser/drivers/chromium.mjs';
import { ROOT, SITE, buildSite } from './site.mjs';

const WEB = path.join(ROOT, 'build/web');
const PAGES = [
  { id: 'demo', name: 'the demo (three widgets, one comparing)', root: 'web', path: 'index.html' },
  { id: 'iom', name: 'the IOM-like country page', root: 'web', path: 'iom-country.html' },
  { id: 'widget-1', name: 'one widget, no fallback content', root: 'site', path: 'widget-split-1.html' },
  { id: 'chartjs-1', name: 'Chart.js, the same wheel and panel', root: 'site', path: 'chartjs-1.html' },
];
const PRESETS = [
  { id: 'mobile', config: undefined },
  { id: 'desktop', config: desktopConfig },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function audit(url, preset) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'mgi-lighthouse-'));
  // Lighthouse starts the browser itself (chrome-launcher): headless, our software-GL switches.
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM, userDataDir,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless'))],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, preset.config);
    const { categories, audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(categories[c].score * 100)])),
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      failing: Object.values(audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id),
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function main() {
  const runs = Number(option('runs', '3'));
  const only = option('only', '').split(',').filter(Boolean);
  buildSite();
  const servers = {
    web: await serve(WEB),
    site: await serve(SITE),
  };
  const rows = [], raw = [];
  try {
    for (const page of PAGES.filter((p) => !only.length || only.includes(p.id))) {
      for (const preset of PRESETS) {
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await audit(servers[page.root].url + page.path, preset));
        raw.push({ page: page.id, preset: preset.id, samples });
        const m = (f) => median(samples.map(f));
        rows.push(`| ${page.name} | ${preset.id} | ${CATEGORIES.map((c) => m((s) => s.scores[c])).join(' | ')} | ${(m((s) => s.lcp) / 1000).toFixed(1)} s | ${Math.round(m((s) => s.tbt))} ms | ${m((s) => s.cls).toFixed(3)} |`);
        const failing = [...new Set(samples.flatMap((s) => s.failing))];
        console.error(`${page.id} ${preset.id}: ${rows.at(-1)}${failing.length ? `  (audits below 90: ${failing.join(', ')})` : ''}`);
      }
    }
  } finally {
    for (const s of Object.values(servers)) s.server.close();
  }
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, median of ${runs} run(s) each:\n`);
  console.log('| page | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  const json = option('json', null);
  if (json) writeFileSync(json, JSON.stringify(raw, null, 2));
}

main().catch((err) => { console.error(err); process.exit(1); });
