#include "core/detect/address_fields.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

constexpr size_t kMaxLabel = 40;  // bytes; a longer line start is a sentence, not a field label
constexpr size_t kMinLeader = 4;  // dots that lead from a label to its value; three end a phrase

// A label holding one of `words` (lower case) opens the line, or a second field on it after a tab
// or blanks ("Adres: Grote Baan 301   Postcode/gemeente: 3990 Peer"), and ends in ':' or a leader
// of dots ("Postcode / plaats ........ 3930 Hamont-Achel") right before pos.
bool AfterLabel(std::string_view text, size_t pos, std::initializer_list<std::string_view> words) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  size_t dots = pos;
  while (dots > 0 && pos - dots <= kMaxLabel && text[dots - 1] == '.') --dots;
  if (pos - dots < kMinLeader && (pos == 0 || text[pos - 1] != ':')) return false;
  const size_t colon = pos - dots >= kMinLeader ? dots : pos - 1;
  // Only kMaxLabel bytes back: a long line is read once, not once per candidate on it.
  const size_t floor = colon > kMaxLabel + 1 ? colon - kMaxLabel - 1 : 0;
  std::string_view head = text.substr(floor, colon - floor);
  while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
  size_t start = head.find_last_of("\n\t");  // the byte before the label
  const size_t blanks = head.rfind("  ");
  if (blanks != std::string_view::npos && (start == std::string_view::npos || blanks > start)) {
    start = blanks + 1;
  }
  if (start == std::string_view::npos && floor > 0) return false;
  const size_t line = start == std::string_view::npos ? 0 : floor + start + 1;
  const std::string label = LowerUtf8(text.substr(line, colon - line));
  for (std::string_view word : words) {
    if (label.find(word) != std::string::npos) return true;
  }
  return false;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when text[pos] opens a postcode and a word in capitals (or with a non-ASCII first letter,
// which the town check after it reads): "9000 Gent", "1506 EH Zaandam".
bool PostcodeAt(std::string_view text, size_t pos) {
  for (size_t i = pos; i < pos + 4; ++i) {
    if (i >= text.size() || !IsDigit(text[i])) return false;
  }
  size_t p = pos + 4;
  auto upper = [&](size_t i) { return i < text.size() && text[i] >= 'A' && text[i] <= 'Z'; };
  if (p + 3 < text.size() && text[p] == ' ' && upper(p + 1) && upper(p + 2) && text[p + 3] == ' ') {
    p += 3;  // the letters of a Dutch postcode
  }
  return p + 1 < text.size() && text[p] == ' ' &&
         (upper(p + 1) || static_cast<unsigned char>(text[p + 1]) == 0xC3);
}

}  // namespace

bool StreetLineOfBlock(std::string_view text, size_t pos) {
  size_t line = pos;
  while (line > 0 && text[line - 1] != '\n') {
    const char c = text[line - 1];
    if (pos - line >= kMaxLabel || IsDigit(c) || c == ':') return false;
    --line;
  }
  // A block: the first line of the text, or one under a line that is not empty (the name).
  size_t above = line > 0 ? line - 1 : 0;
  if (above > 0 && text[above - 1] == '\r') --above;
  if (line > 0 && (above == 0 || text[above - 1] == '\n')) return false;
  // The house number and what may follow it on the line: a short rest, read once.
  const size_t reach = std::min(text.size(), pos + 2 * kMaxLabel);
  const size_t nl = text.substr(pos, reach - pos).find('\n');
  return nl != std::string_view::npos && PostcodeAt(text, pos + nl + 1);
}

bool AfterStreetField(std::string_view text, size_t pos) {
  // Network and mail addresses are no street: "IP-adres:", "E-mailadres:", "MAC address:".
  return AfterLabel(text, pos, {"adres", "address", "straat", "rue", "domicile"}) &&
         !AfterLabel(text, pos, {"mail", "web", "url", "http", "ip-", "ip ", "ipadres", "mac "});
}

bool AfterHomeField(std::string_view text, size_t pos) {
  return AfterLabel(
      text, pos,
      {"thuisadres", "woonadres", "priv\u00e9adres", "priv\u00e9-adres", "priv\u00e9 adres",
       "domicilie", "verblijfsadres", "particulier", "domicile", "adresse priv\u00e9e",
       "adresse personnelle", "home address", "private address"});
}

bool AfterHomeWord(std::string_view text, size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == ',' || text[pos - 1] == ':')) --pos;
  const std::string_view before = text.substr(0, pos);
  for (const std::string_view home : {"thuis", "Thuis", "chez moi", "chez lui", "chez elle"}) {
    if (before.ends_with(home) &&
        (pos == home.size() || !IsWordByte(text[pos - home.size() - 1]))) {
      return true;
    }
  }
  return false;
}

bool AfterPlaceField(std::string_view text, size_t pos) {
  return AfterLabel(text, pos,
                    {"postcode", "gemeente", "woonplaats", "plaats", "code postal", "localité",
                     "commune", "city", "postal code", "zip"});
}

}  // namespace vermeld
