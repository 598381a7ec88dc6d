# The profile pipeline (native only; included by cmake/native.cmake):
#   mgi_import      library: MGI page text -> mgi-profile/1, profile writer, catalogue (std, nlohmann, mgi_core)
#   mgi-import      PAGE.txt [-o PROFILE.json] [--id ID]
#   mgi-validate    FILE...              (the widget's validator, mgi::LoadProfile)
#   mgi-catalogue   DIR [-o FILE]        (writes DIR/index.json)
#   tool_tests      doctest over tests/tools/*.cpp, plus ctest entries that run the tools for real
# With -DMGI_FUZZ=ON and clang: the libFuzzer targets fuzz_profile and fuzz_import instead
# (scripts/fuzz.sh configures build/fuzz that way).
option(MGI_FUZZ "Build the libFuzzer targets (clang only; use a separate build dir)" OFF)

set(MGI_TOOL_WARNINGS -Wall -Wextra -Wpedantic -Werror)

add_library(mgi_import STATIC
  src/import/text.cpp
  src/import/page_import.cpp
  src/import/profile_writer.cpp
  src/import/catalogue.cpp
  src/import/file_io.cpp
  src/import/profile_file.cpp
)
target_link_libraries(mgi_import PUBLIC mgi_core)
target_compile_options(mgi_import PRIVATE ${MGI_TOOL_WARNINGS})

# ---- Fuzzing build: instrument the libraries, build only the fuzzers.
if(MGI_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MGI_FUZZ needs clang (configure with -DCMAKE_CXX_COMPILER=clang++)")
  endif()
  set(MGI_SANITIZE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  foreach(lib mgi_core mgi_import)
    target_compile_options(${lib} PRIVATE ${MGI_SANITIZE} -fsanitize=fuzzer-no-link)
  endforeach()
  foreach(fuzzer fuzz_profile fuzz_import)
    add_executable(${fuzzer} tests/fuzz/${fuzzer}.cpp)
    target_link_libraries(${fuzzer} PRIVATE mgi_import)
    target_compile_options(${fuzzer} PRIVATE ${MGI_TOOL_WARNINGS} ${MGI_SANITIZE} -fsanitize=fuzzer)
    target_link_options(${fuzzer} PRIVATE ${MGI_SANITIZE} -fsanitize=fuzzer)
  endforeach()
  return()
endif()

# ---- The three tools.
foreach(tool import validate catalogue)
  add_executable(mgi-${tool} src/tools/mgi_${tool}_main.cpp)
  target_link_libraries(mgi-${tool} PRIVATE mgi_import)
  target_compile_options(mgi-${tool} PRIVATE ${MGI_TOOL_WARNINGS})
endforeach()

# The search over a folder's profiles one by one, for tests/browser/catalogue-search.test.mjs to
# compare the widget's search over the search index with (a test helper, not a tool).
add_executable(search-profiles tests/tools/helpers/search_profiles.cpp)
target_link_libraries(search-profiles PRIVATE mgi_import)
target_compile_options(search-profiles PRIVATE ${MGI_TOOL_WARNINGS})

# ---- Unit tests of the pipeline.
file(GLOB MGI_TOOL_TEST_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/tools/*.cpp")
add_executable(tool_tests tests/unit/main.cpp ${MGI_TOOL_TEST_SOURCES})
target_link_libraries(tool_tests PRIVATE mgi_import)
target_include_directories(tool_tests SYSTEM PRIVATE "${MGI_DOCTEST_INCLUDE}")
target_compile_definitions(tool_tests PRIVATE MGI_ASSETS_DIR="${MGI_ASSETS_DIR}"
                                              MGI_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
target_compile_options(tool_tests PRIVATE -Wall -Wextra -Werror)
add_test(NAME tool_tests COMMAND tool_tests)

# ---- The tools, run for real.
set(seeds "${CMAKE_SOURCE_DIR}/tests/data/seeds")
set(profiles "${CMAKE_SOURCE_DIR}/assets/profiles")
set(out "${CMAKE_BINARY_DIR}/tool-test-output")
file(MAKE_DIRECTORY "${out}")

# mgi-import reproduces the checked-in profiles byte for byte.
foreach(pair "000_1fa61ab831c3902f.txt=azerbaijan-2023" "004_0c395de4b4526c8e.txt=balti-2023")
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 seed)
  list(GET pair 1 id)
  add_test(NAME import_reproduces_${id}
           COMMAND sh -c "\"$0\" \"$1\" -o \"$2\" && cmp \"$2\" \"$3\""
                   $<TARGET_FILE:mgi-import> "${seeds}/${seed}" "${out}/${id}.json" "${profiles}/${id}.json")
endforeach()

# tests/data/seeds are copies of ../shared/seeds, the pages generate-profiles.sh reads. Where there
# is no ../shared beside the repository (a clean clone) there is nothing to compare with: the test
# reports "Skipped" rather than passing, and says why in its output (ctest -V, LastTest.log) and
# here at configure time, since ctest prints no output for a skipped test.
get_filename_component(shared_seeds "${CMAKE_SOURCE_DIR}/../shared/seeds" ABSOLUTE)
set(no_shared_seeds "seed_copies_match_shared is skipped: there is no ${shared_seeds} to compare tests/data/seeds with")
if(NOT IS_DIRECTORY "${shared_seeds}")
  message(STATUS "${no_shared_seeds}")
endif()
add_test(NAME seed_copies_match_shared
         COMMAND sh -c "[ -d \"$0\" ] || { echo \"$2\"; exit 77; }
                        for f in \"$1\"/*.txt; do cmp \"$f\" \"$0/$(basename \"$f\")\" || exit 1; done"
                 "${shared_seeds}" "${seeds}" "${no_shared_seeds}")
set_tests_properties(seed_copies_match_shared PROPERTIES SKIP_RETURN_CODE 77)

# A page it cannot read: exit status 1, "FILE:LINE: ..." and no output file.
add_test(NAME import_failure_writes_nothing
         COMMAND sh -c "rm -f \"$2\"; \"$0\" \"$1\" -o \"$2\" 2>\"$2.err\"; rc=$?; cat \"$2.err\";
                        [ $rc -eq 1 ] && [ ! -e \"$2\" ] && grep -q '^/dev/null:1: the file is empty$' \"$2.err\""
                 $<TARGET_FILE:mgi-import> /dev/null "${out}/empty.json")

# mgi-validate: 0 for the shipped and valid profiles; 1 for each invalid one and a missing file.
file(GLOB valid_files CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/data/valid/*.json")
add_test(NAME validate_accepts_valid COMMAND mgi-validate "${profiles}/azerbaijan-2023.json"
                                             "${profiles}/balti-2023.json" ${valid_files})
add_test(NAME validate_rejects_each_invalid
         COMMAND sh -c "bad=0; for f in \"$1\"/*.json; do \"$0\" \"$f\" >/dev/null; rc=$?;
                        [ $rc -eq 1 ] || { echo \"$f: exit status $rc, expected 1\"; bad=1; }; done; exit $bad"
                 $<TARGET_FILE:mgi-validate> "${CMAKE_SOURCE_DIR}/tests/data/invalid")
add_test(NAME validate_missing_file_and_usage
         COMMAND sh -c "\"$0\" \"$1\" \"$2\"; [ $? -eq 1 ] || exit 1; \"$0\" 2>/dev/null; [ $? -eq 2 ]"
                 $<TARGET_FILE:mgi-validate> "${profiles}/azerbaijan-2023.json" "${out}/no-such-file.json")

# mgi-catalogue reproduces the checked-in index.json; refuses a folder with an invalid profile.
add_test(NAME catalogue_reproduces_index
         COMMAND sh -c "\"$0\" \"$1\" -o \"$2\" && cmp \"$2\" \"$1/index.json\""
                 $<TARGET_FILE:mgi-catalogue> "${profiles}" "${out}/index.json")
add_test(NAME catalogue_reproduces_search_index
         COMMAND sh -c "\"$0\" \"$1\" -o \"$2\" && cmp \"$3\" \"$1/search-index.json\""
                 $<TARGET_FILE:mgi-catalogue> "${profiles}" "${out}/index.json" "${out}/search-index.json")
add_test(NAME catalogue_refuses_invalid
         COMMAND sh -c "rm -f \"$2\"; \"$0\" \"$1\" -o \"$2\"; rc=$?; [ $rc -eq 1 ] && [ ! -e \"$2\" ]"
                 $<TARGET_FILE:mgi-catalogue> "${CMAKE_SOURCE_DIR}/tests/data/invalid" "${out}/refused-index.json")
