// HEALTH from two words that are no health detail alone but are together, within a few words of
// one sentence: a complaint and a body part ("pijn aan de rechterheup", "zwelling rechterknie",
// "douleur à l'épaule"; data/health/body_parts.txt, complaints.txt), a bodily function and its
// limit ("kan niet meer slikken", "slaapt slecht", "mange très peu"; bodily_functions.txt,
// function_limits.txt). Linear: the caller finds the anchors (body parts, functions) of every
// pair list together (LiteralWindows::Matches, RE2 when it cannot tell), and around each at most
// kReach bytes are read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {

class NearbyWords {
 public:
  // Lists as in the data files (lower case, whole words). An anchor may also end a compound whose
  // first part is one of `anchor_prefixes` ("rechter" + "knie").
  struct PairList {
    std::vector<std::string> anchors;
    std::vector<std::string> companions;
    std::vector<std::string> anchor_prefixes;
    // Only the word right before the anchor, after one blank, may be its companion ("haar
    // linkerarm", not "de arm zijn"): for companions that pair with anything when farther away.
    bool companion_just_before = false;
    // With companion_just_before: a word and the companion after it that make the companion
    // another word ("dit zijn" in "dit zijn enkel voorbeelden": a verb, not a possessive).
    std::vector<std::string> not_with_word_before = {};
  };

  // An anchor in several lists pairs with the companions of each, the first list first.
  explicit NearbyWords(std::vector<PairList> lists);

  // The anchors of every list, for LiteralWindows.
  const std::vector<std::string>& anchors() const { return anchors_; }

  // Spans from the companion to the anchor (or back), in text order. `anchors`: the matches of
  // anchors() in text, as ForEachMatch of their case-insensitive alternation would find them
  // (LiteralWindows::Matches); nullopt: found here by RE2.
  std::vector<ByteSpan> Find(std::string_view text,
                             const std::optional<std::vector<ByteSpan>>& anchors) const;

 private:
  // The span of one of `list`'s companions in text[from, to), the one nearest the anchor (the
  // last one when `last`), or {0, 0}.
  static ByteSpan CompanionIn(const PairList& list, std::string_view text, size_t from, size_t to,
                              bool last);
  // The pair of the anchor text[begin, end) (begin may be inside a compound) in `list`, or {0, 0}.
  static ByteSpan PairIn(const PairList& list, std::string_view text, size_t begin, size_t end);
  // The pair of the anchor text[word, end) with the companion right before it (one blank), or
  // {0, 0}.
  static ByteSpan CompanionRightBefore(const PairList& list, std::string_view text, size_t word,
                                       size_t end);
  // The pair with the companion nearest it within kReach bytes of one sentence, before it first.
  static ByteSpan CompanionNearby(const PairList& list, std::string_view text, size_t word,
                                  size_t end);

  std::vector<PairList> lists_;
  std::vector<std::string> anchors_;  // of every list
  NameTable list_of_;                 // lower-case anchor -> bit i set when in lists_[i]
  RE2 re_;                            // the anchors, case-insensitive, longest first
};

}  // namespace vermeld
