// HEALTH from two words that are no health detail alone but are together, within a few words of
// one sentence: a complaint and a body part ("pijn aan de rechterheup", "zwelling rechterknie",
// "douleur à l'épaule"; data/health/body_parts.txt, complaints.txt), a bodily function and its
// limit ("kan niet meer lopen", "slaapt slecht", "mange très peu"; functions.txt, limits.txt).
// Linear: the anchors (body parts, functions) are found through LiteralWindows and one RE2
// alternation, and around each at most kReach bytes are read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/detect/literal_windows.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {

class NearbyWords {
 public:
  // Lists as in the data files (lower case, whole words). An anchor may also end a compound whose
  // first part is one of `anchor_prefixes` ("rechter" + "knie").
  NearbyWords(std::vector<std::string> anchors, std::vector<std::string> companions,
              std::vector<std::string> anchor_prefixes);

  // Spans from the companion to the anchor (or back), in text order.
  std::vector<ByteSpan> Find(std::string_view text) const;

 private:
  // The span of a companion in text[from, to), the one nearest the anchor (the last one when
  // `last`), or {0, 0}.
  ByteSpan CompanionIn(std::string_view text, size_t from, size_t to, bool last) const;

  std::vector<std::string> anchors_;
  std::vector<std::string> companions_;
  std::vector<std::string> anchor_prefixes_;
  RE2 re_;
  LiteralWindows windows_;
};

}  // namespace vermeld
