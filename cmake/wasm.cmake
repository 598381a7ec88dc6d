# The Wasm widget (emcmake): Dear ImGui + its OpenGL3 backend on WebGL2, our drawing and platform
# layers, and the embedded assets, linked into a modularised mgi-wheel-core.js + .wasm.
# Every web flag lives here (hello_imgui's habit), each with the reason it is there.
if(NOT EXISTS "${MGI_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found at ${MGI_IMGUI_DIR}: run scripts/setup.sh")
endif()

set(MGI_IMGUI_DEFINES
  IMGUI_DISABLE_DEMO_WINDOWS      # no demo windows or style editor in the binary
  IMGUI_DISABLE_DEBUG_TOOLS       # no metrics/debug log windows
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_FILE_FUNCTIONS    # no ini file, no fopen: the widget has no filesystem
  IMGUI_DISABLE_SSE
  IMGUI_IMPL_OPENGL_ES3           # WebGL2 is OpenGL ES 3.0
)
set(CMAKE_CXX_FLAGS_RELEASE "-Os -DNDEBUG")  # size over speed: the wheel is light work
set(MGI_WEB_COMPILE_FLAGS -fno-exceptions -fno-rtti)

add_library(imgui STATIC
  "${MGI_IMGUI_DIR}/imgui.cpp"
  "${MGI_IMGUI_DIR}/imgui_draw.cpp"
  "${MGI_IMGUI_DIR}/imgui_tables.cpp"
  "${MGI_IMGUI_DIR}/imgui_widgets.cpp"
  "${MGI_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp"
)
target_include_directories(imgui SYSTEM PUBLIC "${MGI_IMGUI_DIR}" "${MGI_IMGUI_DIR}/backends")
target_compile_definitions(imgui PUBLIC ${MGI_IMGUI_DEFINES})
target_compile_options(imgui PRIVATE ${MGI_WEB_COMPILE_FLAGS})
target_compile_options(mgi_core PRIVATE ${MGI_WEB_COMPILE_FLAGS})

add_executable(mgi-wheel-core
  src/draw/wheel_style.cpp
  src/draw/icons.cpp
  src/draw/text_layout.cpp
  src/draw/wheel_renderer.cpp
  src/draw/compare_renderer.cpp
  src/draw/font_atlas.cpp
  src/platform/host_bridge.cpp
  src/platform/gl_surface.cpp
  src/platform/widget_app.cpp
  src/platform/exports.cpp
)
mgi_embed_files(mgi-wheel-core "${CMAKE_BINARY_DIR}/embedded_assets.cpp"
  framework_json "${CMAKE_SOURCE_DIR}/assets/framework.json"
  strings_json   "${CMAKE_SOURCE_DIR}/assets/strings.json"
  font_regular   "${CMAKE_SOURCE_DIR}/assets/fonts/NotoSans-Regular.subset.ttf"
)
target_include_directories(mgi-wheel-core PRIVATE src)
target_link_libraries(mgi-wheel-core PRIVATE mgi_core imgui)
target_compile_options(mgi-wheel-core PRIVATE ${MGI_WEB_COMPILE_FLAGS} -Wall -Wextra)
set_target_properties(mgi-wheel-core PROPERTIES SUFFIX ".js")

set(MGI_EXPORTED_FUNCTIONS
  _malloc _free
  _mgi_create _mgi_destroy _mgi_set_host_size _mgi_begin_loading _mgi_load_profile _mgi_load_failed _mgi_stop_comparing
  _mgi_select _mgi_set_lang _mgi_set_reduced_motion _mgi_set_visible _mgi_state_json _mgi_layout_json)
list(JOIN MGI_EXPORTED_FUNCTIONS "," MGI_EXPORTED_FUNCTIONS_CSV)

set(MGI_WEB_LINK_FLAGS
  -Os
  --no-entry                        # no main(): web/mgi-wheel.js drives each instance
  -sMODULARIZE=1                    # one factory, one independent instance per widget
  -sEXPORT_NAME=createMgiWheelCore
  -sENVIRONMENT=web
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2   # = -sUSE_WEBGL2=1 without a WebGL1 fallback
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=4MB              # grows only for a large profile
  -sTOTAL_STACK=1MB                 # shallow call depth; the default 5 MB is memory for nothing
  -sDYNAMIC_EXECUTION=0             # no eval/new Function: works under a strict CSP
  -sFILESYSTEM=0                    # assets are embedded; profiles arrive through fetch in JS
  -sMALLOC=emmalloc                 # small allocator, enough for a widget
  -sSUPPORT_LONGJMP=0
  -sASSERTIONS=0
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  -sDISABLE_DEPRECATED_FIND_EVENT_TARGET_BEHAVIOR=1
  "-sEXPORTED_FUNCTIONS=${MGI_EXPORTED_FUNCTIONS_CSV}"
  "-sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8"
)
target_link_options(mgi-wheel-core PRIVATE ${MGI_WEB_LINK_FLAGS})
