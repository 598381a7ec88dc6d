// Draws ImGui's draw lists on the widget's own WebGL2 context.
//
// Why not imgui_impl_opengl3: that backend may share its context with an application, so around
// every frame it reads back and restores some twenty pieces of GL state. On WebGL every glGet* is
// a synchronous call into the browser's GL layer; profiled (bench/RESULTS.md), those reads were
// about nine tenths of the main-thread time of an animation frame. Each widget owns its context, so
// this renderer sets the state it needs and reads nothing back.
#pragma once
#include <GLES3/gl3.h>

#include "imgui.h"

namespace mgi::platform {

class GlRenderer {
 public:
  // Starts compiling the shaders and makes the buffers; false if GL refused to make them.
  bool Init();
  // Whether the shaders compiled and linked (the first call waits for that; a failure is
  // reported on stderr once). Render() draws nothing until it is true.
  bool ProgramReady();
  void Shutdown();
  // (Re)fills the glyph atlas texture (one byte of coverage per texel); returns its id for draw lists.
  ImTextureID UploadAtlas(const unsigned char* coverage, int width, int height);
  // Draws a list laid out in CSS pixels onto a framebuffer of CSS size x dpr.
  void Render(const ImDrawList& list, float css_width, float css_height, float dpr, int framebuffer_width, int framebuffer_height);

 private:
  GLuint program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0, atlas_texture_ = 0;
  GLuint vertex_shader_ = 0, fragment_shader_ = 0;
  int program_state_ = 0;  // 0 not checked yet, 1 linked, -1 failed
  GLint projection_ = -1, texture_ = -1;
};

}  // namespace mgi::platform
