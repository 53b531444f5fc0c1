#include "core/detect/address_patterns.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

// A capitalised word, hyphens and apostrophes inside ("Sint-Pieters", "Braine-l'Alleud").
constexpr char kCap[] = R"(\p{Lu}[\p{L}'’-]*)";
// A word in any case, hyphens and apostrophes inside.
constexpr char kWord[] = R"(\p{L}[\p{L}'’-]*)";
// A capitalised word, or one in ASCII lower case: only those IsLowerCaseStreetWord may accept.
constexpr char kStreetWord[] = R"((?:\p{Lu}|[a-z])[\p{L}'’-]*)";
// House number: 12, 12A, 12-A, 88-II (an Amsterdam floor), 12bis, 12 bis, 12ter, 12-14, 12 bus 3,
// 12 bte 3, 12/3, 12/0101; not "2x" (times: "Zorgverzekering 2x"), "48h" or "14u" (hours:
// "Monitoring 48h"), and no second part of two digits with a leading zero: "23-01", "24/04" are
// dates.
constexpr char kNumber[] =
    R"([1-9]\d{0,3}(?:[ \t]?bis\b|ter\b|[A-WYZa-gi-tvwyz]|-(?:IV|I{1,3}|[A-Z]))?(?:-(?:[1-9]\d{0,3}|0\d{2,3}))?(?:[ \t]*(?:bus|bte|boîte|b\.)[ \t]*\d{1,4}[A-Za-z]?|[ \t]?/[ \t]?(?:[1-9]\d{0,3}|0\d{2,3})[A-Za-z]?)?)";
// "Rue de la Loi", "Laan van Meerdervoort", "Steenweg op Gierle", "Steenweg naar Gent".
constexpr char kFrenchLinks[] =
    R"((?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|l['’]|aux?|van|der|den|op|naar)[ \t]*)?)";

std::string Alternation(const std::vector<std::string>& words) {
  return "(?:" + LiteralAlternation(words) + ")";
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

size_t SkipBlanks(std::string_view text, size_t pos) {
  while (pos < text.size() && IsBlank(text[pos])) ++pos;
  return pos;
}

// The length of the UTF-8 character led by c: RE2 matched it as one, so it is valid.
size_t CharLength(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// Where group 1 of `(?:^|[class])(...)` starts in a match at b: after the one character the
// class took, since '^' holds only at the text's start. There either may have matched, and
// telling which needs the class: npos.
size_t AfterPrefix(std::string_view text, size_t b) {
  return b == 0 ? std::string_view::npos : b + CharLength(text[b]);
}

std::string_view Span(std::string_view text, size_t begin, size_t end) {
  return text.substr(begin, end - begin);
}

// (kCap\.?)[ \t]+(kNumber): the word ends at the match's first blank, the number starts after
// them.
bool SplitDutchStreet(std::string_view text, ByteSpan m, std::vector<std::string_view>& g) {
  size_t blank = m.begin;
  while (!IsBlank(text[blank])) ++blank;
  g[0] = Span(text, m.begin, m.end);
  g[1] = Span(text, m.begin, blank);
  g[2] = Span(text, SkipBlanks(text, blank), m.end);
  return true;
}

// (?:^|[class])(...): one group to the match's end.
bool SplitPrefixed(std::string_view text, ByteSpan m, std::vector<std::string_view>& g) {
  const size_t begin = AfterPrefix(text, m.begin);
  if (begin == std::string_view::npos) return false;
  g[0] = Span(text, m.begin, m.end);
  g[1] = Span(text, begin, m.end);
  return true;
}

// (?:^|[^\p{L}\d])([1-9]\d{3}[ \t]?([A-Z]{2}))(?:[ \t]+(kCap))?
bool SplitNlPostcode(std::string_view text, ByteSpan m, std::vector<std::string_view>& g) {
  const size_t begin = AfterPrefix(text, m.begin);
  if (begin == std::string_view::npos) return false;
  size_t letters = begin + 4;
  if (IsBlank(text[letters])) ++letters;
  const size_t end = letters + 2;
  g[0] = Span(text, m.begin, m.end);
  g[1] = Span(text, begin, end);
  g[2] = Span(text, letters, end);
  g[3] = end < m.end ? Span(text, SkipBlanks(text, end), m.end) : std::string_view();
  return true;
}

// (?:^|[^\p{L}\d])((?:B-?[ \t]?)?[1-9]\d{3}[ \t]+(kCap)): the city after the blanks after the
// postcode's four digits, the first digits of the match.
bool SplitBePostcode(std::string_view text, ByteSpan m, std::vector<std::string_view>& g) {
  const size_t begin = AfterPrefix(text, m.begin);
  if (begin == std::string_view::npos) return false;
  size_t digits = begin;
  while (!IsAsciiDigit(text[digits])) ++digits;
  g[0] = Span(text, m.begin, m.end);
  g[1] = Span(text, begin, m.end);
  g[2] = Span(text, SkipBlanks(text, digits + 4), m.end);
  return true;
}

}  // namespace

bool IsLowerCaseStreetWord(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {
      "straat", "straatje", "laan", "steenweg", "dreef", "kaai", "gracht", "singel", "lei", "dijk"};
  // Asked of every lower-case word before a number: most are too short or end in no suffix's last
  // letter, and go before any byte loop or suffix comparison.
  static constexpr size_t kShortest = [] {
    size_t shortest = kSuffixes[0].size();
    for (std::string_view s : kSuffixes) shortest = std::min(shortest, s.size());
    return shortest + 3;
  }();
  static constexpr std::array<bool, 256> kLast = [] {
    std::array<bool, 256> last{};
    for (std::string_view s : kSuffixes) last[static_cast<unsigned char>(s.back())] = true;
    return last;
  }();
  if (word.size() < kShortest || !kLast[static_cast<unsigned char>(word.back())] ||
      !std::all_of(word.begin(), word.end(),
                   [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) {
    return false;
  }
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view s) {
    return word.size() >= s.size() + 3 && word.ends_with(s);
  });
}

AddressPatterns::AddressPatterns(const std::vector<std::string>& street_types)
    // An abbreviated street word keeps its dot: "Kerkstr. 12".
    // In lower case too: its windows hold only IsLowerCaseStreetWord then.
    : dutch_street(std::string("(") + kStreetWord + R"(\.?)[ \t]+()" + kNumber + ")",
                   SplitDutchStreet),
      french_street(std::string(R"((?:^|[^\p{L}\d])((?i:)") + Alternation(street_types) +
                        R"()[ \t]+)" + kFrenchLinks + kCap + R"((?:[ \t]+)" + kFrenchLinks + kCap +
                        R"(){0,3},?[ \t]+)" + kNumber + ")",
                    SplitPrefixed),
      // Not the tail of a longer number ("NN 70.06.17-454.63, Rue des Champs 27").
      number_first(std::string(R"((?:^|[^\p{L}\d./-])()") + kNumber + R"(,?[ \t]+(?i:)" +
                       Alternation(street_types) + R"()[ \t]+)" + kFrenchLinks + kCap +
                       R"((?:[ \t]+)" + kFrenchLinks + kCap + R"(){0,3}))",
                   SplitPrefixed),
      postbus(
          R"((?:^|[^\p{L}])((?i:postbus|boîte postale|b\.p\.|p\.o\.[ \t]?box|po[ \t]box)[ \t]+\d{1,6}))",
          SplitPrefixed),
      nl_postcode(R"((?:^|[^\p{L}\d])([1-9]\d{3}[ \t]?([A-Z]{2}))(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?)",
                  SplitNlPostcode),
      // The town in any case ("1030 schaerbeek" in a chat): the recognizer checks it is one.
      be_postcode(std::string(R"((?:^|[^\p{L}\d])((?:B-?[ \t]?)?[1-9]\d{3}[ \t]+()") + kWord + "))",
                  SplitBePostcode),
      postcode_after(
          std::string(
              R"([ \t]*(?:,|\r?\n|[ \t](?:à|te|in)|[ \t][-–])?[ \t]*(?:(?:B|NL)-?[ \t]?)?[1-9]\d{3}(?:[ \t]?([A-Z]{2}))?[ \t]+)") +
              "(?:(?:Den|De|La|Le|Les|Sint|Saint|Sainte)[ \t])?" + kCap +
              R"((?:[ \t](?:aan|op|den|de|sur|en|la|le|lez)[ \t])" + kCap + ")?",
          Utf8Options()) {}

bool AddressPatterns::PostcodeAfter(std::string_view text, size_t pos, size_t* end,
                                    std::string_view* letters) const {
  const re2::StringPiece rest(text.data() + pos, text.size() - pos);
  re2::StringPiece m;
  if (!postcode_after.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1)) return false;
  *end = pos + m.size();
  // The postcode's digits are the match's first; the letters' branch, tried first, is taken when
  // it can complete: two capitals, blanks and a city's first letter (\p{Lu}).
  size_t at = pos;
  while (!IsAsciiDigit(text[at])) ++at;
  at += 4;
  if (at < text.size() && IsBlank(text[at])) ++at;
  *letters = {};
  if (at + 2 < text.size() && IsUpper(text[at]) && IsUpper(text[at + 1]) && IsBlank(text[at + 2])) {
    const size_t city = SkipBlanks(text, at + 2);
    if (city < text.size() && static_cast<unsigned char>(text[city]) >= 0x80) {
      re2::StringPiece rest_copy = rest, group;  // a letter beyond ASCII: RE2 decides
      RE2::Consume(&rest_copy, postcode_after, &group);
      *letters = {group.data(), group.size()};
    } else if (city < text.size() && IsUpper(text[city])) {
      *letters = text.substr(at, 2);
    }
  }
  return true;
}

}  // namespace vermeld
