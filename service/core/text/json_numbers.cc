#include "core/text/json_numbers.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace vermeld {
namespace {

bool NumberByte(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

}  // namespace

std::optional<size_t> FindOutOfRangeNumber(std::string_view json) {
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (!(c == '-' || (c >= '0' && c <= '9'))) continue;
    size_t end = i;
    while (end < json.size() && NumberByte(json[end])) ++end;
    const std::string literal(json.substr(i, end - i));
    const double value = std::strtod(literal.c_str(), nullptr);
    if (std::isinf(value)) return i;
    i = end - 1;
  }
  return std::nullopt;
}

}  // namespace vermeld
