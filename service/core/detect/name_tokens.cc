#include "core/detect/name_tokens.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>

#include "core/detect/byte_lanes.h"
#include "core/detect/name_lists.h"
#include "core/detect/spare_room.h"
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
// inner marks and the bytes that need decoding (ClassMasks holds the same classes for 64 bytes).
enum : uint8_t {
  kUpper = 1,
  kLower = 2,
  kOtherLetter = 4,
  kDigit = 8,
  kInner = 16,  // '-': inside a word only
  kSlow = 32,   // an apostrophe or a byte >= 0x80: decoded and looked at closely
};
constexpr uint8_t kLetter = kUpper | kLower | kOtherLetter;
constexpr uint8_t kWord = kLetter | kDigit;

constexpr std::array<uint8_t, 256> kByte = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = c >= 'A' && c <= 'Z'     ? kUpper
               : c >= 'a' && c <= 'z'   ? kLower
               : c >= '0' && c <= '9'   ? kDigit
               : c == '-'               ? kInner
               : c == '\'' || c >= 0x80 ? kSlow
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

// What the characters of a word say about its case: nonzero when it holds upper-case letters,
// lower-case letters, digits (ORed bit masks of its runs, so that no test is made per run).
struct TokenShape {
  uint64_t upper = 0, lower = 0, digit = 0;
  size_t uppers = 0;  // upper-case letters, counted up to two at least

  void Add(uint8_t bits) {
    upper |= bits & kUpper;
    lower |= bits & kLower;
    digit |= bits & kDigit;
    uppers += bits & kUpper;
  }
};

// The classes of 64 bytes of text as bit masks, bit i for byte base + i; bytes past the text's
// end are in none. Word ends and separator runs are then found by counting bits rather than by a
// loop that exits at a byte-dependent place (a mispredicted branch at nearly every word).
struct ClassMasks {
  uint64_t word = 0, upper = 0, digit = 0;  // ASCII letters and digits, upper case, digits
  uint64_t line_end = 0, sentence_end = 0;  // \n \r, and . ! ? :
  uint64_t slow = 0, inner = 0;             // kSlow, kInner
};

// The top bits of the lanes of v, at bit `shift` on.
uint64_t Bits(Lanes::Vector v, int shift) { return uint64_t{Lanes::TopBits(v)} << shift; }

// The masks of the block that holds a position, loaded when the position leaves the last one.
class TextBlocks {
 public:
  explicit TextBlocks(std::string_view text) : text_(text) {}

  const ClassMasks& At(size_t pos) {
    if (pos - base_ >= 64) Load(pos & ~size_t{63});
    return masks_;
  }
  size_t base() const { return base_; }

 private:
  void Load(size_t base) {
    base_ = base;
    alignas(16) char tail[64] = {};  // a zero byte is in no class
    const char* bytes = text_.data() + base;
    if (text_.size() - base < 64) {
      std::memcpy(tail, bytes, text_.size() - base);
      bytes = tail;
    }
    masks_ = ClassMasks{};
    for (int i = 0; i < 4; ++i) {
      const Lanes::Vector v = Lanes::Load(bytes + 16 * i);
      const int shift = 16 * i;
      const Lanes::Vector upper = Lanes::InRange(v, 'A', 26);
      const Lanes::Vector digit = Lanes::InRange(v, '0', 10);
      masks_.word |= Bits(Lanes::Or(Lanes::Or(upper, digit), Lanes::InRange(v, 'a', 26)), shift);
      masks_.upper |= Bits(upper, shift);
      masks_.digit |= Bits(digit, shift);
      masks_.line_end |= Bits(Lanes::Or(Lanes::Equal(v, '\n'), Lanes::Equal(v, '\r')), shift);
      masks_.sentence_end |= Bits(Lanes::Or(Lanes::Or(Lanes::Equal(v, '.'), Lanes::Equal(v, '!')),
                                            Lanes::Or(Lanes::Equal(v, '?'), Lanes::Equal(v, ':'))),
                                  shift);
      masks_.slow |= Bits(Lanes::Or(v, Lanes::Equal(v, '\'')), shift);  // top bit: a byte >= 0x80
      masks_.inner |= Bits(Lanes::Equal(v, '-'), shift);
    }
  }

  std::string_view text_;
  size_t base_ = ~size_t{0} - 64;  // no block: pos - base_ wraps to pos + 65
  ClassMasks masks_;
};

// The first position from pos on of a word byte or a kSlow byte (text.size() if none), noting a
// line or sentence end among the bytes passed over.
size_t SkipSeparators(TextBlocks& blocks, size_t pos, size_t size, bool& line_start,
                      bool& sentence_start) {
  while (pos < size) {
    const ClassMasks& m = blocks.At(pos);
    const uint64_t from = ~uint64_t{0} << (pos - blocks.base());
    const uint64_t stops = (m.word | m.slow) & from;
    const uint64_t passed = from & ((stops & -stops) - 1);  // all from pos on when stops is 0
    if (m.line_end & passed) line_start = sentence_start = true;
    if (m.sentence_end & passed) sentence_start = true;
    if (stops != 0) return blocks.base() + std::countr_zero(stops);
    pos = blocks.base() + 64;
  }
  return size;
}

// Adds the ASCII letters and digits from p on, most bytes of a word, to `shape`; returns where
// they end.
size_t AddAsciiRun(TextBlocks& blocks, size_t p, size_t size, TokenShape& shape) {
  while (p < size) {
    const ClassMasks& m = blocks.At(p);
    const unsigned offset = p - blocks.base();
    const unsigned length = std::countr_one(m.word >> offset);
    const uint64_t run = (length == 64 ? ~uint64_t{0} : (uint64_t{1} << length) - 1) << offset;
    const uint64_t upper = m.upper & run;
    shape.upper |= upper;
    shape.lower |= run & ~(m.upper | m.digit);
    shape.digit |= m.digit & run;
    shape.uppers += (upper != 0) + ((upper & (upper - 1)) != 0);  // only "two or more" is read
    p += length;
    if (offset + length < 64) break;
  }
  return p;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (kByte[c] & kWord) != 0;
  return u_isalnum(static_cast<UChar32>(c));
}

// The letter bits of the first letter of the word text[begin, end), digits and inner marks
// skipped; 0 when it has none. Looked up after the word rather than per character: the first
// character is a letter in nearly every word, and mostly an ASCII one, read from kByte (any
// other byte has no letter bit there) without decoding.
uint8_t FirstLetter(std::string_view text, size_t begin, size_t end) {
  if (const uint8_t ascii = kByte[static_cast<unsigned char>(text[begin])] & kLetter) return ascii;
  for (size_t p = begin; p < end;) {
    const uint8_t bits = Classify(PeekAt(text, p, &p)) & kLetter;
    if (bits != 0) return bits;
  }
  return 0;
}

bool IsBlank(char32_t c) { return c == ' ' || c == '\t' || c == U'\u00A0' || c == U'\u202F'; }

// Most words: ASCII letters and digits from pos on that end inside pos's block, at a byte that
// neither goes on with the word ('-', an apostrophe) nor needs decoding. Added as the general
// path below adds them, read off the block's masks: no per-run loop, and the first letter's case
// from the masks too (the digits before it skipped, as FirstLetter does). Returns false, adding
// nothing, for any other word; else moves pos past it.
bool AddAsciiWord(TextBlocks& blocks, std::string_view text, size_t& pos,
                  std::vector<NameToken>& tokens, bool& line_start, bool& sentence_start) {
  const ClassMasks& m = blocks.At(pos);
  const unsigned offset = pos - blocks.base();
  const unsigned length = std::countr_one(m.word >> offset);
  const unsigned after = offset + length;
  if (length == 0 || after >= 64 || ((m.slow | m.inner) >> after & 1) != 0) return false;
  const uint64_t run = ((uint64_t{1} << length) - 1) << offset;
  const uint64_t upper = m.upper & run;
  const uint64_t letters = run & ~m.digit;
  const size_t end = pos + length;
  const bool all_upper = (upper & (upper - 1)) != 0 && (letters & ~upper) == 0;
  // Built whole, not value-initialised and then filled field by field: that cost some 20
  // instructions more a word.
  tokens.push_back({.begin = pos,
                    .end = end,
                    .capitalised = !all_upper && upper != 0 && (letters & -letters & upper) != 0,
                    .all_upper = all_upper,
                    .has_digit = (m.digit & run) != 0,
                    .dot_after = end < text.size() && text[end] == '.',
                    .sentence_start = sentence_start,
                    .line_start = line_start});
  sentence_start = line_start = false;
  pos = end;
  return true;
}

// A person noun made of an abbreviation ("EHBO'er", "ICT'ers", "CLB’er") is a common noun, not
// a capitalised word: "verzorgd door EHBO'er Stijn" names Stijn, no firm "EHBO'er Stijn".
bool AbbreviationPersonNoun(std::string_view word) {
  for (const std::string_view suffix : {"'er", "'ers", "\u2019er", "\u2019ers"}) {
    if (!word.ends_with(suffix)) continue;
    const std::string_view head = word.substr(0, word.size() - suffix.size());
    return head.size() >= 2 &&
           std::all_of(head.begin(), head.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  return false;
}

// TokenizeWords into `tokens`, which must be empty (its room is kept: TextWords reuses it).
void TokenizeInto(std::string_view text, std::vector<NameToken>& tokens) {
  tokens.reserve(text.size() / 6 + 1);  // about one word in six bytes of prose
  bool sentence_start = true;
  bool line_start = true;
  size_t pos = 0;
  TextBlocks blocks(text);
  while ((pos = SkipSeparators(blocks, pos, text.size(), line_start, sentence_start)) <
         text.size()) {
    if (AddAsciiWord(blocks, text, pos, tokens, line_start, sentence_start)) continue;
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    const uint8_t kind = kByte[b];
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
        // Chats end sentences with an emoji: "sinds vannacht 🤕 Kan Youssef ...".
        if (c >= 0x1F000 || (c >= 0x2600 && c < 0x2800)) sentence_start = true;
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
    while ((p = AddAsciiRun(blocks, p, text.size(), shape)) < text.size()) {
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
      t.hyphen = t.hyphen || ch == '-';
      p = n;
    }
    t.end = p;
    t.has_digit = shape.digit != 0;
    t.all_upper = shape.uppers >= 2 && shape.lower == 0;
    t.capitalised = !t.all_upper && shape.upper != 0 && FirstLetter(text, start, p) == kUpper &&
                    !AbbreviationPersonNoun(text.substr(start, p - start));
    t.dot_after = p < text.size() && text[p] == '.';
    pos = p;
  }
}

// LowerTokens into `lower`, which must be empty (its room is kept, as TokenizeInto's).
void LowerInto(std::string_view text, const std::vector<NameToken>& tokens, std::string& buffer,
               std::vector<std::string_view>& lower) {
  // ASCII words are lower-cased in a copy of the whole text, at their own offsets; the others
  // are appended after it. Room for them from the start (lowering may lengthen a word): appending
  // regrew the buffer, a copy of the text, in most texts that have such words.
  size_t non_ascii = 0;
  size_t non_ascii_words = 0;
  for (const NameToken& t : tokens) {
    non_ascii += t.ascii ? 0 : t.end - t.begin;
    non_ascii_words += !t.ascii;
  }
  buffer.reserve(text.size() + 2 * non_ascii);
  buffer.assign(text);
  LowerAsciiLetters(buffer.data(), buffer.size());
  // Offsets of the non-ASCII words, then the end; none if ASCII. Sized at once: growing it by
  // push_back reallocated it some twice a text.
  std::vector<size_t> appended;
  if (non_ascii_words > 0) appended.reserve(non_ascii_words + 1);
  for (const NameToken& t : tokens) {
    if (t.ascii) continue;
    appended.push_back(buffer.size());
    AppendLowerUtf8(text.substr(t.begin, t.end - t.begin), buffer);
  }
  if (!appended.empty()) appended.push_back(buffer.size());
  // Views only now: appending may have moved the buffer.
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
}

// The thread's spare room for TextWords' buffers (spare_room.h).
struct SpareWords {
  std::vector<NameToken> tokens;
  std::string lower_buffer;
  std::vector<std::string_view> lower;
};
thread_local SpareWords spare_words;

}  // namespace

std::vector<NameToken> TokenizeWords(std::string_view text) {
  std::vector<NameToken> tokens;
  TokenizeInto(text, tokens);
  return tokens;
}

std::vector<std::string_view> LowerTokens(std::string_view text,
                                          const std::vector<NameToken>& tokens,
                                          std::string& buffer) {
  std::vector<std::string_view> lower;
  LowerInto(text, tokens, buffer, lower);
  return lower;
}

TextWords::TextWords(std::string_view text) {
  TakeSpare(tokens, spare_words.tokens);
  TakeSpare(lower_buffer, spare_words.lower_buffer);
  TakeSpare(lower, spare_words.lower);
  TokenizeInto(text, tokens);
  LowerInto(text, tokens, lower_buffer, lower);
}

TextWords::~TextWords() {
  KeepSpare(tokens, spare_words.tokens);
  KeepSpare(lower_buffer, spare_words.lower_buffer);
  KeepSpare(lower, spare_words.lower);
}

bool OnlyBlanks(std::string_view text, size_t pos, size_t end) {
  while (pos < end) {
    size_t next;
    if (!IsBlank(PeekAt(text, pos, &next))) return false;
    pos = next;
  }
  return true;
}

}  // namespace vermeld
