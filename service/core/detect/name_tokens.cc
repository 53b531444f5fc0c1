#include "core/detect/name_tokens.h"

#include <array>
#include <cstdint>

#include <unicode/uchar.h>

#include "core/detect/name_lists.h"
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

// What a character is, as bits: the classes of word characters, and for ASCII bytes also the
// separators that start a line or a sentence, the inner marks and the bytes that need decoding.
enum : uint8_t {
  kUpper = 1,
  kLower = 2,
  kOtherLetter = 4,
  kDigit = 8,
  kLineEnd = 16,      // \n \r
  kSentenceEnd = 32,  // . ! ? :
  kInner = 64,        // '-': inside a word only
  kSlow = 128,        // an apostrophe or a byte >= 0x80: decoded and looked at closely
};
constexpr uint8_t kLetter = kUpper | kLower | kOtherLetter;
constexpr uint8_t kWord = kLetter | kDigit;

constexpr std::array<uint8_t, 256> kByte = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = c >= 'A' && c <= 'Z'                           ? kUpper
               : c >= 'a' && c <= 'z'                         ? kLower
               : c >= '0' && c <= '9'                         ? kDigit
               : c == '\n' || c == '\r'                       ? kLineEnd
               : c == '.' || c == '!' || c == '?' || c == ':' ? kSentenceEnd
               : c == '-'                                     ? kInner
               : c == '\'' || c >= 0x80                       ? kSlow
                                                              : 0;
  }
  return table;
}();

// The word-character bits of a code point; 0 when it is no letter or digit.
uint8_t Classify(char32_t c) {
  if (c < 0x80) return kByte[c] & kWord;
  const auto u = static_cast<UChar32>(c);
  if (u_isupper(u)) return kUpper;
  if (u_islower(u)) return kLower;
  if (u_isalpha(u)) return kOtherLetter;
  if (u_isdigit(u)) return kDigit;
  return 0;
}

// What the characters of a word say about its case.
struct TokenShape {
  uint8_t seen = 0;  // the bits of every character, ORed
  size_t upper = 0;

  void Add(uint8_t bits) {
    seen |= bits;
    upper += bits & kUpper;
  }
};

// Adds the ASCII letters and digits from p on, most bytes of a word, to `shape`; returns where
// they end. The bits gather in locals: in the token loop GCC kept the shape on the stack, and
// each byte waited for the store of the one before (a quarter of the tokenizer's time).
size_t AddAsciiRun(std::string_view text, size_t p, TokenShape& shape) {
  uint8_t seen = 0;
  size_t upper = 0;
  for (; p < text.size(); ++p) {
    const uint8_t k = kByte[static_cast<unsigned char>(text[p])];
    if ((k & kWord) == 0) break;
    seen |= k;
    upper += k & kUpper;
  }
  shape.seen |= seen;
  shape.upper += upper;
  return p;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (kByte[c] & kWord) != 0;
  return u_isalnum(static_cast<UChar32>(c));
}

// The letter bits of the first letter of the word text[begin, end), digits and inner marks
// skipped; 0 when it has none. Looked up after the word rather than per character: the first
// character is a letter in nearly every word.
uint8_t FirstLetter(std::string_view text, size_t begin, size_t end) {
  for (size_t p = begin; p < end;) {
    const uint8_t bits = Classify(PeekAt(text, p, &p)) & kLetter;
    if (bits != 0) return bits;
  }
  return 0;
}

bool IsBlank(char32_t c) { return c == ' ' || c == '\t' || c == U'\u00A0' || c == U'\u202F'; }

// True when only blanks (IsBlank) fill text[pos, end). Out of line: Adjacent's ASCII path then
// saves no registers.
[[gnu::noinline]] bool OnlyBlanks(std::string_view text, size_t pos, size_t end) {
  while (pos < end) {
    size_t next;
    if (!IsBlank(PeekAt(text, pos, &next))) return false;
    pos = next;
  }
  return true;
}

}  // namespace

std::vector<NameToken> TokenizeWords(std::string_view text) {
  std::vector<NameToken> tokens;
  tokens.reserve(text.size() / 6 + 1);  // about one word in six bytes of prose
  bool sentence_start = true;
  bool line_start = true;
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    const uint8_t kind = kByte[b];
    // ASCII separators without a look-ahead: most bytes between words.
    if ((kind & (kWord | kSlow)) == 0) {
      if (kind & kLineEnd) {
        line_start = sentence_start = true;
      } else if (kind & kSentenceEnd) {
        sentence_start = true;
      }
      ++pos;
      continue;
    }
    size_t next = pos + 1;
    char32_t c = b;
    bool clitic = false;
    if (kind & kSlow) {
      c = PeekAt(text, pos, &next);
      // "'t" and "'s" (van 't Hek, 's-Hertogenbosch) after a non-word character.
      clitic = IsApostrophe(c) && (tokens.empty() || tokens.back().end != pos);
      size_t after_clitic = next;
      const char32_t letter = clitic ? PeekAt(text, next, &after_clitic) : 0;
      if (!IsWordChar(c) && !(clitic && (letter == 't' || letter == 's') &&
                              !IsWordChar(PeekAt(text, after_clitic)))) {
        pos = next;  // a non-ASCII separator or an apostrophe
        continue;
      }
    }
    NameToken& t = tokens.emplace_back();  // filled in place: copying it stalls on the stack
    t.begin = pos;
    t.ascii = c < 0x80;
    t.sentence_start = sentence_start;
    t.line_start = line_start;
    sentence_start = line_start = false;
    TokenShape shape;
    const size_t start = clitic ? next : pos;  // the apostrophe of a clitic is no letter
    size_t p = start;
    while ((p = AddAsciiRun(text, p, shape)) < text.size()) {
      const uint8_t k = kByte[static_cast<unsigned char>(text[p])];
      if ((k & (kInner | kSlow)) == 0) break;
      size_t n;
      const char32_t ch = PeekAt(text, p, &n);
      if (IsWordChar(ch)) {
        shape.Add(Classify(ch));
      } else if (!((ch == '-' || IsApostrophe(ch)) && p > pos && IsWordChar(PeekAt(text, n)))) {
        break;  // not an inner hyphen or apostrophe, which stand between word characters
      }
      t.ascii = t.ascii && ch < 0x80;
      p = n;
    }
    t.end = p;
    t.has_digit = (shape.seen & kDigit) != 0;
    t.all_upper = shape.upper >= 2 && (shape.seen & kLower) == 0;
    t.capitalised = !t.all_upper && (shape.seen & kUpper) && FirstLetter(text, start, p) == kUpper;
    t.dot_after = p < text.size() && text[p] == '.';
    pos = p;
  }
  return tokens;
}

std::vector<std::string_view> LowerTokens(std::string_view text,
                                          const std::vector<NameToken>& tokens,
                                          std::string& buffer) {
  // ASCII words are lower-cased in a copy of the whole text, at their own offsets; the others
  // are appended after it.
  buffer.assign(text);
  LowerAsciiLetters(buffer.data(), buffer.size());
  std::vector<size_t> appended;  // offsets of the non-ASCII words, then the end; none if ASCII
  for (const NameToken& t : tokens) {
    if (t.ascii) continue;
    appended.push_back(buffer.size());
    AppendLowerUtf8(text.substr(t.begin, t.end - t.begin), buffer);
  }
  if (!appended.empty()) appended.push_back(buffer.size());
  // Views only now: appending may have moved the buffer.
  std::vector<std::string_view> lower;
  lower.reserve(tokens.size());
  size_t k = 0;
  for (const NameToken& t : tokens) {
    if (t.ascii) {
      lower.emplace_back(buffer.data() + t.begin, t.end - t.begin);
    } else {
      lower.emplace_back(buffer.data() + appended[k], appended[k + 1] - appended[k]);
      ++k;
    }
  }
  return lower;
}

TextWords::TextWords(std::string_view text)
    : tokens(TokenizeWords(text)), lower(LowerTokens(text, tokens, lower_buffer)) {}

bool Adjacent(std::string_view text, const NameToken& a, const NameToken& b) {
  size_t pos = a.end;
  if (a.dot_after && a.end - a.begin <= 4) ++pos;
  // ASCII blanks here; the first other byte decides, decoded only when it is no ASCII.
  while (pos < b.begin && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= b.begin) return true;
  if (static_cast<unsigned char>(text[pos]) < 0x80) return false;
  return OnlyBlanks(text, pos, b.begin);
}

}  // namespace vermeld
