// The benchmark harness itself (issue 7): its fast mode produces every figure for every page, as
// finite non-negative numbers, and the byte counts show what each subject really downloads.
// Nothing here asserts a time: speed goals live in bench/RESULTS.md and the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const FIGURES = ['firstFrameMs', 'selectionCpuMs', 'selectionFrames', 'selectionAnimationMs', 'cpuPerFrameMs', 'frameCallbackMs',
  'idleFrames', 'idleCpuMs', 'idleCopies', 'jsHeapBytes', 'wasmBytes', 'memoryBytes', 'memoryPerWidgetBytes'];
const KINDS = ['total', 'wasm', 'js', 'font', 'data'];
// The ImGui example has nothing to select and is one app per page; `cpu-*` are the split build's
// pages in a Chromium without WebGL.
// `*-distinct-*`: each widget or chart its own profile of a generated catalogue.
const PAGES = ['split-1', 'split-10', 'split-30', 'one-1', 'one-10', 'chartjs-1', 'chartjs-10', 'chartjs-30', 'imgui-1', 'cpu-1', 'cpu-10',
  'split-distinct-10', 'split-distinct-30', 'chartjs-distinct-10', 'chartjs-distinct-30'];
const NOT_APPLICABLE = { 'imgui-1': ['selectionCpuMs', 'selectionFrames', 'selectionAnimationMs'] };

test('bench/run.mjs --fast produces every figure for every subject', { timeout: 330_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mgi-bench-'));
  try {
    const json = path.join(dir, 'results.json');
    const { stdout } = await new Promise((resolve, reject) => {
      execFile(process.execPath, [path.join(ROOT, 'bench/run.mjs'), '--fast', '--json', json], { cwd: ROOT, timeout: 320_000 },
        (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve({ stdout: out })));
    });
    const results = JSON.parse(readFileSync(json, 'utf8'));
    assert.deepEqual(Object.keys(results.pages).sort(), [...PAGES].sort());
    for (const [key, page] of Object.entries(results.pages)) {
      const m = page.median;
      for (const figure of FIGURES) {
        const value = m[figure];
        if ((NOT_APPLICABLE[key] || []).includes(figure)) { assert.equal(value, null, `${key} ${figure}`); continue; }
        assert.ok(Number.isFinite(value) && value >= 0, `${key} ${figure} = ${value}`);
      }
      for (const enc of ['bytesGzip', 'bytesBrotli']) {
        for (const kind of KINDS) assert.ok(Number.isFinite(m[enc][kind]) && m[enc][kind] >= 0, `${key} ${enc}.${kind}`);
        assert.ok(m[enc].total > 0 && m[enc].data >= 0, `${key} ${enc} transferred something`);
      }
      assert.ok(m.bytesBrotli.total < m.bytesGzip.total, `${key}: Brotli files were served and are smaller`);
      assert.ok(m.firstFrameMs > 0 && m.memoryBytes > 0, key);
      if (page.subject !== 'imgui') {
        assert.ok(m.selectionFrames > 0, `${key}: the selection animated`);
        assert.ok(m.bytesGzip.data > 0, `${key}: the profile was fetched`);
      }
    }
    // What each subject downloads: the split build a .wasm, the one-file build none, Chart.js none.
    const gz = (key) => results.pages[key].median.bytesGzip;
    assert.ok(gz('split-1').wasm > 0 && gz('imgui-1').wasm > 0);
    assert.equal(gz('one-1').wasm, 0);
    assert.equal(gz('chartjs-1').wasm, 0);
    assert.ok(gz('one-1').js > gz('split-1').js, 'the one-file script carries the Wasm');
    assert.ok(results.pages['split-1'].median.wasmBytes > 0 && results.pages['chartjs-1'].median.wasmBytes === 0);
    // One Wasm instance per page, whatever the number of widgets: its memory grows with the profiles
    // it holds, far below ten instances' worth.
    const wasm = (key) => results.pages[key].median.wasmBytes;
    assert.ok(wasm('split-10') >= wasm('split-1') && wasm('split-10') < 10 * wasm('split-1'), 'one instance for the page');
    // An idle page copies no pictures: frames come only when something changes.
    for (const key of ['split-1', 'split-10', 'split-30', 'one-1', 'cpu-1', 'cpu-10']) {
      assert.equal(results.pages[key].median.idleCopies, 0, `${key}: pictures copied while idle`);
    }
    // Distinct profiles: ten downloads where the widgets of the shared page make one (Chart.js's
    // charts fetch one each on both pages).
    assert.ok(gz('split-distinct-10').data > 5 * gz('split-10').data, 'ten profiles fetched');
    assert.ok(gz('chartjs-distinct-10').data > 0.5 * gz('chartjs-10').data, 'Chart.js: ten profiles fetched');
    assert.match(stdout, /\*\*Ten widgets on one page, 10 distinct profiles\*\*/);
    // The table has a row per figure and a column per subject.
    assert.match(stdout, /\| figure \| mgi-wheel, split build \| mgi-wheel, one-file build \| Chart\.js doughnut \| Dear ImGui example \|/);
    assert.doesNotMatch(stdout, /NaN|undefined/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
