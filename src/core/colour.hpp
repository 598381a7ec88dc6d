// WCAG 2.x relative luminance and contrast ratio, used to pick label colours and to check the
// theme in unit tests (text 4.5:1, segment labels 3:1).
#pragma once
#include "core/framework.hpp"

namespace mgi {

float RelativeLuminance(const Rgb& c);
float ContrastRatio(const Rgb& a, const Rgb& b);  // 1..21

}  // namespace mgi
