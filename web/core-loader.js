// Where the core lives: next to this script, wherever that is served from. document.currentScript
// is only set while the script is being evaluated, so it is read here, at the bundle's top level,
// and not when the first widget mounts.
import { MessageQueue } from './core-api.js';
import { fetchVerified, integrityFailure } from './core-integrity.js';

const scriptUrl = (document.currentScript && document.currentScript.src) || new URL('mgi-wheel.js', document.baseURI).href;
const baseUrl = new URL('.', scriptUrl).href;
// The core's file names (they carry the version, so a CDN may cache them for ever) and their
// SHA-384 digests in SRI form, written in by the build (scripts/bundle-loader.mjs, esbuild's
// `define`): { js: { file, integrity }, wasm: { file, integrity } }.
// eslint-disable-next-line no-undef
const CORE_FILES = MGI_CORE_FILES;
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

// Resolves to [factory, compiled module or null].
function loadFactory() {
  // The one-file build (mgi-wheel.one.js) puts an -sSINGLE_FILE core before this script: the Wasm
  // travels inside it, so there is nothing to fetch (and nothing to check: it came with the script).
  if (window.createMgiWheelCore && window.createMgiWheelCore.selfContained) {
    return Promise.resolve([window.createMgiWheelCore, null]);
  }
  const factory = window.createMgiWheelCore ? Promise.resolve(window.createMgiWheelCore) : loadCoreScript();
  const wasmUrl = new URL(CORE_FILES.wasm.file, baseUrl).href;
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
  const { file, integrity } = CORE_FILES.js;
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = new URL(file, baseUrl).href;
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
