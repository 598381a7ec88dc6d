// Where the core lives: next to this script, wherever that is served from. document.currentScript
// is only set while the script is being evaluated, so it is read here, at the bundle's top level,
// and not when the first widget mounts.
const scriptUrl = (document.currentScript && document.currentScript.src) || new URL('mgi-wheel.js', document.baseURI).href;
const baseUrl = new URL('.', scriptUrl).href;
let corePromise = null;

// Loads the Emscripten factory once and compiles the Wasm once; every widget instantiates its
// own instance from the same compiled module. Resolves to [factory, compiled module or null].
export function loadCore() {
  if (corePromise) return corePromise;
  // The one-file build (mgi-wheel.one.js) puts an -sSINGLE_FILE core before this script: the Wasm
  // travels inside it, so there is nothing to fetch and each instance compiles its own.
  if (window.createMgiWheelCore && window.createMgiWheelCore.selfContained) {
    corePromise = Promise.resolve([window.createMgiWheelCore, null]);
    return corePromise;
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
  corePromise = Promise.all([factory, compiled]);
  corePromise.catch(() => { corePromise = null; });  // a later widget may try again
  return corePromise;
}
