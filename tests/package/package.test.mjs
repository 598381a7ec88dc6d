// The npm package folder build/package (issue 19, SPEC section 5): its package.json's fields, every
// `exports` target present and covered by `files`, what `npm pack` puts in the tarball, the
// versioned core, the digests written into the loader, and build/web/embed.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CORE_JS, CORE_WASM, LOADER, ONE_FILE, ROOT, VERSION, sri } from '../../scripts/release-files.mjs';

const PKG = path.join(ROOT, 'build/package');
const WEB = path.join(ROOT, 'build/web');
const pkg = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8'));
// npm puts these in every tarball whatever `files` says.
const ALWAYS_PACKED = ['package.json', 'README.md', 'LICENSE'];

// Every file an `exports` entry (a string or a conditions object) points to.
function exportTargets(exportsField) {
  const targets = [];
  const walk = (v) => { if (typeof v === 'string') targets.push(v); else for (const x of Object.values(v)) walk(x); };
  walk(exportsField);
  return [...new Set(targets)];
}

test('package.json: name, the repository\'s VERSION, licence, entry points', () => {
  assert.equal(pkg.name, 'mgi-wheel');
  assert.equal(pkg.version, VERSION);
  assert.match(VERSION, /^\d+\.\d+\.\d+/);
  assert.equal(pkg.license, 'MIT');
  assert.equal(pkg.main, LOADER);
  assert.equal(pkg.types, 'mgi-wheel.d.ts');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.private, undefined, 'the package is publishable');
  assert.deepEqual(pkg.dependencies ?? {}, {}, 'it runs in the browser with nothing else installed');
  for (const key of ['.', `./${LOADER}`, `./${ONE_FILE}`, `./${CORE_JS}`, `./${CORE_WASM}`, './custom-elements.json', './package.json']) {
    assert.ok(pkg.exports[key], `exports has "${key}"`);
  }
  assert.equal(pkg.exports['.'].types, './mgi-wheel.d.ts');
  assert.equal(pkg.exports['.'].default, `./${LOADER}`);
});

test('every exports target, types and customElements exist, and `files` covers them', () => {
  const targets = [...exportTargets(pkg.exports), pkg.types, pkg.customElements, pkg.main].map((t) => t.replace(/^\.\//, ''));
  for (const t of targets) {
    assert.ok(existsSync(path.join(PKG, t)), `${t} is in build/package`);
    assert.ok(pkg.files.includes(t) || ALWAYS_PACKED.includes(t), `"files" covers ${t}`);
  }
  for (const f of pkg.files) assert.ok(existsSync(path.join(PKG, f)), `${f} (in "files") is in build/package`);
});

test('npm pack: the tarball holds the loader, the versioned core, the one-file build, types, manifest, README and licences', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PKG, encoding: 'utf8' }));
  const packed = report.files.map((f) => f.path).sort();
  assert.deepEqual(packed, [...new Set([...pkg.files, ...ALWAYS_PACKED])].sort());
  assert.ok(packed.includes('THIRD-PARTY-LICENSES.txt'));
  assert.equal(report.filename, `mgi-wheel-${VERSION}.tgz`);
});

test('the core carries the version in its names; the folder\'s files are the site\'s', () => {
  assert.equal(CORE_JS, `mgi-wheel-core-${VERSION}.js`);
  assert.equal(CORE_WASM, `mgi-wheel-core-${VERSION}.wasm`);
  for (const f of [LOADER, ONE_FILE, CORE_JS, CORE_WASM]) {
    assert.ok(readFileSync(path.join(PKG, f)).equals(readFileSync(path.join(WEB, f))), `${f}: build/package's is build/web's`);
  }
  assert.ok(!existsSync(path.join(WEB, 'mgi-wheel-core.wasm')), 'no unversioned core in the site');
  assert.ok(readFileSync(path.join(WEB, 'index.html'), 'utf8').includes(`<link rel="preload" href="${CORE_WASM}" as="fetch"`),
    'the demo preloads the versioned Wasm');
});

test('the loader carries the core\'s SHA-384 digests, and embed.json the loader\'s', () => {
  const loader = readFileSync(path.join(WEB, LOADER), 'utf8');
  for (const f of [CORE_JS, CORE_WASM]) {
    const digest = sri(readFileSync(path.join(WEB, f)));
    assert.match(digest, /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.ok(loader.includes(JSON.stringify(f)) && loader.includes(digest), `${LOADER} names ${f} with ${digest}`);
  }
  const embed = JSON.parse(readFileSync(path.join(WEB, 'embed.json'), 'utf8'));
  assert.deepEqual(embed, {
    version: VERSION,
    script: { src: LOADER, integrity: sri(readFileSync(path.join(WEB, LOADER))), crossorigin: 'anonymous' },
  });
});
