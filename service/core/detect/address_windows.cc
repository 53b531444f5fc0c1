#include "core/detect/address_windows.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/detect/address_fields.h"
#include "core/detect/address_patterns.h"

namespace vermeld {
namespace {

// The most street words the French patterns allow between the type word and the number, or
// after it: four capitalised words, each after a particle of up to two words ("de la").
constexpr int kStreetTokens = 12;
// The most non-blank bytes of a house number ("12A-14 boîte 3B"; blanks inside are free).
constexpr size_t kNumberBytes = 21;
// The most bytes of a "Postbus" word with its preceding character ("boîte poſtale" and "(").
constexpr size_t kPostbusBytes = 20;
// How those words end, folded.
constexpr std::array<std::string_view, 4> kPostbusEnds = {"postbus", "postale", "b.p.", "box"};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
// 0x80 in each byte of `bytes` (eight bytes of text as loaded on x86) that is a blank, 0 in the
// others: exact in every byte, so the first and the last blank can both be read off.
uint64_t BlankBytes(uint64_t bytes) {
  constexpr uint64_t kOnes = 0x0101010101010101u;
  constexpr uint64_t kLow7 = kOnes * 0x7F;
  auto zero = [](uint64_t x) { return ~(((x & kLow7) + kLow7) | x | kLow7); };
  return zero(bytes ^ (kOnes * ' ')) | zero(bytes ^ (kOnes * '\t'));
}
bool IsNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }
// Case folding by byte: | 0x20 maps A-Z to a-z and the second byte of a Latin-1 capital (É,
// C3 89) to its small letter (é, C3 A9), and merges a few non-letters: a superset of what RE2's
// (?i) and LowerUtf8 equate, but for the characters HasOddFold finds.
char Fold(char c) { return static_cast<char>(c | 0x20); }
// True when `s` holds a character that folds to ASCII from outside it: K (Kelvin sign) and ſ
// (long s) in RE2, İ in LowerUtf8.
bool HasOddFold(std::string_view s) {
  constexpr auto npos = std::string_view::npos;
  return s.find("\xC5\xBF") != npos || s.find("\xC4\xB0") != npos || s.find("\xE2\x84\xAA") != npos;
}

// A byte of a capitalised word ([\p{L}'’-]: non-ASCII bytes may be letters or ’).
bool IsWordByte(char c) { return IsAsciiLetter(c) || c == '\'' || c == '-' || IsNonAscii(c); }
// A byte of a street-name token between type word and number (words, particles, a comma).
bool IsStreetByte(char c) { return IsWordByte(c) || c == ','; }
// A token between type word and number: a capitalised word or a particle (case-sensitive in
// the patterns: de, la, l', du, des, d', le, aux, van, der, den, op, naar), each maybe glued to
// the next.
bool IsStreetToken(std::string_view token) {
  const char first = token[0];
  const bool start = (first >= 'A' && first <= 'Z') || IsNonAscii(first) || first == 'd' ||
                     first == 'l' || first == 'a' || first == 'v' || first == 'o' || first == 'n';
  return start && std::all_of(token.begin(), token.end(), IsStreetByte);
}
// A byte of a house number (digits, letters, '-', '/', "b.", the "î" of "boîte") or a blank.
bool IsNumberByte(char c) {
  return IsAsciiAlnum(c) || c == '-' || c == '/' || c == '.' || c == '\xC3' || c == '\xAE' ||
         IsBlank(c);
}

// True when `token` ends with `folded` (a word with every byte folded).
bool EndsWithFolded(std::string_view token, std::string_view folded) {
  if (token.size() < folded.size()) return false;
  const std::string_view tail = token.substr(token.size() - folded.size());
  return std::equal(tail.begin(), tail.end(), folded.begin(),
                    [](char a, char b) { return Fold(a) == b; });
}

class Finder {
 public:
  Finder(const ScanText& scan, const WordEnds& types, const WordEnds& suffixes)
      : text_(scan.text()),
        runs_(scan.DigitRuns()),
        types_(types),
        suffixes_(suffixes),
        odd_text_(HasOddFold(text_)) {}

  AddressWindows Find() {
    AddressWindows w;
    std::vector<ByteSpan> suffixed;  // dutch windows whose word may end in a suffix
    for (size_t i = 0; i < runs_.size(); ++i) {
      const ByteSpan run = runs_[i];
      const size_t floor = i > 0 ? runs_[i - 1].end : 0;  // no pattern reaches over digits
      const bool house_number = text_[run.begin] != '0';
      const bool after_blank = run.begin > 0 && IsBlank(text_[run.begin - 1]);
      if (house_number && after_blank) {
        DutchStreet(run, floor, w.dutch_street, suffixed);
        FrenchStreet(run, floor, w.french_street);
      }
      if (house_number) NumberFirst(run, floor, w.number_first);
      if (after_blank) Postbus(run, floor, w.postbus);
      if (house_number && run.end - run.begin == 4) Postcodes(run, floor, w);
    }
    w.dutch_street = KeepHolding(w.dutch_street, suffixed);
    return w;
  }

 private:
  // Start of the blank-separated token ending at `end`, not before `floor`. Both ends are found
  // eight bytes at a time: only blanks end a token, not line ends, so a token often runs on over
  // several lines (the byte loops were 1.6% of the pass).
  size_t TokenStart(size_t end, size_t floor) const {
    for (uint64_t bytes; end >= floor + 8; end -= 8) {
      std::memcpy(&bytes, text_.data() + end - 8, 8);
      if (const uint64_t blanks = BlankBytes(bytes); blanks != 0) {
        return end - 8 + static_cast<size_t>(63 - std::countl_zero(blanks)) / 8 + 1;
      }
    }
    while (end > floor && !IsBlank(text_[end - 1])) --end;
    return end;
  }
  size_t TokenEnd(size_t begin) const {
    for (uint64_t bytes; begin + 8 <= text_.size(); begin += 8) {
      std::memcpy(&bytes, text_.data() + begin, 8);
      if (const uint64_t blanks = BlankBytes(bytes); blanks != 0) {
        return begin + static_cast<size_t>(std::countr_zero(blanks)) / 8;
      }
    }
    while (begin < text_.size() && !IsBlank(text_[begin])) ++begin;
    return begin;
  }
  size_t SkipBlanksBack(size_t pos, size_t floor) const {
    while (pos > floor && IsBlank(text_[pos - 1])) --pos;
    return pos;
  }
  size_t SkipBlanks(size_t pos) const {
    while (pos < text_.size() && IsBlank(text_[pos])) ++pos;
    return pos;
  }

  // An upper bound for the end of a house number starting at `begin`.
  size_t NumberReach(size_t begin) const {
    size_t bytes = 0;
    size_t pos = begin;
    while (pos < text_.size() && IsNumberByte(text_[pos])) {
      if (!IsBlank(text_[pos]) && ++bytes > kNumberBytes) break;
      ++pos;
    }
    return pos;
  }

  // True when a street-type word may end `token` with only one character before it in the
  // token (the pattern's preceding non-letter, "(rue").
  bool MayEndInType(std::string_view token) const {
    if (OddFold(token)) return true;
    for (const std::string& t : types_.Candidates(token)) {
      if (EndsWithFolded(token, t) &&
          (token.size() == t.size() || !IsAsciiAlnum(token[token.size() - t.size() - 1]))) {
        return true;
      }
    }
    return false;
  }
  bool MayBeType(std::string_view token) const {
    if (OddFold(token)) return true;
    for (const std::string& t : types_.Candidates(token)) {
      if (token.size() == t.size() && EndsWithFolded(token, t)) return true;
    }
    return false;
  }

  // "Kerkstraat 12", "Kerkstr. 12": a capitalised word, maybe a dot, blanks, the number.
  void DutchStreet(ByteSpan run, size_t floor, std::vector<ByteSpan>& all,
                   std::vector<ByteSpan>& suffixed) const {
    const size_t word_end = SkipBlanksBack(run.begin, floor);
    // The pattern's word may end in a dot ("Kerkstr."); the suffix list holds it too.
    size_t begin = word_end > floor && text_[word_end - 1] == '.' ? word_end - 1 : word_end;
    while (begin > floor && IsWordByte(text_[begin - 1])) --begin;
    const std::string_view word = text_.substr(begin, word_end - begin);
    const bool capital = std::any_of(
        word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || IsNonAscii(c); });
    if (!capital && !IsLowerCaseStreetWord(word)) return;
    const ByteSpan window{begin, NumberReach(run.begin)};
    AddWindow(all, window);
    // The recognizer wants LowerUtf8(the matched word) to end in a suffix; the word ends this one.
    // Or the word fills an address field ("Adres: Westzijde 221") or an address block's street
    // line.
    bool suffix =
        OddFold(word) || AfterStreetField(text_, begin) || StreetLineOfBlock(text_, begin);
    for (const std::string& s : suffixes_.Candidates(word))
      suffix = suffix || EndsWithFolded(word, s);
    if (suffix) suffixed.push_back(window);
  }

  // "rue de la Loi 16": a type word, up to kStreetTokens street tokens, blanks, the number.
  void FrenchStreet(ByteSpan run, size_t floor, std::vector<ByteSpan>& windows) const {
    size_t end = run.begin;
    size_t type = std::string_view::npos;
    for (int tokens = 0; tokens <= kStreetTokens; ++tokens) {
      end = SkipBlanksBack(end, floor);
      if (end == floor) break;
      const size_t begin = TokenStart(end, floor);
      const std::string_view token = text_.substr(begin, end - begin);
      if (MayEndInType(token)) type = begin;
      if (!IsStreetToken(token)) break;
      end = begin;
    }
    if (type == std::string_view::npos) return;
    AddWindow(windows, {std::max(type, floor + 1) - 1, NumberReach(run.begin)});
  }

  // "16, avenue Louise": the number, the type word as the second to fourth token, street tokens.
  // Everything after the number's token is the same for every run in that token: it is found
  // once per token, else a token of many numbers ("1-1-1-...") was read again for each of them
  // (quadratic: 5.7 s for 100 KB).
  void NumberFirst(ByteSpan run, size_t floor, std::vector<ByteSpan>& windows) {
    if (run.begin > 0 && IsAsciiLetter(text_[run.begin - 1])) return;
    if (run.begin >= number_token_end_) {  // not in the token of the last run looked at
      number_token_end_ = TokenEnd(run.begin);
      street_end_ = StreetAfterNumber(number_token_end_);
    }
    if (street_end_ == std::string_view::npos) return;
    AddWindow(windows, {std::max(run.begin - std::min<size_t>(run.begin, 4), floor), street_end_});
  }

  // The end of the street after a number's token ending at `pos`: a type word as the second to
  // fourth token, then street tokens; npos without a type word.
  size_t StreetAfterNumber(size_t pos) const {
    size_t after_type = std::string_view::npos;
    for (int token = 2; token <= 4; ++token) {
      const size_t begin = SkipBlanks(pos);
      pos = TokenEnd(begin);
      if (begin == pos) break;
      if (MayBeType(text_.substr(begin, pos - begin))) after_type = pos;
    }
    if (after_type == std::string_view::npos) return after_type;
    pos = after_type;
    for (int tokens = 0; tokens < kStreetTokens; ++tokens) {
      const size_t begin = SkipBlanks(pos);
      if (begin == text_.size()) break;
      pos = TokenEnd(begin);
      if (!IsStreetToken(text_.substr(begin, pos - begin))) break;
    }
    return pos;
  }

  // "Postbus 123": "postbus", "boîte postale", "b.p.", "p.o. box" or "po box", blanks, the
  // number. The character before the word may be the previous run's last digit.
  void Postbus(ByteSpan run, size_t floor, std::vector<ByteSpan>& windows) const {
    const size_t word_end = SkipBlanksBack(run.begin, floor);
    if (word_end == floor) return;
    const size_t word = TokenStart(word_end, floor);
    const std::string_view token = text_.substr(word, word_end - word);
    auto ends = [&](std::string_view e) { return EndsWithFolded(token, e); };
    if (!OddFold(token) && std::none_of(kPostbusEnds.begin(), kPostbusEnds.end(), ends)) return;
    const size_t lowest = floor > 0 ? floor - 1 : 0;
    const size_t begin = word_end > lowest + kPostbusBytes ? word_end - kPostbusBytes : lowest;
    AddWindow(windows, {begin, run.end});
  }

  // "1015 CJ Amsterdam" and "B-3000 Leuven": four digits, then two capitals or a place word.
  void Postcodes(ByteSpan run, size_t floor, AddressWindows& w) const {
    auto capital = [&](size_t pos) {
      return pos < text_.size() && text_[pos] >= 'A' && text_[pos] <= 'Z';
    };
    auto word_after = [&](size_t pos) {
      pos = SkipBlanks(pos);
      while (pos < text_.size() && IsWordByte(text_[pos])) ++pos;
      return pos;
    };
    const size_t before = run.begin > floor + 8 ? run.begin - 8 : floor;  // "(B- " before
    size_t letters = run.end;                                             // "1015CJ" or "1015 CJ"
    if (letters < text_.size() && IsBlank(text_[letters])) ++letters;
    if ((run.begin == 0 || !IsAsciiLetter(text_[run.begin - 1])) && capital(letters) &&
        capital(letters + 1)) {
      AddWindow(w.nl_postcode, {before, word_after(letters + 2)});
    }
    const size_t city = SkipBlanks(run.end);
    if (city > run.end && city < text_.size() &&
        (IsAsciiLetter(text_[city]) || IsNonAscii(text_[city]))) {
      AddWindow(w.be_postcode, {before, word_after(city)});
    }
  }

  // The windows of `all` that hold one of `wanted` (both sorted, each wanted window inside one
  // of all). A dutch match whose word lacks a suffix is dropped by the recognizer anyway, and
  // as no match crosses a window, dropping its whole window changes no other match.
  static std::vector<ByteSpan> KeepHolding(const std::vector<ByteSpan>& all,
                                           const std::vector<ByteSpan>& wanted) {
    std::vector<ByteSpan> kept;
    size_t j = 0;
    for (const ByteSpan& w : wanted) {
      while (all[j].end < w.end) ++j;
      if (kept.empty() || kept.back() != all[j]) kept.push_back(all[j]);
    }
    return kept;
  }

  // HasOddFold(token), tested on the whole text first: such characters are rare, and a test
  // per token was a quarter of the finder's time.
  bool OddFold(std::string_view token) const { return odd_text_ && HasOddFold(token); }

  std::string_view text_;
  const std::vector<ByteSpan>& runs_;
  const WordEnds& types_;
  const WordEnds& suffixes_;
  const bool odd_text_;
  size_t number_token_end_ = 0;  // NumberFirst: the end of the last number's token, and
  size_t street_end_ = 0;        // the end of the street after it (npos: none)
};

}  // namespace

WordEnds::WordEnds(const std::vector<std::string>& words) {
  for (std::string w : words) {
    if (w.empty()) continue;
    for (char& c : w) c = Fold(c);
    by_last_[static_cast<unsigned char>(w.back())].push_back(w);
  }
}

const std::vector<std::string>& WordEnds::Candidates(std::string_view token) const {
  return by_last_[static_cast<unsigned char>(Fold(token.back()))];
}

AddressWindows AddressWindowFinder::Find(const ScanText& scan) const {
  return Finder(scan, types_, suffixes_).Find();
}

}  // namespace vermeld
