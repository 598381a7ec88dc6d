// The site of the integrity tests (issue 19): build/web served as it is, and under three folders
// whose loader is the same: intact, with one byte of the core's .wasm changed, and with one byte of
// its .js changed. Host pages /host/<folder>.html hold one widget whose mgi-error details land in
// window.__errors (an inline script: not every engine's driver can run one before the page's own),
// and whose console is heard from the start in WebKit too (the WebKit driver's listener, first).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LISTENER as CONSOLE_LISTENER } from './drivers/webkit.mjs';
import { WEB, testRoutes } from './harness.mjs';
import { CORE_JS, CORE_WASM, LOADER } from '../../scripts/release-files.mjs';

// One byte changed in the middle of the file: for the .js, a letter's case (the script stays
// valid JavaScript, so only the digest can tell); for the .wasm, one bit.
function changedByte(file) {
  const bytes = Buffer.from(readFileSync(path.join(WEB, file)));
  let i = bytes.length >> 1;
  if (file.endsWith('.js')) { while (!/[a-z]/.test(String.fromCharCode(bytes[i]))) i++; bytes[i] ^= 0x20; } else bytes[i] ^= 0x01;
  return bytes;
}

export const FOLDERS = { intact: null, 'changed-wasm': CORE_WASM, 'changed-js': CORE_JS };
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };

const hostPage = (folder) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>integrity</title>
<script>${CONSOLE_LISTENER}</script>
<script>window.__errors = []; document.addEventListener('mgi-error', (e) => window.__errors.push(e.detail));</script>
<script src="/${folder}/${LOADER}" defer></script></head>
<body><mgi-wheel id="w" profile="/profiles/balti-2023.json"></mgi-wheel></body></html>`;

// The server's hooks for that site.
export function integritySite() {
  const changed = { [CORE_WASM]: changedByte(CORE_WASM), [CORE_JS]: changedByte(CORE_JS) };
  return async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const [, folder, file] = url.pathname.match(/^\/([a-z-]+)\/([^/]+)$/) || [];
    if (folder in FOLDERS) {
      if (file === FOLDERS[folder]) {
        res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)], 'Cache-Control': 'no-store' }).end(changed[file]);
        return true;
      }
      req.url = `/${file}`;  // the rest of the site as it is
      return false;
    }
    return testRoutes(Object.fromEntries(Object.keys(FOLDERS).map((f) =>
      [`/host/${f}.html`, (q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage(f))])))(req, res);
  };
}
