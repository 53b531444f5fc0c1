#include "core/detect/address_fields.h"

#include <initializer_list>
#include <string>

#include "core/detect/name_lists.h"

namespace vermeld {
namespace {

constexpr size_t kMaxLabel = 40;  // bytes; a longer line start is a sentence, not a field label

// A label holding one of `words` (lower case) opens the line and ends in ':' right before pos.
bool AfterLabel(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  if (pos == 0 || text[pos - 1] != ':') return false;
  const size_t colon = pos - 1;
  const size_t line = text.rfind('\n', colon) + 1;  // npos + 1 == 0
  if (colon - line > kMaxLabel) return false;
  const std::string label = LowerUtf8(text.substr(line, colon - line));
  for (std::string_view word : words) {
    if (label.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool AfterStreetField(std::string_view text, size_t pos) {
  return AfterLabel(text, pos, {"adres", "address", "straat", "rue", "domicile"});
}

bool AfterPlaceField(std::string_view text, size_t pos) {
  return AfterLabel(text, pos,
                    {"postcode", "gemeente", "woonplaats", "plaats", "code postal", "localité",
                     "commune", "city", "postal code", "zip"});
}

}  // namespace vermeld
