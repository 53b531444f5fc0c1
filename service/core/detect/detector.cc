#include "core/detect/detector.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <memory_resource>
#include <numeric>
#include <utility>

#include "core/detect/allow_list.h"
#include "core/detect/person_evidence.h"
#include "core/detect/registry.h"

namespace vermeld {
namespace {

// Drops findings the policy allows: equal to an entry, or inside an allowed string in the text.
void DropAllowed(std::string_view text, const AllowList& allow, std::vector<Finding>& findings) {
  if (allow.empty() || findings.empty()) return;
  const auto spans = allow.Occurrences(text);
  std::erase_if(findings, [&](const Finding& f) {
    for (const auto& [b, e] : spans) {
      if (b <= f.begin && f.end <= e) return true;
    }
    return allow.Matches(text.substr(f.begin, f.end - f.begin));
  });
}

// Keeps, among overlapping findings, the higher score, then the longer span; result sorted by
// begin. O(n log n).
std::vector<Finding> ResolveOverlaps(std::vector<Finding> findings) {
  // Their indices are sorted, not the findings: moving a finding moves its type's string.
  std::vector<size_t> order(findings.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t i, size_t j) {
    const Finding& a = findings[i];
    const Finding& b = findings[j];
    if (a.score != b.score) return a.score > b.score;
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.type < b.type;  // deterministic among exact ties
  });
  // Its nodes from the stack while they fit: a heap allocation per kept finding cost more than
  // the lookups. In begin order, it gives the result's order too.
  std::array<std::byte, 4096> node_bytes;
  std::pmr::monotonic_buffer_resource nodes(node_bytes.data(), node_bytes.size());
  struct Kept {
    size_t end;
    size_t index;
  };
  std::pmr::map<size_t, Kept> taken(&nodes);  // begin -> end and index of kept spans, disjoint
  for (const size_t i : order) {
    const Finding& f = findings[i];
    auto next = taken.lower_bound(f.begin);
    if (next != taken.end() && next->first < f.end) continue;
    if (next != taken.begin() && std::prev(next)->second.end > f.begin) continue;
    taken.emplace_hint(next, f.begin, Kept{f.end, i});
  }
  std::vector<Finding> kept;
  kept.reserve(taken.size());
  for (const auto& [begin, k] : taken) kept.push_back(std::move(findings[k.index]));
  return kept;
}

}  // namespace

PersonalDataDetector::PersonalDataDetector(std::vector<std::unique_ptr<Recognizer>> recognizers)
    : recognizers_(std::move(recognizers)) {}

std::shared_ptr<const PersonalDataDetector> PersonalDataDetector::Load(
    const std::string& data_dir) {
  return std::make_shared<const PersonalDataDetector>(CreateRecognizers(data_dir));
}

std::vector<Finding> PersonalDataDetector::Detect(std::string_view text,
                                                  const std::vector<std::string>& allow) const {
  const ScanText scan(text);
  std::vector<Finding> findings;
  findings.reserve(16);  // most documents have fewer findings: one allocation, no regrowth
  for (const auto& r : recognizers_) r->Find(scan, findings);
  std::erase_if(findings,
                [&](const Finding& f) { return f.begin >= f.end || f.end > text.size(); });
  DropAllowed(text, AllowList(allow), findings);
  DropUncorroborated(text, findings);
  return ResolveOverlaps(std::move(findings));
}

}  // namespace vermeld
