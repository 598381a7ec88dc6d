// The release's version and the names of the files it ships, in one place. The version is the
// repository's VERSION file; everything that names a release (the core's file names, the npm
// package, the embed snippet, the benchmark's copies) reads it from here.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VERSION = readFileSync(path.join(ROOT, 'VERSION'), 'utf8').trim();
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(VERSION)) {
  throw new Error(`${path.join(ROOT, 'VERSION')}: "${VERSION}" is not a semantic version (MAJOR.MINOR.PATCH)`);
}

// The loader keeps its name (pages write <script src="mgi-wheel.js">); the core's files carry the
// version, so that a CDN or a browser may keep them for ever: a new release has new names.
export const LOADER = 'mgi-wheel.js';
export const ONE_FILE = 'mgi-wheel.one.js';
// The ES modules a bundled app imports: the loader, and the loader with the core inside.
export const MODULE = 'mgi-wheel.mjs';
export const ONE_FILE_MODULE = 'mgi-wheel.one.mjs';
export const CORE_JS = `mgi-wheel-core-${VERSION}.js`;
export const CORE_WASM = `mgi-wheel-core-${VERSION}.wasm`;
// The core's glue as an ES module, which the ES module entry imports (a bundler's own chunk).
export const CORE_MODULE = `mgi-wheel-core-${VERSION}.mjs`;

// Subresource Integrity form of a file's SHA-384: "sha384-" + base64.
export function sri(bytes) {
  return 'sha384-' + createHash('sha384').update(bytes).digest('base64');
}
