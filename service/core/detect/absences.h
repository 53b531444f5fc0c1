// How long someone stays off, told right after a health detail: "heeft haar pols gebroken, dus ze
// zit minstens drie weken thuis", "geopereerd aan een hernia en zit sindsdien thuis", "sleutelbeen
// gebroken, hij mag 6 weken niet werken", "opérée de la vésicule et je dois rester à la maison
// trois semaines".
// Alone such words are anyone's (a holiday, telework, a closed office); after a health detail
// about someone they are part of it: the absence an employer must not pass on.
#pragma once

#include <re2/re2.h>

#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

class Absences {
 public:
  Absences();

  // Spans of an absence (a duration or a "since"/"until" with staying home, or work or sport
  // forbidden) within kReach bytes after the end of one of `details`, in the same paragraph. In
  // text order, each once.
  std::vector<ByteSpan> After(std::string_view text, const std::vector<ByteSpan>& details) const;

  static constexpr size_t kReach = 160;

 private:
  RE2 absence_;
};

}  // namespace vermeld
