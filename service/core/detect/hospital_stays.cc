#include "core/detect/hospital_stays.h"

#include <algorithm>

#include "core/detect/name_lists.h"

namespace vermeld {
namespace {

// A capital at text[pos]: A-Z, or a Latin-1 capital in UTF-8 ("É": 0xC3 0x80-0x9E but 0x97).
bool Capital(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c != 0xC3 || pos + 1 >= text.size()) return false;
  const auto next = static_cast<unsigned char>(text[pos + 1]);
  return next >= 0x80 && next <= 0x9E && next != 0x97;
}

// The end of one or two capitalised words from pos, hyphens inside ("Sint-Vincentius Deinze"):
// a third is seldom the hospital's ("UZ Gent Jan komt morgen").
size_t NameEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  for (int words = 0; words < 2 && Capital(text, pos); ++words) {
    while (pos < text.size() && (IsWordByte(text[pos]) || text[pos] == '-')) ++pos;
    end = pos;
    if (pos + 1 >= text.size() || text[pos] != ' ') break;
    ++pos;
  }
  return end;
}

// A word between the stay and the hospital that places something near it, not someone in it:
// "ligt vlak naast AZ Groeninge", "woont vlakbij het AZ Delta".
bool PlaceWordIn(std::string_view lowered) {
  for (std::string_view place :
       {"naast", "achter", "vlakbij", "dichtbij", "nabij", "tegenover", "rond", "buurt", "près",
        "côté", "derrière", "face", "near", "next", "behind", "opposite"}) {
    for (size_t p = lowered.find(place); p != std::string_view::npos;
         p = lowered.find(place, p + 1)) {
      const size_t e = p + place.size();
      if ((p == 0 || !IsWordByte(lowered[p - 1])) &&
          (e == lowered.size() || !IsWordByte(lowered[e]))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<ByteSpan> HospitalStays::Find(std::string_view text) const {
  std::vector<ByteSpan> found;
  // An array, not an initializer list: that was built at each call, with a strlen per word.
  // "PC", "UPC": psychiatric centres ("opgenomen in het PC Dr. Guislain", "UPC KU Leuven").
  static constexpr std::string_view kShortForms[] = {"AZ ",  "UZ ",  "CHU ", "ZNA ", "GZA ",
                                                     "UMC ", "CHR ", "PC ",  "UPC "};
  for (std::string_view form : kShortForms) {
    for (size_t at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1)) {
      if ((at > 0 && IsWordByte(text[at - 1])) || !Capital(text, at + form.size())) continue;
      // The words before it in its clause (from a character's start), lowered once.
      size_t from = at > kReach ? at - kReach : 0;
      while (from < at && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
      const size_t stop = text.substr(from, at - from).find_last_of("\n.,;:!?");
      if (stop != std::string_view::npos) from += stop + 1;
      const std::string before = LowerUtf8(text.substr(from, at - from));
      size_t stay = std::string::npos;
      for (const std::string& s : stays_) {
        for (size_t p = before.find(s); p != std::string::npos; p = before.find(s, p + 1)) {
          const bool whole = (p == 0 || !IsWordByte(before[p - 1])) &&
                             (p + s.size() == before.size() || !IsWordByte(before[p + s.size()]));
          if (whole && (stay == std::string::npos || p > stay)) stay = p;
        }
      }
      if (stay == std::string::npos || PlaceWordIn(std::string_view(before).substr(stay))) continue;
      // "PC" is also a computer and a postcode's street ("zit in de PC Boekhouding", "ligt in de PC
      // Hooftstraat"): only an admission names a psychiatric centre.
      if (form == "PC " && !std::string_view(before).substr(stay).starts_with("opgenomen") &&
          !std::string_view(before).substr(stay).starts_with("heropgenomen")) {
        continue;
      }
      // LowerUtf8 keeps the byte length of the Latin letters these lines hold; a line where it
      // does not (a rare Unicode case) is skipped rather than misplaced.
      if (before.size() != at - from) continue;
      found.push_back({from + stay, NameEnd(text, at + form.size())});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace vermeld
