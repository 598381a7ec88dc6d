// Where the core lives and what it must be: the build writes both in (scripts/bundle-loader.mjs
// makes the module `mgi-build:core` for each entry): CORE_FILES, the core's file names (they carry
// the version, so a CDN may cache them for ever) and their SHA-384 digests in SRI form;
// defaultCoreUrl(kind), where this entry finds them (beside the classic script, or
// `new URL(…, import.meta.url)` in the ES module, which bundlers resolve and copy); bundledCore, the
// factory of a one-file module that carries the core in itself (else null); importGlue, how the ES
// module imports the core's glue as a module of the app's bundle (else null: a script, checked);
// declaredBase, the classic script's data-mgi-base attribute (else null).
import { CORE_FILES, bundledCore, declaredBase, defaultCoreUrl, importGlue } from 'mgi-build:core';
import { MessageQueue } from './core-api.js';
import { fetchVerified, integrityFailure } from './core-integrity.js';
import { refusedScriptUrl, scriptUrlPolicy } from './trusted-urls.js';

let basePath = declaredBase ? asFolder(declaredBase) : null;
let corePromise = null;

// The page's one core: a single Wasm instance serves every widget of the page (widgets register
// their hosts in `mgiHosts` by the id the core gives them, core-api.js), and draws them all on one
// WebGL2 context on `mgiSurface`, a canvas never put in the page, each frame copied into its
// widget's own canvas (src/platform/page_surface.hpp). The core posts its messages to `mgiQueue`.
// Resolves to the Emscripten module. A failure is an Error whose `url` names the file at fault.
export function loadCore() {
  if (corePromise) return corePromise;
  corePromise = loadFactory().then(([createCore, wasmModule]) => {
    const hosts = new Map();
    const queue = new MessageQueue(hosts);
    const options = {
      mgiHosts: hosts,
      mgiQueue: queue,
      mgiPost: (widget, kind, json) => queue.post(widget, kind, json),
      mgiSurface: document.createElement('canvas'),
      print: (t) => console.log('mgi-wheel:', t),
      printErr: (t) => console.warn('mgi-wheel:', t),
    };
    if (wasmModule) {
      options.instantiateWasm = (imports, done) => {
        WebAssembly.instantiate(wasmModule, imports).then((instance) => done(instance, wasmModule));
        return {};
      };
    }
    return createCore(options);
  });
  corePromise.catch(() => { corePromise = null; });  // a later widget may try again
  return corePromise;
}

// Another folder for the core's two files (a CDN, a bundler's asset folder), for the widgets that
// start after this call; the digests are checked as ever. A relative URL is the page's.
export function setBasePath(url) {
  if (corePromise) {
    console.warn(`mgi-wheel: setBasePath("${url}") came after the core was asked for, from ${coreUrl('wasm')}: it applies to a later try only`);
  }
  basePath = asFolder(url);
}

// "https://cdn.example/mgi-wheel@1.0.0" is meant as a folder, whether or not it ends with a slash.
function asFolder(url) {
  const base = new URL(String(url), document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base.href;
}

const coreUrl = (kind) => (basePath ? new URL(CORE_FILES[kind].file, basePath).href : defaultCoreUrl(kind));

// Resolves to [factory, compiled module or null].
function loadFactory() {
  // The one-file builds carry an -sSINGLE_FILE core, the Wasm inside it, so there is nothing to
  // fetch (and nothing to check: it came with the script): the classic one (mgi-wheel.one.js) puts
  // it before this script, the module (mgi-wheel.one.mjs) inside itself.
  if (bundledCore) return Promise.resolve([bundledCore, null]);
  if (window.createMgiWheelCore && window.createMgiWheelCore.selfContained) {
    return Promise.resolve([window.createMgiWheelCore, null]);
  }
  const factory = window.createMgiWheelCore ? Promise.resolve(window.createMgiWheelCore)
    : importGlue && !basePath ? importGlue() : loadCoreScript();
  const wasmUrl = coreUrl('wasm');
  const compiled = fetchVerified(wasmUrl, CORE_FILES.wasm.integrity).then((res) => {
    // Streaming compilation needs the application/wasm type; fall back when a server lacks it.
    const type = res.headers.get('Content-Type') || '';
    return type.startsWith('application/wasm') && WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(res) : res.arrayBuffer().then((b) => WebAssembly.compile(b));
  });
  return Promise.all([factory, compiled]);
}

// The core's glue, as a script the browser checks against its digest before running it
// (`integrity`, with `crossorigin` so that a CDN's copy can be checked too).
function loadCoreScript() {
  const { integrity } = CORE_FILES.js;
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    // Under Trusted Types (require-trusted-types-for 'script') a script's URL must come from a policy.
    const url = coreUrl('js');
    try {
      s.src = scriptUrlPolicy().createScriptURL(url);
    } catch (err) {
      reject(refusedScriptUrl(url, err));
      return;
    }
    s.integrity = integrity;
    s.crossOrigin = 'anonymous';
    s.async = true;
    s.onload = () => window.createMgiWheelCore ? resolve(window.createMgiWheelCore)
      : reject(Object.assign(new Error(`${s.src} did not define the widget core`), { url: s.src }));
    // The browser says no more than "error": find out whether it was the digest or the network.
    s.onerror = () => integrityFailure(s.src, integrity).then(reject);
    document.head.appendChild(s);
  });
}
