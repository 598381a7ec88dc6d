#include "platform/gl_renderer.hpp"

#include <cstdint>
#include <cstdio>

namespace mgi::platform {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
  frag_uv = uv;
  frag_colour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
})";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D tex;
in vec2 frag_uv;
in vec4 frag_colour;
layout (location = 0) out vec4 out_colour;
void main() { out_colour = vec4(frag_colour.rgb, frag_colour.a * texture(tex, frag_uv).r); })";  // a coverage texture

GLuint Compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

void ReportShader(GLuint shader, const char* what) {
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok) return;
  char log[512] = {};
  glGetShaderInfoLog(shader, sizeof log, nullptr, log);
  std::fprintf(stderr, "the %s shader did not compile: %s\n", what, log);
}

}  // namespace

bool GlRenderer::Init() {
  // Compiled and linked here, checked at the first draw (ProgramReady): a status query waits for the
  // GPU process to finish compiling, and in between the widget parses its profile, writes its
  // panel and rasterises its glyphs.
  vertex_shader_ = Compile(GL_VERTEX_SHADER, kVertexShader);
  fragment_shader_ = Compile(GL_FRAGMENT_SHADER, kFragmentShader);
  program_ = glCreateProgram();
  glAttachShader(program_, vertex_shader_);
  glAttachShader(program_, fragment_shader_);
  glLinkProgram(program_);

  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ebo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);  // part of the vertex array's state
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
  return program_ != 0;
}

bool GlRenderer::ProgramReady() {
  if (program_state_ == 0) {
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
      ReportShader(vertex_shader_, "vertex");
      ReportShader(fragment_shader_, "fragment");
      std::fprintf(stderr, "the shaders did not link\n");
    } else {
      projection_ = glGetUniformLocation(program_, "projection");
      texture_ = glGetUniformLocation(program_, "tex");
      // The state every frame draws with, set once: only our widgets use this context.
      glUseProgram(program_);
      glUniform1i(texture_, 0);
      glActiveTexture(GL_TEXTURE0);
      glBindVertexArray(vao_);
      glEnable(GL_SCISSOR_TEST);  // each widget's corner, then each command's clip rectangle
      glEnable(GL_BLEND);
      glBlendEquation(GL_FUNC_ADD);
      glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
      glClearColor(0, 0, 0, 0);
    }
    glDeleteShader(vertex_shader_);
    glDeleteShader(fragment_shader_);
    vertex_shader_ = fragment_shader_ = 0;
    program_state_ = ok ? 1 : -1;
  }
  return program_state_ > 0;
}

void GlRenderer::Shutdown() {
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (ebo_) glDeleteBuffers(1, &ebo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
  if (program_) glDeleteProgram(program_);
  if (vertex_shader_) glDeleteShader(vertex_shader_);
  if (fragment_shader_) glDeleteShader(fragment_shader_);
  vertex_shader_ = fragment_shader_ = 0;
  program_state_ = 0;
  vbo_ = ebo_ = vao_ = program_ = 0;
}

ImTextureID GlRenderer::UploadAtlas(GLuint& texture, const unsigned char* coverage, int width, int height) {
  if (!texture) glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, coverage);
  return static_cast<ImTextureID>(reinterpret_cast<void*>(static_cast<std::uintptr_t>(texture)));
}

void GlRenderer::DeleteTexture(GLuint& texture) {
  if (texture) glDeleteTextures(1, &texture);
  texture = 0;
}

void GlRenderer::Upload(GLenum target, const void* data, GLsizeiptr bytes, GLsizeiptr& capacity) {
  // Reallocated only to grow (by half again, so a frame a little larger does not do it again);
  // otherwise written into: the buffer's storage in the GPU process is kept frame to frame.
  if (bytes > capacity) {
    capacity = bytes + bytes / 2;
    glBufferData(target, capacity, nullptr, GL_STREAM_DRAW);
  }
  glBufferSubData(target, 0, bytes, data);
}

void GlRenderer::Render(const ImDrawList& list, float css_width, float css_height, float dpr, int width, int height,
                        int buffer_height) {
  if (width <= 0 || height <= 0 || !ProgramReady()) return;
  // GL counts rows from the bottom: the buffer's top-left corner starts this far up.
  const int bottom = buffer_height - height;
  glViewport(0, bottom, width, height);
  glScissor(0, bottom, width, height);
  glClear(GL_COLOR_BUFFER_BIT);  // culling, depth and stencil tests are off: GL's defaults

  if (css_width != projected_width_ || css_height != projected_height_) {
    // Orthographic projection of the CSS-pixel drawing onto clip space, y down.
    const float l = 0, r = css_width, t = 0, b = css_height;
    const float projection[16] = {2.0f / (r - l), 0, 0, 0, 0, 2.0f / (t - b), 0, 0,
                                  0, 0, -1.0f, 0, (r + l) / (l - r), (t + b) / (b - t), 0, 1.0f};
    glUniformMatrix4fv(projection_, 1, GL_FALSE, projection);
    projected_width_ = css_width;
    projected_height_ = css_height;
  }

  const GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  Upload(GL_ARRAY_BUFFER, list.VtxBuffer.Data, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
         vbo_capacity_);
  Upload(GL_ELEMENT_ARRAY_BUFFER, list.IdxBuffer.Data,
         static_cast<GLsizeiptr>(list.IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)), ebo_capacity_);
  std::int64_t bound = -1;  // atlas uploads bind textures between frames: bound once per frame, then on change
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback || cmd.ElemCount == 0) continue;  // the widget sets no callbacks
    const float x0 = cmd.ClipRect.x * dpr, y0 = cmd.ClipRect.y * dpr;
    const float x1 = cmd.ClipRect.z * dpr, y1 = cmd.ClipRect.w * dpr;
    if (x1 <= x0 || y1 <= y0) continue;
    glScissor(static_cast<GLint>(x0), bottom + static_cast<GLint>(static_cast<float>(height) - y1),
              static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
    const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID()));
    if (texture != bound) glBindTexture(GL_TEXTURE_2D, texture);
    bound = texture;
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), index_type,
                   reinterpret_cast<void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
  }
}

}  // namespace mgi::platform
