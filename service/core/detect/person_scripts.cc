#include "core/detect/person_scripts.h"

#include <cstddef>

namespace vermeld {
namespace {

constexpr int kMostWords = 4;
constexpr size_t kLongestWord = 60;  // bytes: twenty characters of three

// The bytes of the character at text[i] when it belongs to a script other than Latin (its marks
// too: Devanagari's vowel signs), else 0: Greek, Cyrillic, Armenian, Hebrew, Arabic and the others
// up to U+1FFF but Latin Extended Additional (U+1E00-U+1EFF, Vietnamese), and CJK and Hangul
// (U+3000-U+DFFF); not punctuation, symbols or emoji.
size_t OtherScriptAt(std::string_view text, size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
  if (next < 0x80 || next > 0xBF) return 0;
  if ((lead == 0xCD && next >= 0xB0) || (lead >= 0xCE && lead <= 0xDF)) return 2;
  const bool three = lead == 0xE0 || (lead == 0xE1 && (next < 0xB8 || next > 0xBB)) ||
                     (lead >= 0xE3 && lead <= 0xED);
  return three && i + 2 < text.size() ? 3 : 0;
}

// The end of the run of up to kMostWords words in other scripts, one blank apart, that starts at
// `pos`; `pos` when none starts there.
size_t RunFrom(std::string_view text, size_t pos) {
  size_t end = pos;
  for (int words = 0; words < kMostWords; ++words) {
    size_t i = words == 0 ? pos : end + 1;
    if (words > 0 && (i >= text.size() || text[end] != ' ')) break;
    const size_t word = i;
    for (size_t n;
         i < text.size() && i - word < kLongestWord && (n = OtherScriptAt(text, i)) != 0;) {
      i += n;
    }
    if (i == word || i - word >= kLongestWord) break;
    end = i;
  }
  return end;
}

// The start of the run of up to kMostWords words in other scripts, one blank apart, that ends at
// `pos`; `pos` when none ends there.
size_t RunTo(std::string_view text, size_t pos) {
  size_t begin = pos;
  for (int words = 0; words < kMostWords; ++words) {
    size_t i = words == 0 ? pos : begin - 1;
    if (words > 0 && (begin == 0 || text[begin - 1] != ' ')) break;
    const size_t word = i;
    while (i > 0 && word - i < kLongestWord) {
      size_t start = i - 1;  // back to the first byte of the character before i
      while (start > 0 && i - start < 3 &&
             (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
        --start;
      }
      if (OtherScriptAt(text, start) != i - start) break;
      i = start;
    }
    if (i == word || word - i >= kLongestWord) break;
    begin = i;
  }
  return begin;
}

size_t SkipBlanks(std::string_view text, size_t pos) {
  for (int i = 0; i < 2 && pos < text.size() && text[pos] == ' '; ++i) ++pos;
  return pos;
}

size_t SkipBlanksBack(std::string_view text, size_t pos) {
  for (int i = 0; i < 2 && pos > 0 && text[pos - 1] == ' '; ++i) --pos;
  return pos;
}

}  // namespace

bool InOtherScript(std::string_view words) {
  return !words.empty() && RunFrom(words, 0) == words.size();
}

void FindNamesInOtherScripts(std::string_view text, std::vector<Finding>& found) {
  const size_t names = found.size();
  for (size_t n = 0; n < names; ++n) {
    const Finding f = found[n];
    // After: "Al-Khatib (رانيا الخطيب)", "Mulu / ሙሉ ተስፋየ".
    size_t pos = SkipBlanks(text, f.end);
    if (pos < text.size() && (text[pos] == '(' || text[pos] == '/')) {
      const bool bracket = text[pos] == '(';
      const size_t begin = SkipBlanks(text, pos + 1);
      const size_t end = RunFrom(text, begin);
      const size_t close = SkipBlanks(text, end);
      if (end > begin && (!bracket || (close < text.size() && text[close] == ')'))) {
        found.push_back({"PERSON", begin, end, f.score});
      }
    }
    // Before: "Петро Бондаренко / Petro Bondarenko".
    pos = SkipBlanksBack(text, f.begin);
    if (pos == 0 || text[pos - 1] != '/') continue;
    const size_t end = SkipBlanksBack(text, pos - 1);
    const size_t begin = RunTo(text, end);
    if (begin < end) found.push_back({"PERSON", begin, end, f.score});
  }
}

}  // namespace vermeld
