#include "core/detect/address_residence.h"

#include <algorithm>
#include <string>

namespace vermeld {
namespace {

constexpr int kMaxStreetWords = 3;
constexpr size_t kMaxWordBytes = 40;  // a longer run of letters is no street's word

// A verb of living somewhere and the preposition it takes before a street.
constexpr std::string_view kVerbs[] = {
    "woon op ",       "woon aan ",      "woont op ",       "woont aan ",  "wonen op ",
    "wonen aan ",     "woonde op ",     "woonde aan ",     "woonden op ", "woonden aan ",
    "verhuist naar ", "verhuisd naar ", "verhuizen naar ", "woon in ",    "woont in ",
    "wonen in ",      "woonde in ",     "woonden in "};

// A verb of living, then up to two words saying since when or how before its preposition: "woont
// nog zelfstandig aan de Wijde Noorderhorne 11", "woont sinds kort op Molenwijk 31".
constexpr std::string_view kLivingForms[] = {"woon ", "woont ", "wonen ", "woonde ", "woonden "};
constexpr std::string_view kHowWords[] = {
    "nog",    "nu",    "al",        "ook",       "sinds",     "kort",   "jaren", "zelfstandig",
    "alleen", "samen", "tijdelijk", "momenteel", "inmiddels", "steeds", "daar",  "er"};

// The end of the preposition "op " or "aan " after a form of "wonen" at text[at] and one or two
// kHowWords, or npos.
size_t AfterHowWords(std::string_view text, size_t at) {
  const auto form =
      std::find_if(std::begin(kLivingForms), std::end(kLivingForms),
                   [&](std::string_view f) { return text.substr(at, f.size()) == f; });
  if (form == std::end(kLivingForms)) return std::string_view::npos;
  size_t p = at + form->size();
  for (int words = 0; words < 2; ++words) {
    const size_t blank = text.substr(p, 13).find(' ');  // the longest word is 11 bytes
    if (blank == std::string_view::npos) return std::string_view::npos;
    const std::string_view word = text.substr(p, blank);
    if (std::find(std::begin(kHowWords), std::end(kHowWords), word) == std::end(kHowWords)) {
      return std::string_view::npos;
    }
    p += blank + 1;
    for (std::string_view preposition : {"op ", "aan "}) {
      if (text.substr(p, preposition.size()) == preposition) return p + preposition.size();
    }
  }
  return std::string_view::npos;
}

bool IsLetterByte(char c) { return IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80; }

// Words of a building, a room or a system that people move to and live on in office notices
// ("verhuist naar Gebouw 2", "woont op Afdeling 3", "verhuizen naar Windows 11"): no street.
bool PlaceInABuildingOrSystem(std::string_view w) {
  std::string lower(w);
  for (char& c : lower) c = LowerAscii(c);
  static constexpr std::string_view kWords[] = {
      "afdeling",   "kamer",         "gebouw",  "lokaal", "verdieping", "campus",   "blok",
      "unit",       "vleugel",       "etage",   "room",   "building",   "floor",    "chambre",
      "\u00e9tage", "b\u00e2timent", "windows", "office", "sharepoint", "versie",   "version",
      "pagina",     "page",          "level",   "niveau", "facebook",   "instagram"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// The end of a house number at text[p] ("31", "14b"), or p when none starts there.
size_t HouseNumberEnd(std::string_view text, size_t p) {
  if (p >= text.size() || text[p] < '1' || text[p] > '9') return p;
  size_t q = p;
  while (q < text.size() && IsAsciiDigit(text[q]) && q - p < 4) ++q;
  if (q < text.size() && IsAsciiDigit(text[q])) return p;  // five digits or more
  if (q + 1 < text.size() && IsLetterByte(text[q]) && !IsLetterByte(text[q + 1])) ++q;
  return q;
}

}  // namespace

std::vector<ByteSpan> StreetsAfterResidenceVerb(
    std::string_view text, const std::function<bool(std::string_view)>& street_word,
    const std::function<bool(std::string_view)>& place) {
  std::vector<ByteSpan> out;
  // One pass over the text per stem, not per verb (memchr stops at every 'w' and 'v').
  for (std::string_view stem : {"woon", "wone", "verhui"}) {
    for (size_t at = text.find(stem); at != std::string_view::npos; at = text.find(stem, at + 1)) {
      if (at > 0 && IsLetterByte(text[at - 1])) continue;
      const auto verb = std::find_if(std::begin(kVerbs), std::end(kVerbs), [&](std::string_view v) {
        return text.substr(at, v.size()) == v;
      });
      const size_t after_how = verb == std::end(kVerbs) && stem != "verhui"
                                   ? AfterHowWords(text, at)
                                   : std::string_view::npos;
      if (verb == std::end(kVerbs) && after_how == std::string_view::npos) continue;
      // Living on or at the street, not in a town or ward, nor moving there.
      const bool lives_on = after_how != std::string_view::npos ||
                            (verb->starts_with("wo") && !verb->ends_with(" in "));
      size_t p = after_how != std::string_view::npos ? after_how : at + verb->size();
      for (std::string_view article : {"de ", "het ", "den "}) {
        if (text.substr(p).starts_with(article)) p += article.size();
      }
      const size_t street = p;
      for (int words = 0; words < kMaxStreetWords; ++words) {
        size_t end = p;
        while (end < text.size() && end - p <= kMaxWordBytes &&
               (IsLetterByte(text[end]) || text[end] == '-' || text[end] == '\'' ||
                text[end] == '.')) {
          ++end;
        }
        if (end == p || end >= text.size() || text[end] != ' ') break;
        const std::string_view last = text.substr(p, end - p);
        size_t number_end = HouseNumberEnd(text, end + 1);
        // "24/7" is no house number.
        if (number_end + 1 < text.size() && text[number_end] == '/' &&
            IsAsciiDigit(text[number_end + 1])) {
          number_end = end + 1;
        }
        if (number_end > end + 1) {
          const std::string_view first = text.substr(street, end - street);
          const bool suffixed = street_word(last);
          const std::string_view number = text.substr(end + 1, number_end - end - 1);
          const bool year =
              number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));
          // Any capitalised word only after a verb of living on or at a street: people move to
          // systems and rooms, and live in towns and wards ("woont in Gent 2", "in Hoek 3").
          if (suffixed || (lives_on && CapitalAt(first, 0) > 0 && !place(last) && !year &&
                           !PlaceInABuildingOrSystem(last))) {
            out.push_back({street, number_end});
          }
          break;
        }
        p = end + 1;
      }
    }
  }
  std::sort(out.begin(), out.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace vermeld
