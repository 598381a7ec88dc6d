// The browser's text rasteriser, as the C++ core's glyph atlas uses it (linked with emcc
// --js-library; src/platform/browser_glyphs.cpp declares these functions). The wheel's labels are
// drawn in the widget's own font stack (`--mgi-font`), glyph by glyph, into one 2D canvas per page.
//
// A web font still loading when the atlas is made gives the fallback face's glyphs. The font
// asked for is then followed with document.fonts.load(), and each widget that asked is told when
// it arrives (its host's fontLoaded(), which asks the core to measure again): the FontFaceSet's
// own loadingdone event never comes in WebKitGTK, whose `ready` also resolves while a face still
// loads.
//
// This file is not one of the loader's modules: Emscripten's compiler reads it as a library.
mergeInto(LibraryManager.library, {
  // The 2D context is made on first use. willReadFrequently keeps it on the CPU, where
  // getImageData is a copy rather than a GPU read-back.
  $mgiGlyphs: function () {
    var g = Module['mgiGlyphs'];
    if (!g) {
      var canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
      g = Module['mgiGlyphs'] = { canvas: canvas, ctx: canvas.getContext('2d', { willReadFrequently: true }), awaited: {} };
    }
    return g;
  },

  // The widgets waiting on `font` (a CSS font shorthand) are told once its faces have loaded.
  $mgiAwaitFont: function (font, widget) {
    var g = Module['mgiGlyphs'];
    var waiting = g.awaited[font];
    if (waiting) { waiting.add(widget); return; }
    waiting = g.awaited[font] = new Set([widget]);
    document.fonts.load(font).then(function (faces) {
      delete g.awaited[font];
      if (!faces.length) return;  // nothing of the stack is a web font after all
      waiting.forEach(function (id) {
        var host = Module['mgiHosts'].get(id);
        if (host) host.fontLoaded();
      });
    }, function () { delete g.awaited[font]; });  // a face that fails stays the fallback's
  },

  mgi_js_glyph_font__deps: ['$mgiGlyphs', '$mgiAwaitFont'],
  mgi_js_glyph_font: function (widget, px) {
    var g = mgiGlyphs();
    var host = Module['mgiHosts'].get(widget);
    var family = host && host.canvas.isConnected ? getComputedStyle(host.canvas).fontFamily : '';
    g.family = family || 'sans-serif';
    g.ctx.font = px + 'px ' + g.family;
    g.ctx.textBaseline = 'alphabetic';
    g.ctx.textAlign = 'left';
    g.ctx.direction = 'ltr';
    if (host && typeof document !== 'undefined' && document.fonts && !document.fonts.check(g.ctx.font)) {
      mgiAwaitFont(g.ctx.font, widget);
    }
  },

  mgi_js_glyph_metrics: function (px, out) {
    var ctx = Module['mgiGlyphs'].ctx;
    var m = ctx.measureText('Hg');
    var ascent = m.fontBoundingBoxAscent, descent = m.fontBoundingBoxDescent;
    if (!(ascent >= 0 && descent >= 0)) { ascent = px * 0.95; descent = px * 0.25; }  // before fontBoundingBox* existed
    HEAPF32[out >> 2] = ascent;
    HEAPF32[(out >> 2) + 1] = descent;
  },

  // Per glyph: its advance, then its ink box with a texel of margin (antialiased edges reach past
  // it), or zeros for a glyph with no ink.
  mgi_js_glyph_measure: function (codepoints, count, out) {
    var ctx = Module['mgiGlyphs'].ctx;
    for (var i = 0; i < count; i++) {
      var m = ctx.measureText(String.fromCodePoint(HEAPU32[(codepoints >> 2) + i]));
      var x0 = Math.floor(-m.actualBoundingBoxLeft), x1 = Math.ceil(m.actualBoundingBoxRight);
      var y0 = Math.floor(-m.actualBoundingBoxAscent), y1 = Math.ceil(m.actualBoundingBoxDescent);
      var o = (out >> 2) + i * 5;
      HEAPF32[o] = m.width;
      if (x1 > x0 && y1 > y0) {
        HEAPF32[o + 1] = x0 - 1; HEAPF32[o + 2] = y0 - 1; HEAPF32[o + 3] = x1 + 1; HEAPF32[o + 4] = y1 + 1;
      } else {
        HEAPF32[o + 1] = HEAPF32[o + 2] = HEAPF32[o + 3] = HEAPF32[o + 4] = 0;
      }
    }
  },

  // `glyphs`: `count` placements of four 32-bit words (codepoint, px, pen x, pen y), drawn in white
  // into a width x height RGBA copy at `rgbaOut`.
  mgi_js_glyph_draw: function (glyphs, count, width, height, rgbaOut) {
    var g = Module['mgiGlyphs'], ctx = g.ctx;
    g.canvas.width = width;  // resizing resets the context's state, font included
    g.canvas.height = height;
    ctx.clearRect(0, 0, width, height);
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'left';
    ctx.direction = 'ltr';
    ctx.fillStyle = '#fff';
    var px = -1;
    for (var i = 0; i < count; i++) {
      var at = (glyphs >> 2) + i * 4;
      if (HEAPF32[at + 1] !== px) { px = HEAPF32[at + 1]; ctx.font = px + 'px ' + g.family; }
      ctx.fillText(String.fromCodePoint(HEAPU32[at]), HEAPF32[at + 2], HEAPF32[at + 3]);
    }
    HEAPU8.set(ctx.getImageData(0, 0, width, height).data, rgbaOut);  // one copy; the core takes the alpha
    g.canvas.width = g.canvas.height = 1;  // the atlas lives in the GL texture; free the copy
  },
});
