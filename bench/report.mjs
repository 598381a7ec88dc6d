// The benchmark's Markdown tables: one per widget count, one column per subject, each figure with
// its ratio to Chart.js (the reference, issue 7). KB = 1,000 bytes, MB = 1,000,000 bytes.
const kb = (b) => (b / 1000).toFixed(1);
const mb = (b) => (b / 1e6).toFixed(1);
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const count = (x) => x.toFixed(0);
const breakdown = (b) => `wasm ${kb(b.wasm)} · js ${kb(b.js)} · font ${kb(b.font)} · data ${kb(b.data)}`;

// [label, figure getter, formatter, compare?] — compare: show the ratio to Chart.js.
const ROWS = [
  ['transfer, gzip (KB)', (m) => m.bytesGzip.total, kb, true],
  ['↳ gzip by kind (KB)', (m) => m.bytesGzip, breakdown, false],
  ['transfer, Brotli (KB)', (m) => m.bytesBrotli.total, kb, true],
  ['↳ Brotli by kind (KB)', (m) => m.bytesBrotli, breakdown, false],
  ['navigation start → first frame with data (ms)', (m) => m.firstFrameMs, ms, true],
  ['one selection: main-thread CPU, click to animation end (ms)', (m) => m.selectionCpuMs, ms, true],
  ['one selection: frames drawn / animation (ms)', (m) => m.selectionFrames === null ? null : `${count(m.selectionFrames)} / ${count(m.selectionAnimationMs)}`, String, false],
  ['one selection: main-thread CPU / frames drawn (ms)', (m) => m.cpuPerFrameMs, ms, true],
  ['main-thread CPU per animation frame, in its callback (ms)', (m) => m.frameCallbackMs, ms, true],
  ['5 s idle: frames drawn', (m) => m.idleFrames, count, true],
  ['5 s idle: main-thread CPU (ms)', (m) => m.idleCpuMs, ms, true],
  ['5 s idle: pictures copied into canvases (drawImage, putImageData)', (m) => m.idleCopies ?? null, count, false],
  ['after load: JS heap + Wasm memory (MB)', (m) => m.memoryBytes, mb, true],
  ['↳ JS heap / Wasm memory (MB)', (m) => `${mb(m.jsHeapBytes)} / ${mb(m.wasmBytes)}`, String, false],
  ['memory per widget (MB)', (m) => m.memoryPerWidgetBytes, mb, true],
];

function cell(value, format, reference, compare) {
  if (value === null || value === undefined) return 'n/a';
  const text = format(value);
  if (!compare || typeof value !== 'number' || !reference) return text;
  return `${text} (${(value / reference).toFixed(2)}×)`;
}

export function markdownTable(results) {
  const pages = Object.values(results.pages);
  const out = [];
  const titles = { 1: 'One widget', 10: 'Ten widgets on one page', 30: 'Thirty widgets on one page' };
  const groups = [1, 10, 30].flatMap((widgets) => [false, true].map((distinct) => ({ widgets, distinct })));
  for (const { widgets, distinct } of groups) {
    // Every widget showing one profile, or (`distinct`) each its own.
    const cols = pages.filter((p) => p.widgets === widgets && !!p.distinct === distinct);
    if (!cols.length) continue;
    const reference = cols.find((p) => p.subject.startsWith('chartjs'));
    const title = `${titles[widgets]}${distinct ? `, ${widgets} distinct profiles` : ''}`;
    out.push(`**${title}** (medians of ${cols[0].median.loads} cold loads` +
      `${cols[0].median.interactions ? `, ${cols[0].median.interactions} selections` : ''}; ratio to Chart.js in brackets)`);
    const overran = cols.filter((p) => p.median.overranInteractions).map((p) => `${p.name}: ${p.median.overranInteractions}`);
    if (overran.length) out.push('', `Selections left out, still animating when their window closed on a busy machine: ${overran.join(', ')}.`);
    out.push('');
    out.push(`| figure | ${cols.map((p) => p.name).join(' | ')} |`, `|---|${cols.map(() => '---').join('|')}|`);
    for (const [label, get, format, compare] of ROWS) {
      const ref = reference ? get(reference.median) : null;
      out.push(`| ${label} | ${cols.map((p) => cell(get(p.median), format, ref, compare)).join(' | ')} |`);
    }
    out.push('');
  }
  out.push(`${results.chromium}, headless, SwiftShader; gzip by ${results.gzipTool}, Brotli quality 11; ${results.date.slice(0, 10)}.`);
  return out.join('\n');
}
