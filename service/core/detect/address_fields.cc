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
  // Only kMaxLabel bytes back: a long line is read once, not once per candidate on it.
  const size_t floor = colon > kMaxLabel + 1 ? colon - kMaxLabel - 1 : 0;
  const size_t nl = text.substr(floor, colon - floor).rfind('\n');
  if (nl == std::string_view::npos && floor > 0) return false;
  const size_t line = nl == std::string_view::npos ? 0 : floor + nl + 1;
  if (colon - line > kMaxLabel) return false;
  const std::string label = LowerUtf8(text.substr(line, colon - line));
  for (std::string_view word : words) {
    if (label.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool AfterStreetField(std::string_view text, size_t pos) {
  // Network and mail addresses are no street: "IP-adres:", "E-mailadres:", "MAC address:".
  return AfterLabel(text, pos, {"adres", "address", "straat", "rue", "domicile"}) &&
         !AfterLabel(text, pos, {"mail", "web", "url", "http", "ip-", "ip ", "ipadres", "mac "});
}

bool AfterPlaceField(std::string_view text, size_t pos) {
  return AfterLabel(text, pos,
                    {"postcode", "gemeente", "woonplaats", "plaats", "code postal", "localité",
                     "commune", "city", "postal code", "zip"});
}

}  // namespace vermeld
