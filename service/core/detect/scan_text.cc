#include "core/detect/scan_text.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

const RE2& UrlPattern() {
  static const RE2 re(R"((?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>"']+)");
  return re;
}

// True when one of `words` occurs in `area` as a whole word.
bool AreaHasWord(std::string_view area, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    for (size_t pos = area.find(w); pos != std::string_view::npos; pos = area.find(w, pos + 1)) {
      const bool left_ok = pos == 0 || !IsWordByte(area[pos - 1]);
      const size_t after = pos + w.size();
      const bool right_ok = after >= area.size() || !IsWordByte(area[after]);
      if (left_ok && right_ok) return true;
    }
  }
  return false;
}

}  // namespace

ScanText::ScanText(std::string_view text) : text_(text), lower_(text) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  ForEachMatch(UrlPattern(), text_, [this](size_t b, size_t e) { urls_.emplace_back(b, e); });
}

bool ScanText::HasContext(size_t begin, size_t end, std::initializer_list<std::string_view> words,
                          size_t window) const {
  const size_t from = begin > window ? begin - window : 0;
  const size_t to = std::min(lower_.size(), end + window);
  return AreaHasWord(std::string_view(lower_).substr(from, to - from), words);
}

bool ScanText::HasContextBefore(size_t begin, std::initializer_list<std::string_view> words,
                                size_t window) const {
  const size_t from = begin > window ? begin - window : 0;
  return AreaHasWord(std::string_view(lower_).substr(from, begin - from), words);
}

bool ScanText::InUrl(size_t begin, size_t end) const {
  // The first URL ending after begin is the only one that can overlap [begin, end).
  auto it = std::upper_bound(urls_.begin(), urls_.end(), begin,
                             [](size_t pos, const auto& url) { return pos < url.second; });
  return it != urls_.end() && it->first < end;
}

}  // namespace vermeld
