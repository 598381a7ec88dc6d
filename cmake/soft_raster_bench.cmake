# soft_raster_bench: times the CPU rasteriser on a 480 CSS px wheel at dpr 2, the figure behind
# issue 16's 8 ms budget. Native only; not run by the tests. Its frames are the draw tests' (a model
# driven through a visit, glyphs of fixed metrics: tests/draw/model_canvas.hpp).
add_executable(soft_raster_bench "${CMAKE_CURRENT_LIST_DIR}/../bench/soft_raster_bench.cpp")
target_link_libraries(soft_raster_bench PRIVATE mgi_draw)
target_include_directories(soft_raster_bench PRIVATE "${CMAKE_SOURCE_DIR}/tests/draw" "${CMAKE_SOURCE_DIR}/tests/unit")
target_compile_definitions(soft_raster_bench PRIVATE MGI_ASSETS_DIR="${MGI_ASSETS_DIR}")
target_compile_options(soft_raster_bench PRIVATE -Wall -Wextra -Werror)
