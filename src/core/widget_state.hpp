// Everything one widget knows: what is loaded, what is selected, hovered and focused, and where
// each animation stands. The platform layer feeds it input and the time; the drawing layer and
// the panel's view model read it. No clock, DOM or GL here.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/animation.hpp"
#include "core/profile.hpp"
#include "core/layout.hpp"

namespace mgi {

enum class Phase { kLoading, kReady, kError };

struct LoadError {
  std::string url;
  std::string message;              // one line, for a person
  std::vector<std::string> details; // every problem found, with its path
  bool invalid_profile = false;     // the file arrived but is not a valid profile
};

struct Timing {
  double turn_ms = 420;       // selection turn
  double intro_ms = 650;      // segments sweep in on first show
  float lift_per_ms = 1.0f / 120.0f;  // hover lift 0 -> 1 in 120 ms
};

// One side of the widget: the profile (side 0) or the one it is compared with (side 1).
struct ProfileSlot {
  Phase phase = Phase::kLoading;
  std::string url;
  std::optional<Profile> profile;
  LoadError error;
  Tween intro = Tween::Still(1);
};

class WidgetState {
 public:
  // ---- Loading. Side 0 is the `profile`, side 1 the `compare` profile.
  void BeginLoading(std::string url) { BeginLoading(0, std::move(url)); }
  void SetProfile(Profile profile, double now_ms) { SetProfile(0, std::move(profile), now_ms); }
  void SetError(LoadError error) { SetError(0, std::move(error)); }
  void BeginLoading(int side, std::string url);
  void SetProfile(int side, Profile profile, double now_ms);
  void SetError(int side, LoadError error);
  // Comparing starts with BeginLoading(1, ...) and ends here.
  void StopComparing();
  bool comparing() const { return comparing_; }

  // Side 0, for a single profile. The widget as a whole: loading until every side has settled,
  // ready when a side is ready, an error when none is.
  Phase phase() const;
  const Profile* profile() const { return profile(0); }
  const LoadError& error() const { return error(0); }
  const std::string& url() const { return slots_[0].url; }
  const ProfileSlot& slot(int side) const { return slots_[side]; }
  Phase phase(int side) const { return slots_[side].phase; }
  const Profile* profile(int side) const { return slots_[side].profile ? &*slots_[side].profile : nullptr; }
  const LoadError& error(int side) const { return slots_[side].error; }
  int side_count() const { return comparing_ ? 2 : 1; }

  // ---- Selection: nullopt is the introduction. Returns true when the selection changed.
  bool Select(std::optional<int> domain, double now_ms);
  std::optional<int> selected() const { return selected_; }

  // ---- Pointer and keyboard focus
  void SetHover(Hit hit);
  Hit hover() const { return hover_; }
  void SetFocus(std::optional<int> segment_or_hub_minus_one) { focus_ = segment_or_hub_minus_one; }
  std::optional<int> focus() const { return focus_; }  // -1: the hub

  // ---- Layout and motion
  void SetLayout(const LayoutPlan& plan, double now_ms);
  const LayoutPlan& layout() const { return layout_; }
  void SetReducedMotion(bool reduce) { reduced_motion_ = reduce; }
  bool reduced_motion() const { return reduced_motion_; }

  // Advances the approach-style animations to `now_ms`; tweens are evaluated at any time.
  void Advance(double now_ms);
  float RotationAt(double now_ms) const { return rotation_.ValueAt(now_ms); }
  float IntroAt(double now_ms, int side = 0) const;  // 0 -> 1 while the wheel appears
  float LiftOf(int segment) const { return lift_[segment].value; }
  // True while anything still moves: the platform keeps drawing frames only then.
  bool AnimatingAt(double now_ms) const;

  const Timing& timing() const { return timing_; }

 private:
  void TurnTo(float target_deg, double now_ms);
  bool Raised(int segment) const;  // hovered or selected: lifted out of the ring

  std::array<ProfileSlot, 2> slots_{};
  bool comparing_ = false;
  std::optional<int> selected_;
  Hit hover_;
  std::optional<int> focus_;
  LayoutPlan layout_;
  bool reduced_motion_ = false;
  Timing timing_;
  Tween rotation_ = Tween::Still(0);
  std::array<Approach, kDomainCount> lift_{};
  double last_advance_ms_ = 0;
};

}  // namespace mgi
