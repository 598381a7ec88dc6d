// The catalogue-wide search over generated catalogues of 200 and 1,000 profiles (issue 19), in
// Chromium: bytes transferred (as sent: Brotli, precompressed like build/web) and the time from
// typing a query to its first results on screen, which includes fetching the search index and
// the core reading it. Not a timed test: run it by hand, it prints the README's figures.
//
//   node bench/catalogue-search.mjs [runs]     (default 3 cold page loads per size; median)
//
// Needs bash scripts/build.sh (build/web, build/native/mgi-catalogue). The catalogues are written
// to build/catalogues/N by bench/generate-catalogue.mjs and served under /catalogue-N/.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { generateCatalogue } from './generate-catalogue.mjs';
import { staticHandler } from '../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// FILE.br (Brotli 11, as bench/precompress.mjs) and FILE.gz (zlib -9: zopfli, which build/web's
// copies use, takes minutes over a 1,000-profile index), unless they are newer than FILE.
export function compressOnce(file) {
  const fresh = (packed) => existsSync(packed) && statSync(packed).mtimeMs >= statSync(file).mtimeMs;
  const body = readFileSync(file);
  if (!fresh(`${file}.br`)) {
    writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  }
  if (!fresh(`${file}.gz`)) writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
}

// build/catalogues/N with its two indexes and their .br/.gz copies (served as a server that sends
// precompressed files would), generated once; the profiles themselves are served as they are.
export function generatedCatalogue(count) {
  const dir = path.join(ROOT, 'build/catalogues', String(count));
  if (!existsSync(path.join(dir, 'search-index.json'))) generateCatalogue(count, dir);
  for (const name of ['index.json', 'search-index.json']) compressOnce(path.join(dir, name));
  const profiles = readdirSync(dir).filter((f) => /^generated-\d+\.json$/.test(f)).sort();
  return { dir, prefix: `/catalogue-${count}/`, profiles };
}

// A server hook (harness.mjs's start({ hooks })) serving `dir` under `prefix`.
export function catalogueHook({ dir, prefix }) {
  const files = staticHandler(dir);
  return async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return false;
    req.url = url.pathname.slice(prefix.length - 1) + url.search;
    await files(req, res);
    return true;
  };
}

// Records every response of `page` under `prefix`: [{ path, bytes }] (body bytes as transferred).
export function watchRequests(page, prefix) {
  const seen = [];
  page.on('requestfinished', async (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(prefix)) return;
    const entry = { path: pathname.slice(prefix.length), bytes: 0 };
    seen.push(entry);
    entry.bytes = (await request.sizes()).responseBodySize;
  });
  return seen;
}

// Types `query` into the widget's search box (selector) and waits until results or "no match" show;
// returns { ms, summary, hits: ["profile/domain/key"] }.
export function searchInPage(page, selector, query) {
  return page.evaluate(({ selector, query }) => new Promise((resolve, reject) => {
    const root = document.querySelector(selector).shadowRoot;
    const input = root.querySelector('#mgi-search');
    const summary = root.querySelector('.search .summary');
    // The previous query's summary goes, so that only this query's answer ends the wait.
    summary.textContent = '';
    const answered = () => summary.textContent !== '' && !/Loading/.test(summary.textContent);
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input'));
    const poll = () => {
      if (performance.now() - start > 60000) return reject(new Error(`no results for "${query}" within 60 s`));
      if (!answered()) return requestAnimationFrame(poll);
      const hits = [...root.querySelectorAll('.search button.hit')];
      resolve({ ms: performance.now() - start, summary: summary.textContent,
        hits: hits.map((b) => `${b.dataset.profile}/${b.dataset.domain}/${b.dataset.key}`) });
    };
    poll();
  }), { selector, query });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const runs = Number(process.argv[2]) || 3;
  const { start, waitReady, mount, testRoutes } = await import('../tests/browser/harness.mjs');
  const fixtures = testRoutes();
  for (const count of [200, 1000]) {
    const catalogue = generatedCatalogue(count);
    const size = (f) => statSync(path.join(catalogue.dir, f)).size;
    // What the search fetched before: every profile, one by one (each compressed on its own).
    const brotli = (f) => zlib.brotliCompressSync(readFileSync(path.join(catalogue.dir, f)), { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY } }).length;
    const everyProfile = catalogue.profiles.reduce((sum, f) => sum + brotli(f), 0);
    const generated = catalogueHook(catalogue);
    const h = await start({ hooks: async (req, res) => (await generated(req, res)) || fixtures(req, res) });
    const times = [], bytes = [], afterFocus = [], longest = [];
    let requests = null;
    try {
      for (let r = 0; r < runs; r++) {
        const page = await h.newPage();
        const seen = watchRequests(page, catalogue.prefix);
        await mount(page, h.url, `<mgi-wheel id="w" picker search profile="${catalogue.prefix}${catalogue.profiles[0]}"></mgi-wheel>`);
        await waitReady(page, '#w');
        const first = await searchInPage(page, '#w', 'health insurance');
        await new Promise((r) => setTimeout(r, 200));  // sizes arrive after the response
        times.push(first.ms);
        bytes.push(seen.reduce((sum, s) => sum + s.bytes, 0));
        requests = seen.map((s) => `${s.path} ${kb(s.bytes)}`);
        await page.context().close();
        // A reader who clicks into the box and starts typing a second later: focus loads the index.
        // The longest main-thread task from the focus to the results (Long Tasks API: tasks over
        // 50 ms), which is how long the page stops answering while the index is read.
        const focused = await h.newPage();
        await focused.addInitScript(() => {
          window.__longestTask = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, e.duration);
          }).observe({ type: 'longtask' });
        });
        await mount(focused, h.url, `<mgi-wheel id="w" picker search profile="${catalogue.prefix}${catalogue.profiles[0]}"></mgi-wheel>`);
        await waitReady(focused, '#w');
        await focused.evaluate(() => { window.__longestTask = 0; });
        await focused.locator('#w >> #mgi-search').focus();
        await new Promise((r) => setTimeout(r, 1000));
        // Timed from here, not in the page: a key pressed while the core reads the index waits for it,
        // and so would a page-side clock's start.
        const typed = performance.now();
        await searchInPage(focused, '#w', 'health insurance');
        afterFocus.push(performance.now() - typed);
        longest.push(await focused.evaluate(() => window.__longestTask));
        await focused.context().close();
      }
    } finally {
      await h.close();
    }
    console.log(`${count} profiles: search-index.json ${kb(size('search-index.json'))} raw, ${kb(size('search-index.json.gz'))} gzip, ` +
      `${kb(size('search-index.json.br'))} Brotli; every profile fetched one by one instead: ${count} requests, ${kb(everyProfile)} Brotli`);
    console.log(`  transferred for the page's widget and its first search: ${kb(median(bytes))} (${requests.join(', ')})`);
    console.log(`  time from typing to the first results: median ${median(times).toFixed(0)} ms of ${runs} cold loads (${times.map((t) => t.toFixed(0)).join(', ')})`);
    console.log(`  the same, typing 1 s after focusing the box: median ${median(afterFocus).toFixed(0)} ms (${afterFocus.map((t) => t.toFixed(0)).join(', ')})`);
    console.log(`  the longest main-thread task from focusing the box to the results: median ${median(longest).toFixed(0)} ms (${longest.map((t) => t.toFixed(0)).join(', ')}; 0: none over 50 ms)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
