// Injected into every benchmark page before its own scripts (page.addInitScript), the same for
// every subject: counts animation frames (all three draw only from requestAnimationFrame) and the
// time spent in their callbacks, notes
// when the last one ran and when the last click began, and keeps each Wasm instance's memory so its size can be read after load
// (Wasm memory lives outside the JS heap that Runtime.getHeapUsage reports).
(() => {
  const probe = { frames: 0, frameMs: 0, copies: 0, firstFrameEnd: null, lastFrameStart: null, lastPointerDown: null, memories: new Set() };
  window.__benchProbe = probe;
  addEventListener('pointerdown', () => { probe.lastPointerDown = performance.now(); }, { capture: true, passive: true });

  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    probe.frames++;
    const start = performance.now();
    probe.lastFrameStart = start;
    callback(time);
    const end = performance.now();
    probe.frameMs += end - start;  // the frame's own work: script, Wasm and the GL or 2D calls it makes
    if (probe.firstFrameEnd === null) probe.firstFrameEnd = end;
  });

  const keepMemories = (instance, imports) => {
    for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) probe.memories.add(value);
    for (const module of Object.values(imports || {})) {
      for (const value of Object.values(module || {})) if (value instanceof WebAssembly.Memory) probe.memories.add(value);
    }
  };
  // Pictures put into 2D canvases: mgi-wheel copies each frame from its page's one WebGL canvas
  // (drawImage) or puts the CPU's pixels (putImageData); an idle page should do neither.
  for (const name of ['drawImage', 'putImageData']) {
    const original = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (...args) { probe.copies++; return original.apply(this, args); };
  }

  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = function (source, imports) {
    return instantiate.call(this, source, imports).then((result) => {
      keepMemories(result instanceof WebAssembly.Instance ? result : result.instance, imports);
      return result;
    });
  };
  if (instantiateStreaming) {
    WebAssembly.instantiateStreaming = function (source, imports) {
      return instantiateStreaming.call(this, source, imports).then((result) => {
        keepMemories(result.instance, imports);
        return result;
      });
    };
  }
  probe.wasmBytes = () => [...probe.memories].reduce((sum, m) => sum + m.buffer.byteLength, 0);
})();
