// HEALTH from a complaint about a body part: "pijn aan de rechterheup", "zwelling rechterknie",
// "last van zijn rug", "douleur à l'épaule" (data/health/body_parts.txt, complaints.txt). Neither
// word is a health detail alone ("de hand", "de last"); together, within a few words of one
// sentence, they are. Linear: the caller finds the body parts (LiteralWindows::Matches, RE2 when
// it cannot tell), and around each at most kReach bytes are read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/detect/pattern_scan.h"

namespace vermeld {

class BodyComplaints {
 public:
  explicit BodyComplaints(const std::string& data_dir);

  // The body parts (data/health/body_parts.txt), for LiteralWindows.
  const std::vector<std::string>& parts() const { return parts_; }

  // Spans from the complaint to the body part (or back), in text order. `parts`: the matches of
  // parts() in text, as ForEachMatch of their case-insensitive alternation would find them
  // (LiteralWindows::Matches); nullopt: found here by RE2.
  std::vector<ByteSpan> Find(std::string_view text,
                             const std::optional<std::vector<ByteSpan>>& parts) const;

 private:
  // The span of a complaint in text[from, to), or {0, 0}.
  ByteSpan ComplaintIn(std::string_view text, size_t from, size_t to, bool last) const;

  std::vector<std::string> parts_;
  std::vector<std::string> complaints_;
  RE2 re_;  // the parts, case-insensitive, longest first
};

}  // namespace vermeld
