#include "core/detect/name_tokens.h"

#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

bool IsApostrophe(char32_t c) { return c == '\'' || c == U'\u2019'; }

// Decodes the code point at pos without moving; returns 0 at the end. Invalid bytes decode as
// U+FFFD so that untrusted text cannot stall the scan.
char32_t PeekAt(std::string_view text, size_t pos, size_t* next = nullptr) {
  if (pos >= text.size()) {
    if (next) *next = pos;
    return 0;
  }
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    if (next) *next = pos + 1;
    return c;
  }
  const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || pos + len > text.size()) {
    if (next) *next = pos + 1;
    return U'\uFFFD';
  }
  size_t p = pos;
  const char32_t cp = DecodeUtf8(text, p);
  if (next) *next = p;
  return cp;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(static_cast<UChar32>(c));
}

enum class CharClass { kUpper, kLower, kOtherLetter, kDigit, kOther };

// ASCII answered inline: most text is ASCII and ICU calls dominate the scan otherwise.
CharClass Classify(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return CharClass::kUpper;
    if (c >= 'a' && c <= 'z') return CharClass::kLower;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    return CharClass::kOther;
  }
  const auto u = static_cast<UChar32>(c);
  if (u_isupper(u)) return CharClass::kUpper;
  if (u_islower(u)) return CharClass::kLower;
  if (u_isalpha(u)) return CharClass::kOtherLetter;
  if (u_isdigit(u)) return CharClass::kDigit;
  return CharClass::kOther;
}

bool IsBlank(char32_t c) { return c == ' ' || c == '\t' || c == U'\u00A0' || c == U'\u202F'; }

}  // namespace

std::vector<NameToken> TokenizeWords(std::string_view text) {
  std::vector<NameToken> tokens;
  bool sentence_start = true;
  bool line_start = true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next;
    const char32_t c = PeekAt(text, pos, &next);
    // "'t" and "'s" (van 't Hek, 's-Hertogenbosch) after a non-word character.
    const bool clitic = IsApostrophe(c) && (tokens.empty() || tokens.back().end != pos);
    size_t after_clitic = next;
    const char32_t letter = clitic ? PeekAt(text, next, &after_clitic) : 0;
    if (!IsWordChar(c) &&
        !(clitic && (letter == 't' || letter == 's') && !IsWordChar(PeekAt(text, after_clitic)))) {
      if (c == '\n' || c == '\r') {
        line_start = sentence_start = true;
      } else if (c == '.' || c == '!' || c == '?' || c == ':') {
        sentence_start = true;
      }
      pos = next;
      continue;
    }
    NameToken t;
    t.begin = pos;
    t.sentence_start = sentence_start;
    t.line_start = line_start;
    sentence_start = line_start = false;
    size_t upper = 0, lower = 0;
    bool first_letter = true;
    size_t p = pos;
    while (p < text.size()) {
      size_t n;
      const char32_t ch = PeekAt(text, p, &n);
      if (IsWordChar(ch) || (p == pos && clitic)) {
        const CharClass cls = Classify(ch);
        if (cls == CharClass::kDigit) t.has_digit = true;
        if (cls == CharClass::kUpper) {
          ++upper;
          if (first_letter) t.capitalised = true;
        } else if (cls == CharClass::kLower) {
          ++lower;
        }
        if (cls == CharClass::kUpper || cls == CharClass::kLower ||
            cls == CharClass::kOtherLetter) {
          first_letter = false;
        }
        p = n;
        continue;
      }
      // Inner hyphen or apostrophe: only between word characters.
      size_t n2;
      if ((ch == '-' || IsApostrophe(ch)) && p > pos && IsWordChar(PeekAt(text, n, &n2))) {
        p = n;
        continue;
      }
      break;
    }
    t.end = p;
    t.all_upper = upper >= 2 && lower == 0;
    if (t.all_upper) t.capitalised = false;
    t.dot_after = p < text.size() && text[p] == '.';
    tokens.push_back(t);
    pos = p;
  }
  return tokens;
}

bool Adjacent(std::string_view text, const NameToken& a, const NameToken& b) {
  size_t pos = a.end;
  if (a.dot_after && a.end - a.begin <= 4) ++pos;
  while (pos < b.begin) {
    size_t next;
    if (!IsBlank(PeekAt(text, pos, &next))) return false;
    pos = next;
  }
  return true;
}

}  // namespace vermeld
