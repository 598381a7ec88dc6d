#include "core/widget_state.hpp"

namespace mgi {

void WidgetState::BeginLoading(int side, std::string url) {
  ProfileSlot& slot = slots_[side];
  slot.phase = Phase::kLoading;
  slot.url = std::move(url);
  slot.profile.reset();
  slot.error = {};
  if (side == 1) comparing_ = true;
}

void WidgetState::SetProfile(int side, Profile profile, double now_ms) {
  ProfileSlot& slot = slots_[side];
  slot.profile = std::move(profile);
  slot.phase = Phase::kReady;
  slot.error = {};
  slot.intro = {0, 1, now_ms, reduced_motion_ ? 0 : timing_.intro_ms, EaseOutCubic};
  // Keep a selection made before the profile arrived (the `domain` attribute); face it now.
  if (selected_) TurnTo(RotationFacing(WheelGeometry{}, *selected_, layout_.facing_deg), now_ms);
}

void WidgetState::SetError(int side, LoadError error) {
  ProfileSlot& slot = slots_[side];
  slot.error = std::move(error);
  slot.phase = Phase::kError;
  slot.profile.reset();
}

void WidgetState::StopComparing() {
  comparing_ = false;
  slots_[1] = {};
}

Phase WidgetState::phase() const {
  bool any_loading = false, any_ready = false;
  for (int side = 0; side < side_count(); ++side) {
    any_loading |= slots_[side].phase == Phase::kLoading;
    any_ready |= slots_[side].phase == Phase::kReady;
  }
  if (any_loading) return Phase::kLoading;
  return any_ready ? Phase::kReady : Phase::kError;
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
  const bool hovered = (hover_.kind == HitKind::kSegment || hover_.kind == HitKind::kChartRow) && hover_.segment == segment;
  return hovered || (selected_ && *selected_ == segment);
}

float WidgetState::IntroAt(double now_ms, int side) const { return slots_[side].intro.ValueAt(now_ms); }

bool WidgetState::AnimatingAt(double now_ms) const {
  if (!rotation_.DoneAt(now_ms) || !slots_[0].intro.DoneAt(now_ms) || !slots_[1].intro.DoneAt(now_ms)) return true;
  for (int i = 0; i < kDomainCount; ++i) {
    if (lift_[i].value != (Raised(i) ? 1.0f : 0.0f)) return true;
  }
  return false;
}

}  // namespace mgi
