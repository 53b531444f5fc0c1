// Where case-insensitive RE2 alternations of literals (UTF-8, e.g. the health terms) can match,
// found without running them: a match is a literal whose bytes equal the text's with ASCII case
// folded (both sides | 0x20), a test that accepts everything RE2's folding does (and a little
// more). The regex then runs only on these spans (ForEachMatchIn) and finds exactly what a
// whole-text scan finds. Several alternations share one pass over the text: each is a group with
// windows of its own. Linear: a 4-byte table probe per byte, literals compared only where one may
// start.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

class LiteralWindows {
 public:
  // `groups`: the literals of each alternation, unquoted (the alternation quotes them with
  // RE2::QuoteMeta).
  explicit LiteralWindows(const std::vector<std::vector<std::string>>& groups);

  // For each group, sorted, disjoint windows of `text` holding every match of its alternation;
  // the whole text when the byte test could miss one (WholeText).
  std::vector<std::vector<ByteSpan>> Find(std::string_view text) const;

  // The matches of group `group` compiled with Utf8Options(false, true) (case-insensitive, the
  // longest literal at the leftmost start), exactly those ForEachMatch reports, read from the
  // group's windows of Find without RE2: each byte is compared with the case partners RE2 folds
  // it with. nullopt when the windows are the whole text (Find's answer when the byte test could
  // miss a match): then RE2 must read it.
  std::optional<std::vector<ByteSpan>> Matches(std::string_view text,
                                               const std::vector<ByteSpan>& windows,
                                               uint32_t group) const;

 private:
  // A literal as written (or one of its case variants, below) and how to compare it.
  struct Literal {
    std::string folded;  // every byte | 0x20: the window test
    std::string exact;   // every byte | mask: equal to text | mask exactly where RE2 matches
    std::string mask;    // 0x20 for a byte whose case partner differs only there, else 0
    // The first 8 bytes of `folded` (fewer when shorter) as one word, and a mask of the bytes
    // it has: one comparison rules out most literals of a start (Find).
    uint64_t head = 0;
    uint64_t head_mask = 0;
    uint32_t group = 0;
  };
  // A folded 4-byte start and its literals, literals_[first, first + count); count 0: empty.
  struct Start {
    uint32_t key = 0;
    uint32_t first = 0;
    uint32_t count = 0;
  };
  // The Start of `key`, or an empty one.
  const Start& Lookup(uint32_t key) const;
  // True when a match may lie outside the windows of the byte test: RE2 also folds K (Kelvin
  // sign) to k and ſ (long s) to s; literals of fewer than 3 bytes, or with too many case
  // variants, are not handled.
  bool WholeText(std::string_view text) const;
  // The length of the longest literal of `group` that matches text[pos, limit) exactly at pos.
  size_t LongestAt(std::string_view text, size_t pos, size_t limit, uint32_t group) const;

  static constexpr int kHashBits = 16;
  // One bit per folded 4-byte start in 32 KiB, some 8,000 set (7,000 by the 3-byte literals):
  // one hash a position (two bits in 8 KiB took up to two for a like share of positions).
  static constexpr int kFilterBits = 18;
  std::vector<uint64_t> may_start_;
  std::vector<Start> starts_;      // open addressing, size a power of two, half empty
  size_t starts_mask_ = 0;         // starts_.size() - 1: from the size, a division by 12
  std::vector<Literal> literals_;  // grouped by start
  size_t groups_ = 0;
  bool whole_text_ = false;
};

}  // namespace vermeld
