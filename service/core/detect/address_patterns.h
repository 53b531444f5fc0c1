// The ADDRESS patterns, and their groups found without RE2's submatch engine. For a match with
// groups RE2 runs its NFA over the match (these \p{L} programs are too large for its faster
// engines): about 15,000 instructions a match, half of ADDRESS's time. Each pattern's groups
// follow from its whole match by a few byte tests, so matches are found without groups (DFA
// only) and split here. Where a split would need a Unicode class (a match at the text's start,
// where `^` or a one-character prefix may have matched; a non-ASCII letter after a postcode) it
// declines, and RE2 finds the groups as before: the groups are always RE2's.
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

// Fills groups[0..n] of the whole match text[m] (groups[0] = the match, an unset group empty
// with a null data()); false when the groups do not follow from the bytes alone.
using SplitGroups = bool (*)(std::string_view text, ByteSpan m,
                             std::vector<std::string_view>& groups);

// A pattern and how its whole match splits into its groups.
struct GroupedPattern {
  GroupedPattern(const std::string& pattern, SplitGroups split_groups)
      : re(pattern, Utf8Options()), split(split_groups) {}
  RE2 re;
  SplitGroups split;
};

// True when a street word in lower case, as chats write it, ends in a suffix no other word
// ends in, after a stem of three letters or more: "molenstraat", "populierenlaan",
// "tiensestraat"; not "onderweg", "speelplein", "laadkade" (a loading dock), "straat".
bool IsLowerCaseStreetWord(std::string_view word);

struct AddressPatterns {
  explicit AddressPatterns(const std::vector<std::string>& street_types);

  // Matches of postcode_after at text[pos]: its end, and the NL letters of the postcode (group
  // 1, empty with a null data() when unset), as RE2::Consume would give them. False when there
  // is no match.
  bool PostcodeAfter(std::string_view text, size_t pos, size_t* end,
                     std::string_view* letters) const;

  GroupedPattern dutch_street;   // 1: the street word, 2: the house number
  GroupedPattern french_street;  // 1: the address, after a one-character prefix
  GroupedPattern number_first;   // 1: the address, after a one-character prefix
  GroupedPattern postbus;        // 1: the address, after a one-character prefix
  GroupedPattern nl_postcode;    // 1: "1015 CJ", 2: "CJ", 3: the city if any
  GroupedPattern be_postcode;    // 1: "B-3000 Leuven", 2: "Leuven"
  RE2 postcode_after;            // anchored at the end of a street: ", 9000 Gent", " - 9000 Gent"
};

// Calls fn(groups) for every non-overlapping match of p inside `windows` (sorted, disjoint,
// holding every match: AddressWindows), left to right; groups[0] is the whole match. RE2 sees
// the whole text as context, so '^' keeps meaning the start of the text. Every pattern holds a
// digit (a house number, a postcode, a "Postbus" number): the rest of a window after a match is
// searched again only while it holds one (ForEachMatchBetween's `mark`).
template <typename Fn>
void ForEachMatchGroups(const GroupedPattern& p, std::string_view text,
                        const std::vector<ByteSpan>& windows, Fn fn) {
  if (windows.empty()) return;  // most texts: no allocations then
  std::vector<re2::StringPiece> pieces(1 + p.re.NumberOfCapturingGroups());
  std::vector<std::string_view> groups(pieces.size());
  const re2::StringPiece whole(text.data(), text.size());
  for (const ByteSpan& w : windows) {
    for (size_t pos = w.begin; pos <= w.end;) {
      if (pos > w.begin && std::none_of(text.begin() + pos, text.begin() + w.end, IsAsciiDigit)) {
        break;
      }
      if (!p.re.Match(whole, pos, w.end, RE2::UNANCHORED, pieces.data(), 1)) break;
      const auto begin = static_cast<size_t>(pieces[0].data() - text.data());
      const size_t end = begin + pieces[0].size();
      if (!p.split(text, {begin, end}, groups)) {
        p.re.Match(whole, pos, w.end, RE2::UNANCHORED, pieces.data(),
                   static_cast<int>(pieces.size()));
        for (size_t i = 0; i < pieces.size(); ++i) groups[i] = {pieces[i].data(), pieces[i].size()};
      }
      fn(groups);
      pos = end > pos ? end : pos + 1;
    }
  }
}

}  // namespace vermeld
