// Where the core lives: next to this script, wherever that is served from. document.currentScript
// is only set while the script is being evaluated, so it is read here, at the bundle's top level,
// and not when the first widget mounts.
const scriptUrl = (document.currentScript && document.currentScript.src) || new URL('mgi-wheel.js', document.baseURI).href;
const baseUrl = new URL('.', scriptUrl).href;
let corePromise = null;

// The page's one core: a single Wasm instance serves every widget of the page (widgets register
// their hosts in `mgiHosts` by the id the core gives them), and draws them all on one WebGL2
// context on `mgiSurface`, a canvas that is never attached (src/platform/page_surface.hpp).
// Resolves to the Emscripten module.
export function loadCore() {
  if (corePromise) return corePromise;
  corePromise = loadFactory().then(([createCore, wasmModule]) => {
    const options = {
      mgiHosts: new Map(),
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
  // travels inside it, so there is nothing to fetch.
  if (window.createMgiWheelCore && window.createMgiWheelCore.selfContained) {
    return Promise.resolve([window.createMgiWheelCore, null]);
  }
  const factory = window.createMgiWheelCore ? Promise.resolve(window.createMgiWheelCore) : new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = new URL('mgi-wheel-core.js', baseUrl).href;
    s.async = true;
    s.onload = () => window.createMgiWheelCore ? resolve(window.createMgiWheelCore)
      : reject(new Error(`${s.src} did not define the widget core`));
    s.onerror = () => reject(new Error(`could not load ${s.src}`));
    document.head.appendChild(s);
  });
  const wasmUrl = new URL('mgi-wheel-core.wasm', baseUrl).href;
  const compiled = fetch(wasmUrl, { credentials: 'same-origin' }).then((res) => {
    if (!res.ok) throw new Error(`could not load ${wasmUrl} (HTTP ${res.status})`);
    // Streaming compilation needs the application/wasm type; fall back when a server lacks it.
    const type = res.headers.get('Content-Type') || '';
    return type.startsWith('application/wasm') && WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(res) : res.arrayBuffer().then((b) => WebAssembly.compile(b));
  });
  return Promise.all([factory, compiled]);
}
