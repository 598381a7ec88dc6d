// The package as a TypeScript project gets it: `npm pack` in build/package, the tarball installed
// into a scratch project (a local tarball with no dependencies: no network), and files that use
// the element type-checked by the repository's pinned `typescript` (package.json devDependencies).
// Wrong uses must fail: with @ts-expect-error in the good file (tsc fails if one is not an error),
// and as a file of their own whose errors tsc must report, line by line.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ROOT, VERSION } from '../../scripts/release-files.mjs';

const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
// As a page's project would set it: strict, DOM types, Node's resolution of the package's `exports`.
const COMPILER_OPTIONS = { noEmit: true, strict: true, target: 'es2022', lib: ['es2022', 'dom'], module: 'nodenext',
  moduleResolution: 'nodenext', types: [] };

const USES = `import { setBasePath } from 'mgi-wheel';
import type { MgiDomainId, MgiErrorDetail, MgiSelectDetail, MgiWheelElement } from 'mgi-wheel';

const wheel = document.querySelector('mgi-wheel')!;
const element: MgiWheelElement = wheel;
const selected: boolean = wheel.select('partnerships');
wheel.select(null);
const domain: MgiDomainId | null = wheel.state().domain;
wheel.ready.then((w) => w.layout().wheels[0].segments[0].start_deg.toFixed(1));
wheel.addEventListener('mgi-select', (e) => {
  const d: MgiSelectDetail = e.detail;
  const source: 'pointer' | 'keyboard' | 'api' = e.detail.source;
  console.log(d.domain, source);
});
wheel.addEventListener('mgi-error', (e) => console.log(e.detail.url.length, e.detail.message));
// The events bubble: an ancestor's listener sees them typed too.
document.body.addEventListener('mgi-change', (e) => console.log(e.detail.profile, e.detail.source));
const made = document.createElement('mgi-wheel');
made.setAttribute('profile', 'profiles/balti-2023.json');
const failure: MgiErrorDetail['side'] = 'compare';
console.log(element, selected, domain, made, failure);
setBasePath('https://cdn.example/mgi-wheel/');
setBasePath(new URL('/assets/', location.href));

// @ts-expect-error: not a domain id
wheel.select('nowhere');
// @ts-expect-error: select takes one argument
wheel.select();
// @ts-expect-error: mgi-select's detail has no url
wheel.addEventListener('mgi-select', (e) => e.detail.url);
// @ts-expect-error: state() has no field "selected"
wheel.state().selected;
// @ts-expect-error: setBasePath takes a URL, not a number
setBasePath(42);
`;

// Each line here is an error tsc must report (1-based line numbers below).
const WRONG = `import 'mgi-wheel';
const wheel = document.querySelector('mgi-wheel')!;
wheel.select('nowhere');
wheel.select(3);
wheel.addEventListener('mgi-error', (e) => e.detail.domain);
const n: number = wheel.state().domain;
wheel.selectDomain('partnerships');
`;
const WRONG_LINES = [3, 4, 5, 6, 7];

let scratch;
before(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'mgi-wheel-ts-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch],
    { cwd: path.join(ROOT, 'build/package'), encoding: 'utf8' }));
  assert.equal(packed.filename, `mgi-wheel-${VERSION}.tgz`);
  writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${packed.filename}`],
    { cwd: scratch, encoding: 'utf8', stdio: 'pipe' });
});
after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });

function tsc(name, source) {
  writeFileSync(path.join(scratch, name), source);
  const config = `tsconfig.${name}.json`;
  writeFileSync(path.join(scratch, config), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [name] }));
  return spawnSync(process.execPath, [TSC, '-p', config], { cwd: scratch, encoding: 'utf8' });
}

test('the installed package type-checks a page script that uses the element and its events', () => {
  const r = tsc('uses.ts', USES);
  assert.equal(r.status, 0, `tsc reported:\n${r.stdout}${r.stderr}`);
});

test('wrong uses of the element fail to type-check, each where it is', () => {
  const r = tsc('wrong.ts', WRONG);
  assert.notEqual(r.status, 0);
  const lines = [...r.stdout.matchAll(/^wrong\.ts\((\d+),\d+\): error TS\d+/gm)].map((m) => Number(m[1]));
  assert.deepEqual([...new Set(lines)].sort((a, b) => a - b), WRONG_LINES, r.stdout);
});
