// The text a recognizer scans, with an ASCII-lower-cased twin for cheap context-word lookups.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vermeld {

class ScanText {
 public:
  explicit ScanText(std::string_view text);

  std::string_view text() const { return text_; }
  // Same bytes as text() with A-Z lowered; byte offsets are identical.
  std::string_view lower() const { return lower_; }

  // True when one of `words` (lower case, ASCII or UTF-8) occurs as a whole word within
  // `window` bytes before begin or after end.
  bool HasContext(size_t begin, size_t end, std::initializer_list<std::string_view> words,
                  size_t window = 120) const;

  // Like HasContext, but only looks at the `window` bytes before `begin` (labels: "btw: ...").
  bool HasContextBefore(size_t begin, std::initializer_list<std::string_view> words,
                        size_t window) const;

  // True when text[begin, end) overlaps a URL (http://, https://, ftp:// or www.): numbers
  // and addresses inside links are paths and hosts, not personal data of their own.
  bool InUrl(size_t begin, size_t end) const;

 private:
  std::string_view text_;
  std::string lower_;
  std::vector<std::pair<size_t, size_t>> urls_;  // sorted, disjoint byte spans
};

}  // namespace vermeld
