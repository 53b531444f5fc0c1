// Replaces personal-data findings with stable placeholders ("[PERSOON_1]", "[EMAIL_2]") before a
// text leaves the machine, and puts the originals back into the answer. One Pseudonymiser serves
// one gateway request: the mapping lives only in memory and dies with it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/detect/finding.h"

namespace vermeld {

// The Dutch placeholder label of an API entity type: PERSON -> PERSOON, PHONE -> TELEFOON, ...;
// unknown types get GEGEVEN.
std::string_view PlaceholderLabel(std::string_view entity_type);

class Pseudonymiser {
 public:
  // Returns `text` with every finding (UTF-8 byte offsets, sorted, non-overlapping as the detector
  // delivers them) replaced by its placeholder. The same type and value get the same placeholder
  // in every text this object sees; numbering is per label.
  std::string Replace(std::string_view text, const std::vector<Finding>& findings);

  // Returns `text` with every placeholder this object issued replaced by its original value.
  // Text that only looks like a placeholder ("[PERSOON_9]" never issued) stays as it is.
  std::string Restore(std::string_view text) const;

  // The original value behind a placeholder, or nullptr.
  const std::string* Original(std::string_view placeholder) const;
  // True when some issued placeholder starts with `prefix` and is longer than it.
  bool IsPlaceholderPrefix(std::string_view prefix) const;
  size_t size() const { return originals_.size(); }
  // Length in bytes of the longest placeholder issued so far (0 when none).
  size_t longest_placeholder() const { return longest_; }

 private:
  std::map<std::pair<std::string, std::string>, std::string> placeholders_;  // (type, value)
  std::map<std::string, std::string, std::less<>> originals_;                // placeholder -> value
  std::map<std::string, int, std::less<>> next_number_;                      // label -> last number
  size_t longest_ = 0;
};

}  // namespace vermeld
