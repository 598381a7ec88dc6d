// The catalogue's search index (`mgi-search-index/1`): every finding of every profile of a
// catalogue in one file, written by mgi-catalogue beside index.json (which names it), so that the
// widget's catalogue-wide search fetches one file instead of every profile:
//
//   { "format": "mgi-search-index/1",
//     "profiles": [ { "id": "balti-2023", "name": "Municipality of Balti",
//                     "domains": { "partnerships": { "well_developed": ["..."],
//                                                    "further_development": ["..."] }, ... } } ] }
//
// Profiles in catalogue order (the order results come in); a domain or list without findings is
// left out. Only the findings' own text is kept: the folded text, the finding keys and the
// bigram signatures are computed on load by the same code that computes them for a loaded profile
// (SearchIndex::Add), so a search over the index finds exactly what a search over the profiles
// finds, and the file carries no second copy of each text.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/profile.hpp"

namespace mgi {

inline constexpr std::string_view kSearchIndexFormat = "mgi-search-index/1";

struct SearchIndexRead {
  // The profiles with their id, name and findings (nothing else is filled in); empty on any error.
  std::vector<Profile> profiles;
  Diagnostics diagnostics;  // errors name their JSON path: "profiles[3].domains.partnerships.well_developed[0]"
};

// Reads and checks a search index. Never throws. Rejected, as a whole: text that is not JSON or
// not UTF-8, another "format", a profile without a valid id or a name, an id given twice, an
// unknown domain id, and a list or text over the profile format's limits.
SearchIndexRead ReadSearchIndex(std::string_view text);

// Reads a search index a few profiles at a time, so that a page can read a large one between
// frames instead of in one long task (1,000 profiles are 11 MB). A file in the layout that
// WriteSearchIndex writes (a first line that opens the list, one profile per line, "]}" last) is
// read line by line; anything else, or a line that is not one JSON value and its comma in UTF-8,
// is read whole by ReadSearchIndex, in one step. Either way the profiles and diagnostics are exactly
// ReadSearchIndex's.
class SearchIndexReader {
 public:
  explicit SearchIndexReader(std::string text) : text_(std::move(text)) {}

  struct Step {
    std::vector<Profile> profiles;  // read in this step, in catalogue order
    bool from_start = false;        // forget those of earlier steps: these start the list again
    bool over = false;              // nothing more to read: see diagnostics()
  };
  // Reads about `count` more profiles (at least one line's worth of work).
  Step Next(std::size_t count);
  // Once over: whether the index is usable, or why not (then nothing read counts).
  const Diagnostics& diagnostics() const { return diag_; }

 private:
  enum class Stage { kStart, kLines, kOver };
  Step ReadWhole();
  std::string_view LineAt(std::size_t pos) const;

  std::string text_;
  Stage stage_ = Stage::kStart;
  std::size_t pos_ = 0;  // where the next line starts
  std::size_t index_ = 0;
  std::set<std::string> ids_;
  Diagnostics diag_;
};

// The file's text, profiles in the order given (one per line, so that a change shows as a diff).
std::string WriteSearchIndex(const std::vector<const Profile*>& profiles);

}  // namespace mgi
