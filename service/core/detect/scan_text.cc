#include "core/detect/scan_text.h"

#include <algorithm>

namespace vermeld {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

}  // namespace

ScanText::ScanText(std::string_view text) : text_(text), lower_(text) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

bool ScanText::HasContext(size_t begin, size_t end, std::initializer_list<std::string_view> words,
                          size_t window) const {
  const size_t from = begin > window ? begin - window : 0;
  const size_t to = std::min(lower_.size(), end + window);
  const std::string_view area = std::string_view(lower_).substr(from, to - from);
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

}  // namespace vermeld
