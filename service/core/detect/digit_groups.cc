#include "core/detect/digit_groups.h"

#include <algorithm>

namespace vermeld {
namespace {

// True when the runs from `first` on hold `groups` as HasDigitGroups describes.
bool GroupsFrom(const std::vector<ByteSpan>& runs, size_t first, size_t window_end,
                std::initializer_list<size_t> groups, size_t gap) {
  auto group = groups.begin();
  for (size_t r = first; r < runs.size() && runs[r].end <= window_end; ++r) {
    if (r > first && runs[r].begin > runs[r - 1].end + gap) return false;
    size_t digits = runs[r].end - runs[r].begin;
    while (digits > 0 && group != groups.end() && *group <= digits) digits -= *group++;
    if (digits > 0) return false;  // the run ends inside a group, or after the last
    if (group == groups.end()) return true;
  }
  return false;
}

}  // namespace

bool HasDigitGroups(const std::vector<ByteSpan>& runs, ByteSpan window,
                    std::initializer_list<size_t> groups, size_t gap) {
  const auto first =
      std::lower_bound(runs.begin(), runs.end(), window.begin,
                       [](const ByteSpan& run, size_t pos) { return run.begin < pos; });
  for (auto r = first; r != runs.end() && r->end <= window.end; ++r) {
    if (GroupsFrom(runs, static_cast<size_t>(r - runs.begin()), window.end, groups, gap))
      return true;
  }
  return false;
}

}  // namespace vermeld
