// The policy's personal_data.allow[]: names, mailboxes and numbers that are never flagged (the
// official spokesperson, the press mailbox, the switchboard).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vermeld {

// Matching is case-insensitive (Unicode simple case folding) and ignores extra white space: runs
// of white space count as one space, leading and trailing white space is ignored.
class AllowList {
 public:
  explicit AllowList(const std::vector<std::string>& entries);

  bool empty() const { return entries_.empty(); }

  // Byte spans [begin, end) of `text` where an allowed entry occurs. Linear in the text length
  // times the number of entries.
  std::vector<std::pair<size_t, size_t>> Occurrences(std::string_view text) const;

  // True when `candidate` equals an entry under the rules above.
  bool Matches(std::string_view candidate) const;

 private:
  std::vector<std::string> entries_;  // normalised, non-empty
};

// Folded, white-space-collapsed form of `s`; when `origin` is given, origin[i] is the byte
// offset in `s` where normalised byte i came from, and origin.back() == s.size().
std::string NormaliseForAllowList(std::string_view s, std::vector<size_t>* origin = nullptr);

}  // namespace vermeld
