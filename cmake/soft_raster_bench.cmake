# soft_raster_bench: times the CPU rasteriser on a 480 CSS px wheel at dpr 2, the figure behind
# issue 16's 8 ms budget. Not run by the tests. Its frames are the draw tests' (a model driven
# through a visit, glyphs of fixed metrics: tests/draw/model_canvas.hpp).
#  - natively: build/native/soft_raster_bench, over the mgi_draw library;
#  - in Wasm, where the budget applies: `cmake --build build/wasm --target soft_raster_bench`,
#    then `node --no-experimental-fetch --no-liftoff build/wasm/soft_raster_bench.cjs` (Emscripten
#    3.1.6's glue would fetch() its .wasm as a URL under Node 18+; node 20 may keep a function in
#    its baseline compiler's code for hundreds of frames, where Chromium had optimised it: the
#    flag times the optimised code from the start). Compiled and linked as the widget is (the
#    rasteriser's own object and level, the same Wasm features and link-time optimisation): how
#    the Wasm build is compiled changes its speed far more than the native build shows (at -Oz it
#    drew 2-3x slower than g++'s build; cmake/wasm.cmake says why).
if(EMSCRIPTEN)
  file(GLOB MGI_DRAW_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/draw/*.cpp")
  list(REMOVE_ITEM MGI_DRAW_SOURCES "${CMAKE_SOURCE_DIR}/src/draw/soft_rasterizer.cpp")  # the widget's own object
  add_executable(soft_raster_bench EXCLUDE_FROM_ALL "${CMAKE_CURRENT_LIST_DIR}/../bench/soft_raster_bench.cpp" ${MGI_DRAW_SOURCES}
                 $<TARGET_OBJECTS:mgi_soft_raster>)
  target_include_directories(soft_raster_bench PRIVATE "${CMAKE_SOURCE_DIR}/src")
  target_link_libraries(soft_raster_bench PRIVATE mgi_core imgui)
  # The widget's flags but -fno-exceptions: the test support throws when an asset is missing
  # (emcc's default, -fignore-exceptions, compiles the throw; it aborts, as nothing catches it).
  set(MGI_BENCH_COMPILE_FLAGS ${MGI_WEB_COMPILE_FLAGS})
  list(REMOVE_ITEM MGI_BENCH_COMPILE_FLAGS -fno-exceptions)
  target_compile_options(soft_raster_bench PRIVATE ${MGI_BENCH_COMPILE_FLAGS})
  target_compile_definitions(soft_raster_bench PRIVATE MGI_ASSETS_DIR="${CMAKE_SOURCE_DIR}/assets")
  set_target_properties(soft_raster_bench PROPERTIES SUFFIX ".cjs")  # the repository's package.json makes .js an ES module
  # Node with the real file system: the bench reads the profiles from assets/.
  target_link_options(soft_raster_bench PRIVATE ${MGI_WASM_OPT} ${MGI_WASM_FEATURES} $<$<BOOL:${MGI_WASM_LTO}>:-flto>
                      -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
else()
  add_executable(soft_raster_bench "${CMAKE_CURRENT_LIST_DIR}/../bench/soft_raster_bench.cpp")
  target_link_libraries(soft_raster_bench PRIVATE mgi_draw)
  target_compile_definitions(soft_raster_bench PRIVATE MGI_ASSETS_DIR="${MGI_ASSETS_DIR}")
  target_compile_options(soft_raster_bench PRIVATE -Wall -Wextra -Werror)
endif()
target_include_directories(soft_raster_bench PRIVATE "${CMAKE_SOURCE_DIR}/tests/draw" "${CMAKE_SOURCE_DIR}/tests/unit")
