# Native targets (g++): unit tests over the pure core, and the command-line tools.
enable_testing()
find_path(MGI_DOCTEST_INCLUDE doctest/doctest.h PATHS /usr/include REQUIRED)

set(MGI_ASSETS_DIR "${CMAKE_SOURCE_DIR}/assets")

file(GLOB MGI_UNIT_TEST_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/unit/*.cpp")
add_executable(unit_tests ${MGI_UNIT_TEST_SOURCES})
target_link_libraries(unit_tests PRIVATE mgi_core)
target_include_directories(unit_tests SYSTEM PRIVATE "${MGI_DOCTEST_INCLUDE}")
target_compile_definitions(unit_tests PRIVATE MGI_ASSETS_DIR="${MGI_ASSETS_DIR}"
                                              MGI_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
target_compile_options(unit_tests PRIVATE -Wall -Wextra -Werror)
# The contrast test reads the wheel's drawing colours (wheel_style needs only imgui.h's colour
# macros, no ImGui code), so it sees what the widget draws.
target_sources(unit_tests PRIVATE "${CMAKE_SOURCE_DIR}/src/draw/wheel_style.cpp")
target_include_directories(unit_tests SYSTEM PRIVATE "${MGI_IMGUI_DIR}")
add_test(NAME unit_tests COMMAND unit_tests)

# The drawing layer natively (tests/draw): its text code (font atlas, wrapping, ellipsis) over Dear
# ImGui's own font code and the frames a widget model draws, with a glyph source of fixed metrics
# standing in for the browser's.
# Every file of src/draw, in one library for the tests and the rasteriser's benchmark: the frame a
# model draws is built here as in the widget.
file(GLOB MGI_DRAW_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/draw/*.cpp")
add_library(mgi_draw STATIC ${MGI_DRAW_SOURCES})
target_link_libraries(mgi_draw PUBLIC mgi_core imgui)
target_compile_options(mgi_draw PRIVATE -Wall -Wextra -Werror)
file(GLOB MGI_DRAW_TEST_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/draw/*.cpp")
add_executable(draw_tests ${MGI_DRAW_TEST_SOURCES} "${CMAKE_SOURCE_DIR}/tests/unit/main.cpp")
target_link_libraries(draw_tests PRIVATE mgi_draw)
target_include_directories(draw_tests SYSTEM PRIVATE "${MGI_DOCTEST_INCLUDE}")
target_include_directories(draw_tests PRIVATE "${CMAKE_SOURCE_DIR}/tests/unit")  # test_support.hpp
target_compile_definitions(draw_tests PRIVATE MGI_ASSETS_DIR="${MGI_ASSETS_DIR}")
target_compile_options(draw_tests PRIVATE -Wall -Wextra -Werror)
add_test(NAME draw_tests COMMAND draw_tests)

# Command-line tools (importer, validator, catalogue) and their tests.
include(cmake/tools.cmake OPTIONAL)
include(cmake/search_bench.cmake OPTIONAL)
include(cmake/soft_raster_bench.cmake OPTIONAL)
include(cmake/render.cmake)

# Every message and query answer of a set of visitor stories, as JSON lines, for
# tests/view_models/view-models.test.mjs to hold against tests/schemas (built here, run by that test).
add_executable(record-view-models tests/view_models/record_view_models.cpp)
target_link_libraries(record-view-models PRIVATE mgi_core)
target_include_directories(record-view-models PRIVATE "${CMAKE_SOURCE_DIR}/tests/unit")  # test_support.hpp
target_compile_definitions(record-view-models PRIVATE MGI_ASSETS_DIR="${MGI_ASSETS_DIR}"
                                                      MGI_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
target_compile_options(record-view-models PRIVATE -Wall -Wextra -Werror)
add_test(NAME record_view_models COMMAND record-view-models "${CMAKE_BINARY_DIR}/view-models.jsonl")
