#include "core/text/html_entities.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace vermeld {
namespace {

// ISO-8859-1 names for U+00A0..U+00FF, in code-point order.
constexpr const char* kLatin1[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct Named {
  const char* name;
  char32_t code_point;
};

// The rest of what mail clients write: markup escapes, typographic punctuation, a few letters.
constexpr Named kOther[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},    {"lt", 0x3C},
    {"gt", 0x3E},       {"OElig", 0x152},   {"oelig", 0x153},  {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},   {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},   {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},  {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122}, {"larr", 0x2190},
    {"rarr", 0x2192},   {"minus", 0x2212}};

// Windows-1252 meaning of 0x80..0x9F; 0 where that code page leaves the byte undefined.
constexpr char32_t kCp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr size_t kLongestName = 6;

const std::unordered_map<std::string_view, char32_t>& Table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, char32_t>();
    for (char32_t i = 0; i < 96; ++i) t->emplace(kLatin1[i], 0xA0 + i);
    for (const Named& n : kOther) t->emplace(n.name, n.code_point);
    return t;
  }();
  return *table;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<DecodedEntity> DecodeNumeric(std::string_view text) {
  // text starts with "&#".
  size_t i = 2;
  int base = 10;
  if (i < text.size() && (text[i] == 'x' || text[i] == 'X')) {
    base = 16;
    ++i;
  }
  const size_t digits_start = i;
  uint32_t value = 0;
  bool too_big = false;
  for (; i < text.size(); ++i) {
    const int d =
        base == 16 ? HexValue(text[i]) : (text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1);
    if (d < 0) break;
    if (!too_big) {
      value = value * base + d;
      too_big = value > 0x10FFFF;
    }
  }
  if (i == digits_start || too_big || value == 0) return std::nullopt;
  if (value >= 0xD800 && value <= 0xDFFF) return std::nullopt;
  if (value >= 0x80 && value <= 0x9F) {
    value = kCp1252[value - 0x80];
    if (value == 0) return std::nullopt;
  }
  if (i < text.size() && text[i] == ';') ++i;
  return DecodedEntity{value, i};
}

}  // namespace

std::optional<DecodedEntity> DecodeHtmlEntity(std::string_view text) {
  if (text.size() < 3 || text[0] != '&') return std::nullopt;
  if (text[1] == '#') return DecodeNumeric(text);
  size_t i = 1;
  while (i < text.size() && i <= kLongestName + 1 && IsAsciiAlnum(text[i])) ++i;
  if (i == 1 || i >= text.size() || text[i] != ';') return std::nullopt;
  const auto it = Table().find(text.substr(1, i - 1));
  if (it == Table().end()) return std::nullopt;
  return DecodedEntity{it->second, i + 1};
}

}  // namespace vermeld
