# search_bench: times SearchIndex over a generated catalogue of 150 profiles, the figure behind
# the README's "search answers within one frame" (issue 8). Native only; not run by the tests.
add_executable(search_bench "${CMAKE_CURRENT_LIST_DIR}/../bench/search_bench.cpp")
target_link_libraries(search_bench PRIVATE mgi_core)
target_compile_options(search_bench PRIVATE -Wall -Wextra -Wpedantic -Werror)
