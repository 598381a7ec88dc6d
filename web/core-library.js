// The JavaScript the C++ core calls (linked with emcc --js-library; src/platform/host_bridge.cpp
// declares these functions). Each one only hands something to the page and returns: nothing here
// calls back into the core. Messages are posted to the page's queue (Module.mgiPost, made by
// web/core-api.js), which delivers them once the call into the core that caused them has returned.
//
// This file is not one of the loader's modules: Emscripten's compiler reads it as a library.
mergeInto(LibraryManager.library, {
  // Where html5.h finds widget `widget`'s canvas: querySelector cannot see into a shadow root.
  mgi_js_bind_canvas__deps: ['$specialHTMLTargets'],
  mgi_js_bind_canvas: function (widget, target) {
    var host = Module['mgiHosts'].get(widget);
    if (host) specialHTMLTargets[UTF8ToString(target)] = host.canvas;
  },

  mgi_js_unbind_canvas__deps: ['$specialHTMLTargets'],
  mgi_js_unbind_canvas: function (target) {
    delete specialHTMLTargets[UTF8ToString(target)];
  },

  // A browser with WebGL switched off may not define the API's classes at all (WebKitGTK), and
  // Emscripten's context creation names them unguarded: ask before creating.
  mgi_js_has_webgl2: function () {
    return typeof WebGL2RenderingContext !== 'undefined' && typeof WebGLRenderingContext !== 'undefined' ? 1 : 0;
  },

  mgi_js_bind_surface__deps: ['$specialHTMLTargets'],
  mgi_js_bind_surface: function (target) {
    specialHTMLTargets[UTF8ToString(target)] = Module['mgiSurface'];
  },

  // In the task that drew the surface: its drawing buffer is not preserved past it.
  mgi_js_copy_surface: function (widget, width, height) {
    var host = Module['mgiHosts'].get(widget);
    if (host) host.show(Module['mgiSurface'], width, height);
  },

  mgi_js_put_pixels: function (widget, rgba, width, height) {
    var host = Module['mgiHosts'].get(widget);
    if (host) host.show(new ImageData(new Uint8ClampedArray(HEAPU8.buffer, rgba, width * height * 4), width, height), width, height);
  },

  mgi_js_post: function (widget, kind, kindLen, json, jsonLen) {
    Module['mgiPost'](widget, UTF8ToString(kind, kindLen), UTF8ToString(json, jsonLen));
  },

  mgi_js_set_cursor: function (widget, pointer) {
    var host = Module['mgiHosts'].get(widget);
    if (host) host.canvas.style.cursor = pointer ? 'pointer' : '';
  },
});
