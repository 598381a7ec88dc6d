# Static rendering (native only; included by cmake/native.cmake), SPEC section 4:
#   mgi_render   library: the widget's model, scenes and draw lists rasterised on the CPU
#                (src/draw's SoftRasterizer) with glyphs from a TrueType font through ImGui's
#                stb_truetype; PNG encoding (Debian's libpng); the HTML fragment with its fallback
#   mgi-render   PROFILE.json [--compare ...] [--png OUT.png] [--html OUT.html] ...
#   render_tests doctest over the pictures and fragments, plus ctest entries running the tool
find_package(PNG REQUIRED)  # libpng-dev
# The face the widget's font stack falls back to on a Debian machine without other fonts
# (`fc-match system-ui`: DejaVu Sans, fonts-dejavu-core), so the PNG's text is set as the widget's.
find_file(MGI_RENDER_FONT DejaVuSans.ttf PATHS /usr/share/fonts/truetype/dejavu NO_DEFAULT_PATH)
find_file(MGI_RENDER_BOLD_FONT DejaVuSans-Bold.ttf PATHS /usr/share/fonts/truetype/dejavu NO_DEFAULT_PATH)
if(NOT MGI_RENDER_FONT OR NOT MGI_RENDER_BOLD_FONT)
  message(FATAL_ERROR "DejaVuSans.ttf or DejaVuSans-Bold.ttf not found: install fonts-dejavu-core (scripts/setup.sh does)")
endif()
include(cmake/embed.cmake)

file(GLOB MGI_RENDER_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/render/*.cpp")
add_library(mgi_render STATIC ${MGI_RENDER_SOURCES})
target_link_libraries(mgi_render PUBLIC mgi_draw PNG::PNG)
target_compile_options(mgi_render PRIVATE -Wall -Wextra -Werror)

add_executable(mgi-render src/tools/mgi_render_main.cpp)
target_link_libraries(mgi-render PRIVATE mgi_render mgi_import)
target_compile_definitions(mgi-render PRIVATE MGI_RENDER_DEFAULT_FONT="${MGI_RENDER_FONT}"
                                              MGI_RENDER_BOLD_FONT="${MGI_RENDER_BOLD_FONT}")
target_compile_options(mgi-render PRIVATE -Wall -Wextra -Werror)
mgi_embed_files(mgi-render "${CMAKE_BINARY_DIR}/render_assets.cpp"
  framework_json "${CMAKE_SOURCE_DIR}/assets/framework.json"
  strings_json "${CMAKE_SOURCE_DIR}/assets/strings.json")

# ---- Unit tests of the pictures and fragments.
file(GLOB MGI_RENDER_TEST_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/render/*.cpp")
add_executable(render_tests tests/unit/main.cpp ${MGI_RENDER_TEST_SOURCES})
target_link_libraries(render_tests PRIVATE mgi_render)
target_include_directories(render_tests SYSTEM PRIVATE "${MGI_DOCTEST_INCLUDE}")
target_include_directories(render_tests PRIVATE "${CMAKE_SOURCE_DIR}/tests/unit")  # test_support.hpp
target_compile_definitions(render_tests PRIVATE MGI_ASSETS_DIR="${MGI_ASSETS_DIR}"
                                                MGI_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
                                                MGI_RENDER_FONT="${MGI_RENDER_FONT}")
target_compile_options(render_tests PRIVATE -Wall -Wextra -Werror)
add_test(NAME render_tests COMMAND render_tests)

# ---- The tool, run for real (tests/render/cli.sh: exit statuses, messages, nothing half-written).
add_test(NAME render_cli
         COMMAND bash "${CMAKE_SOURCE_DIR}/tests/render/cli.sh" $<TARGET_FILE:mgi-render> $<TARGET_FILE:mgi-validate>
                 "${CMAKE_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/render-test-output")
