// Crossing into the core: its exports take (pointer, length) pairs in Wasm memory and return
// pointers to NUL-terminated UTF-8 that the core owns until its next call.

// Calls fn with the bytes copied into Wasm memory as {ptr, len}, then frees them.
export function withBytes(core, bytes, fn) {
  const ptr = core._malloc(Math.max(bytes.length, 1));
  core.HEAPU8.set(bytes, ptr);
  try { return fn({ ptr, len: bytes.length }); } finally { core._free(ptr); }
}

// Calls fn with each string copied into Wasm memory as {ptr, len} (UTF-8), then frees them.
// Without a core (not started yet, or destroyed) there is nothing to call: undefined.
export function withStrings(core, strings, fn) {
  if (!core) return undefined;
  const args = strings.map((s) => {
    const len = core.lengthBytesUTF8(s);
    const ptr = core._malloc(len + 1);
    core.stringToUTF8(s, ptr, len + 1);
    return { ptr, len };
  });
  try { return fn(...args); } finally { for (const a of args) core._free(a.ptr); }
}

// Calls a core export that takes strings and returns one.
export function callString(core, name, strings) {
  return withStrings(core, strings, (...args) => core.UTF8ToString(core[name](...args.flatMap((a) => [a.ptr, a.len]))));
}

// The JSON a core export returned.
export function readJson(core, ptr) {
  return JSON.parse(core.UTF8ToString(ptr));
}

// What the page's one core looks like to one widget: its exports with the widget's id bound as
// their first argument, and the module's memory and string helpers (inherited, so always current).
// The exports that need no widget are called on the module itself.
const PAGE_EXPORTS = new Set(['_mgi_new_widget', '_mgi_linkable_id']);
export function widgetCore(module, id) {
  const core = Object.create(module);
  for (const name of Object.keys(module)) {
    if (name.startsWith('_mgi_') && !PAGE_EXPORTS.has(name)) core[name] = (...args) => module[name](id, ...args);
  }
  core.widgetId = id;
  return core;
}
