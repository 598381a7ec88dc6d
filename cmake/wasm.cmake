# The Wasm widget (emcmake): Dear ImGui's drawing layer on WebGL2 (drawn by our own renderer, see
# src/platform/gl_renderer.hpp for why not imgui_impl_opengl3; glyphs from the browser, see
# src/platform/browser_glyphs.hpp), our drawing and platform layers, and the embedded framework
# data and strings, linked into a modularised mgi-wheel-core.js + .wasm. Only what the widget
# calls is linked: no ImGui context, windows, widgets, font builder or default font.
# Every web flag lives here (hello_imgui's habit), each with the reason it is there.
# Size over speed: the wheel is light work, and every KB crosses a phone's network (issue 7;
# bench/RESULTS.md records what each of these saved). Cache variables so bench/ can measure the
# steps one at a time in build directories of its own.
set(MGI_WASM_OPT "-Oz" CACHE STRING "optimisation level of the Wasm build")
option(MGI_WASM_LTO "link-time optimisation of the Wasm build" ON)
# The level is a compile option of each target rather than CMAKE_CXX_FLAGS_RELEASE: the CPU
# rasteriser is compiled at another (below).
set(CMAKE_CXX_FLAGS_RELEASE "-DNDEBUG")
# Wasm features every browser with WebGL2 has had for years (Chrome 75, Firefox 79, Safari 15):
# saturating float-to-int casts are one instruction instead of a guarded sequence, sign extension
# likewise; bulk memory makes memcpy/memset single instructions.
set(MGI_WASM_FEATURES -mnontrapping-fptoint -msign-ext -mbulk-memory)
set(MGI_WEB_CODE_FLAGS -fno-exceptions -fno-rtti -fno-threadsafe-statics ${MGI_WASM_FEATURES})
if(MGI_WASM_LTO)
  list(APPEND MGI_WEB_CODE_FLAGS -flto)
endif()
set(MGI_WEB_COMPILE_FLAGS ${MGI_WASM_OPT} ${MGI_WEB_CODE_FLAGS})
# The CPU rasteriser (issue 16) is compiled for speed. At -Oz emcc tells clang not to inline at all
# (-fno-inline-functions): its per-row and per-span helpers then cost a call each, and a frame of
# a 480 px wheel at dpr 2 took 7 ms to draw in Wasm instead of 3 (bench/soft_raster_bench.cpp,
# its Wasm build). Compiled apart, so no -Oz reaches its command line; the rest stays -Oz.
set(MGI_RASTER_OPT "-O2" CACHE STRING "optimisation level of the Wasm build's CPU rasteriser")
add_library(mgi_soft_raster OBJECT src/draw/soft_rasterizer.cpp)
target_include_directories(mgi_soft_raster PRIVATE src)
target_link_libraries(mgi_soft_raster PUBLIC imgui)
target_compile_options(mgi_soft_raster PRIVATE ${MGI_RASTER_OPT} ${MGI_WEB_CODE_FLAGS} -Wall -Wextra)

target_compile_options(imgui PRIVATE ${MGI_WEB_COMPILE_FLAGS})
target_compile_options(mgi_core PRIVATE ${MGI_WEB_COMPILE_FLAGS})

# The widget's objects, compiled once for both links below (split and one-file).
add_library(mgi_widget OBJECT
  src/draw/wheel_style.cpp
  src/draw/icons.cpp
  src/draw/text_layout.cpp
  src/draw/text_fit.cpp
  src/draw/wheel_labels.cpp
  src/draw/wheel_label_cache.cpp
  src/draw/wheel_renderer.cpp
  src/draw/compare_renderer.cpp
  src/draw/font_atlas.cpp
  src/draw/widget_scene.cpp
  src/platform/host_bridge.cpp
  src/platform/browser_glyphs.cpp
  src/platform/page_surface.cpp
  src/platform/gl_renderer.cpp
  src/platform/pointer_input.cpp
  src/platform/widget_app.cpp
  src/platform/exports.cpp
)
mgi_embed_files(mgi_widget "${CMAKE_BINARY_DIR}/embedded_assets.cpp"
  framework_json "${CMAKE_SOURCE_DIR}/assets/framework.json"
  strings_json   "${CMAKE_SOURCE_DIR}/assets/strings.json"
)
target_include_directories(mgi_widget PRIVATE src)
target_link_libraries(mgi_widget PUBLIC mgi_core imgui)
target_compile_options(mgi_widget PRIVATE ${MGI_WEB_COMPILE_FLAGS} -Wall -Wextra)

# The widget's own exports are listed once, where they are defined: EMSCRIPTEN_KEEPALIVE in
# src/platform/exports.cpp. Only the allocator, which web/core-api.js uses to pass strings, is named here.
set(MGI_EXPORTED_FUNCTIONS _malloc _free)
list(JOIN MGI_EXPORTED_FUNCTIONS "," MGI_EXPORTED_FUNCTIONS_CSV)
# The JavaScript the core calls: host_bridge.cpp's functions, and browser_glyphs.cpp's.
set(MGI_JS_LIBRARIES "${CMAKE_SOURCE_DIR}/web/core-library.js" "${CMAKE_SOURCE_DIR}/web/glyph-library.js")
list(TRANSFORM MGI_JS_LIBRARIES PREPEND "--js-library=" OUTPUT_VARIABLE MGI_JS_LIBRARY_FLAGS)

set(MGI_WEB_LINK_FLAGS
  ${MGI_WASM_OPT}
  ${MGI_WASM_FEATURES}
  --no-entry                        # no main(): web/mgi-wheel.js drives the instance
  -sMODULARIZE=1                    # a factory: the page makes one instance for all its widgets
  -sEXPORT_NAME=createMgiWheelCore
  -sENVIRONMENT=web
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2   # = -sUSE_WEBGL2=1 without a WebGL1 fallback
  -sALLOW_MEMORY_GROWTH=1
  # One profile needs under 512 KB in all, two compared under 1 MB; a large profile grows it.
  -sINITIAL_MEMORY=1MB
  # Four times what every browser test needs: they all pass on 64 KB in a build with
  # -sSTACK_OVERFLOW_CHECK=2 (bench/RESULTS.md). nlohmann's parser and destructor do not recurse,
  # so a profile nested a million arrays deep needs no more.
  -sTOTAL_STACK=256KB
  -sDYNAMIC_EXECUTION=0             # no eval/new Function: works under a strict CSP
  -sFILESYSTEM=0                    # assets are embedded; profiles arrive through fetch in JS
  -sMALLOC=emmalloc                 # small allocator, enough for a widget
  -sSUPPORT_LONGJMP=0
  -sASSERTIONS=0
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  -sDISABLE_DEPRECATED_FIND_EVENT_TARGET_BEHAVIOR=1
  -sTEXTDECODER=2                   # every target browser has TextDecoder: drop the JS fallback
  -sSUPPORT_ERRNO=0                 # no errno from JS library calls (no filesystem, no sockets)
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0    # our renderer needs no WebGL2 extension
  -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
  -sGL_TRACK_ERRORS=0               # glGetError is not called; no JS-side error bookkeeping
  # The only Module properties web/core-loader.js passes in; the glue drops its checks for the rest.
  -sINCOMING_MODULE_JS_API=mgiHosts,mgiSurface,mgiPost,print,printErr,instantiateWasm
  "-sEXPORTED_FUNCTIONS=${MGI_EXPORTED_FUNCTIONS_CSV}"
  "-sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8"
  ${MGI_JS_LIBRARY_FLAGS}
)
if(MGI_WASM_LTO)
  list(APPEND MGI_WEB_LINK_FLAGS -flto)
endif()

# mgi-wheel-core.js + .wasm: the split build, the Wasm compiled while it downloads.
add_executable(mgi-wheel-core $<TARGET_OBJECTS:mgi_widget> $<TARGET_OBJECTS:mgi_soft_raster>)
# mgi-wheel-core-single.js: the Wasm inlined as base64 (-sSINGLE_FILE) for CMSs that accept one
# upload; scripts/build.sh puts it in front of mgi-wheel.js as mgi-wheel.one.js.
# Under a CSP, Emscripten 3.1.6's glue first fetch()es its own data: URI, which `connect-src`
# (or `default-src 'self'`) blocks and reports as a violation, before decoding the base64 itself.
# This pre-js hides fetch inside the module's scope only (the glue uses it for nothing else), so the
# glue goes straight to decoding and WebAssembly.instantiate: 'wasm-unsafe-eval' is all a CSP then
# needs, as for the split build. (Later Emscriptens skip the fetch for data: URIs themselves.)
set(MGI_SINGLE_FILE_PRE_JS "${CMAKE_BINARY_DIR}/single-file-pre.js")
file(WRITE "${MGI_SINGLE_FILE_PRE_JS}"
  "// Generated by cmake/wasm.cmake: the one-file core decodes its inlined Wasm without fetch().\nvar fetch;\n")
add_executable(mgi-wheel-core-single $<TARGET_OBJECTS:mgi_widget> $<TARGET_OBJECTS:mgi_soft_raster>)
foreach(target mgi-wheel-core mgi-wheel-core-single)
  target_link_libraries(${target} PRIVATE mgi_widget)
  set_target_properties(${target} PROPERTIES SUFFIX ".js")
  target_link_options(${target} PRIVATE ${MGI_WEB_LINK_FLAGS})
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${MGI_JS_LIBRARIES}")
endforeach()
target_link_options(mgi-wheel-core-single PRIVATE -sSINGLE_FILE=1 "--pre-js=${MGI_SINGLE_FILE_PRE_JS}")
set_property(TARGET mgi-wheel-core-single APPEND PROPERTY LINK_DEPENDS "${MGI_SINGLE_FILE_PRE_JS}")
include(cmake/soft_raster_bench.cmake)
