// Draws ImGui's draw lists on the page's one WebGL2 context (platform/page_surface), each widget's
// list into a corner of the shared drawing buffer with its own glyph texture.
//
// Why not imgui_impl_opengl3: that backend may share its context with an application, so around
// every frame it reads back and restores some twenty pieces of GL state. On WebGL every glGet* is
// a synchronous call into the browser's GL layer; profiled (bench/RESULTS.md), those reads were
// about nine tenths of the main-thread time of an animation frame. Only our widgets use this
// context, so this renderer sets the state it needs and reads nothing back; and what no frame
// changes (program, blending, vertex array, scissor test) it sets once, when the program is ready:
// each GL call is a trip through Emscripten's JS layer into the browser's.
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
  // (Re)fills a widget's glyph atlas texture (one byte of coverage per texel), making it when
  // `texture` is 0; returns its id for draw lists.
  ImTextureID UploadAtlas(GLuint& texture, const unsigned char* coverage, int width, int height);
  static void DeleteTexture(GLuint& texture);
  // Draws a list laid out in CSS pixels into the top-left `width` x `height` (= CSS size x dpr)
  // of a drawing buffer `buffer_height` tall, after clearing that corner.
  void Render(const ImDrawList& list, float css_width, float css_height, float dpr, int width, int height, int buffer_height);

 private:
  static void Upload(GLenum target, const void* data, GLsizeiptr bytes, GLsizeiptr& capacity);

  GLuint program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0;
  GLuint vertex_shader_ = 0, fragment_shader_ = 0;
  int program_state_ = 0;  // 0 not checked yet, 1 linked, -1 failed
  GLint projection_ = -1, texture_ = -1;
  GLsizeiptr vbo_capacity_ = 0, ebo_capacity_ = 0;  // bytes the buffers hold
  float projected_width_ = 0, projected_height_ = 0;  // the CSS size the projection uniform holds
};

}  // namespace mgi::platform
