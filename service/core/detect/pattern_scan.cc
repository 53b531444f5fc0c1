#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsGlue(char c) { return c == '.' || c == ',' || c == '-' || c == '/'; }
bool IsWordish(char c) { return IsAlnum(c) || c == '@' || c == '_'; }

}  // namespace

bool StandsAlone(std::string_view text, size_t begin, size_t end) {
  if (begin > 0) {
    const char b = text[begin - 1];
    if (IsWordish(b)) return false;
    if (IsGlue(b) && begin > 1 && IsAlnum(text[begin - 2])) return false;
  }
  if (end < text.size()) {
    const char a = text[end];
    if (IsWordish(a)) return false;
    if (IsGlue(a) && end + 1 < text.size() && IsAlnum(text[end + 1])) return false;
  }
  return true;
}

}  // namespace vermeld
