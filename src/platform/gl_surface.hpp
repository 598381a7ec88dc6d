// A WebGL2 context on the widget's own canvas, and its drawing-buffer size.
#pragma once
#include <emscripten/html5.h>

namespace mgi::platform {

class GlSurface {
 public:
  bool Create();  // false when WebGL2 is not available
  void Destroy();
  // Sets the drawing buffer to css size x dpr (rounded), if it changed.
  void Resize(float css_width, float css_height, float dpr);
  void MakeCurrent() const;
  int width() const { return width_; }
  int height() const { return height_; }
  bool ok() const { return context_ > 0; }

 private:
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  int width_ = 0, height_ = 0;
};

}  // namespace mgi::platform
