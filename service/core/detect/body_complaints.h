// HEALTH from a complaint about a body part: "pijn aan de rechterheup", "zwelling rechterknie",
// "last van zijn rug", "douleur à l'épaule" (data/health/body_parts.txt, complaints.txt). Neither
// word is a health detail alone ("de hand", "de last"); together, within a few words of one
// sentence, they are. Linear: body parts are found through LiteralWindows and one RE2
// alternation, and around each at most kReach bytes are read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/detect/literal_windows.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {

class BodyComplaints {
 public:
  explicit BodyComplaints(const std::string& data_dir);

  // Spans from the complaint to the body part (or back), in text order.
  std::vector<ByteSpan> Find(std::string_view text) const;

 private:
  // The span of a complaint in text[from, to), or {0, 0}.
  ByteSpan ComplaintIn(std::string_view text, size_t from, size_t to, bool last) const;

  std::vector<std::string> parts_;
  std::vector<std::string> complaints_;
  RE2 re_;
  LiteralWindows windows_;
};

}  // namespace vermeld
