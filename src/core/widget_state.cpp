#include "core/widget_state.hpp"

namespace mgi {

void WidgetState::BeginLoading(std::string url) {
  phase_ = Phase::kLoading;
  url_ = std::move(url);
  profile_.reset();
  error_ = {};
}

void WidgetState::SetProfile(Profile profile, double now_ms) {
  profile_ = std::move(profile);
  phase_ = Phase::kReady;
  error_ = {};
  intro_ = {0, 1, now_ms, reduced_motion_ ? 0 : timing_.intro_ms, EaseOutCubic};
  // Keep a selection made before the profile arrived (the `domain` attribute); face it now.
  if (selected_) TurnTo(RotationFacing(WheelGeometry{}, *selected_, layout_.facing_deg), now_ms);
}

void WidgetState::SetError(LoadError error) {
  error_ = std::move(error);
  phase_ = Phase::kError;
  profile_.reset();
}

bool WidgetState::Select(std::optional<int> domain, double now_ms) {
  if (domain && (*domain < 0 || *domain >= kDomainCount)) return false;
  if (domain == selected_) return false;
  selected_ = domain;
  TurnTo(domain ? RotationFacing(WheelGeometry{}, *domain, layout_.facing_deg) : 0.0f, now_ms);
  return true;
}

void WidgetState::TurnTo(float target_deg, double now_ms) {
  const float current = rotation_.ValueAt(now_ms);
  const float target = current + ShortestTurn(current, target_deg);
  rotation_ = {current, target, now_ms, reduced_motion_ ? 0 : timing_.turn_ms, EaseInOutCubic};
}

void WidgetState::SetHover(Hit hit) { hover_ = hit; }

void WidgetState::SetLayout(const LayoutPlan& plan, double now_ms) {
  const bool facing_changed = plan.facing_deg != layout_.facing_deg;
  layout_ = plan;
  // A resize that moves the panel (beside <-> below) turns the selection to face it again, at once.
  if (facing_changed && selected_) {
    const float target = RotationFacing(WheelGeometry{}, *selected_, layout_.facing_deg);
    rotation_ = Tween::Still(target);
  }
  (void)now_ms;
}

void WidgetState::Advance(double now_ms) {
  const float dt = last_advance_ms_ == 0 ? 0.0f : static_cast<float>(now_ms - last_advance_ms_);
  last_advance_ms_ = now_ms;
  for (int i = 0; i < kDomainCount; ++i) {
    lift_[i].target = Raised(i) ? 1.0f : 0.0f;
    if (reduced_motion_) lift_[i].value = lift_[i].target;
    else lift_[i].Step(dt, timing_.lift_per_ms);
  }
}

bool WidgetState::Raised(int segment) const {
  return (hover_.kind == HitKind::kSegment && hover_.segment == segment) || (selected_ && *selected_ == segment);
}

float WidgetState::IntroAt(double now_ms) const { return intro_.ValueAt(now_ms); }

bool WidgetState::AnimatingAt(double now_ms) const {
  if (!rotation_.DoneAt(now_ms) || !intro_.DoneAt(now_ms)) return true;
  for (int i = 0; i < kDomainCount; ++i) {
    if (lift_[i].value != (Raised(i) ? 1.0f : 0.0f)) return true;
  }
  return false;
}

}  // namespace mgi
