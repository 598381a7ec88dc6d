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
add_test(NAME unit_tests COMMAND unit_tests)

# Command-line tools (importer, validator, catalogue) and their tests.
include(cmake/tools.cmake OPTIONAL)
