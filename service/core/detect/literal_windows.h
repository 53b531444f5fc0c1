// Where a case-insensitive RE2 alternation of literals (UTF-8, e.g. the health terms) can match,
// found without running it: a match is a literal whose bytes equal the text's with ASCII case
// folded (both sides | 0x20), a test that accepts everything RE2's folding does (and a little
// more). The regex then runs only on these spans (ForEachMatchIn) and finds exactly what a
// whole-text scan finds. Linear: a 4-byte table probe per byte, literals compared only where
// one may start.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

class LiteralWindows {
 public:
  // `literals`: lower case, unquoted (the alternation quotes them with RE2::QuoteMeta).
  explicit LiteralWindows(const std::vector<std::string>& literals);

  // Sorted, disjoint windows of `text` holding every match of the alternation; the whole text
  // when the byte test could miss one: RE2 also folds K (Kelvin sign) to k and ſ (long s) to s,
  // and literals of fewer than 3 bytes or with characters other than ASCII and Latin-1 letters
  // are not handled.
  std::vector<ByteSpan> Find(std::string_view text) const;

 private:
  // A folded 4-byte start and its literals, literals_[first, first + count); count 0: empty.
  struct Start {
    uint32_t key = 0;
    uint32_t first = 0;
    uint32_t count = 0;
  };
  // The Start of `key`, or an empty one.
  const Start& Lookup(uint32_t key) const;

  static constexpr int kHashBits = 16;
  // Two bits per folded 4-byte start, one per hash: tested both, far fewer positions of prose
  // reach Lookup than with one (the 3-byte literals alone set some 2,000 bits).
  std::vector<uint64_t> may_start_;
  std::vector<Start> starts_;          // open addressing, size a power of two, half empty
  std::vector<std::string> literals_;  // folded, grouped by start
  bool whole_text_ = false;
};

}  // namespace vermeld
