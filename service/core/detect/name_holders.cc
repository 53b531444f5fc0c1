#include "core/detect/name_holders.h"

#include <algorithm>

#include "core/detect/name_lists.h"

namespace vermeld {
namespace {

enum : uint32_t { kHolderWord = 1, kLegalForm = 2 };

bool Blank(char c) { return c == ' ' || c == '\t'; }

// A word ends at a blank, a line end or punctuation that cannot be inside a name.
bool WordByte(char c) {
  return !Blank(c) && c != '\n' && c != '\r' && c != ',' && c != ';' && c != ':' && c != '(' &&
         c != ')' && c != '"' && c != '\'' && c != '/';
}

// The bytes of `s` other than dots.
size_t NonDots(std::string_view s) {
  return s.size() - static_cast<size_t>(std::count(s.begin(), s.end(), '.'));
}

// The word ending right before `pos`, blanks skipped (not line ends); empty if none, or if it
// has more than `limit` bytes besides dots: then it is no listed word, and is not read to its
// start (a word of names, "Jan.Jan.Jan...", was read once per name in it: quadratic). Dots are
// counted only past `limit` bytes, in the rare longer words.
std::string_view WordBefore(std::string_view text, size_t pos, size_t limit) {
  size_t end = pos;
  while (end > 0 && Blank(text[end - 1])) --end;
  size_t begin = end;
  const size_t floor = end > limit ? end - limit : 0;
  while (begin > floor && WordByte(text[begin - 1])) --begin;
  if (begin == floor && begin > 0 && WordByte(text[begin - 1])) {
    size_t bytes = NonDots(text.substr(begin, end - begin));
    for (; begin > 0 && WordByte(text[begin - 1]); --begin) {
      if (text[begin - 1] != '.' && ++bytes > limit) return {};
    }
  }
  return text.substr(begin, end - begin);
}

// The word starting at `pos` after blanks (not line ends); empty if none or longer than `limit`
// as for WordBefore.
std::string_view WordAfter(std::string_view text, size_t pos, size_t limit) {
  while (pos < text.size() && Blank(text[pos])) ++pos;
  size_t end = pos;
  const size_t stop = std::min(text.size(), pos + limit);
  while (end < stop && WordByte(text[end])) ++end;
  if (end == stop && end < text.size() && WordByte(text[end])) {
    size_t bytes = NonDots(text.substr(pos, end - pos));
    for (; end < text.size() && WordByte(text[end]); ++end) {
      if (text[end] != '.' && ++bytes > limit) return {};
    }
  }
  return text.substr(pos, end - pos);
}

// The flags of `word` lower-cased in `table`. Short ASCII words (nearly all) are lowered on the
// stack: LowerUtf8's string was most of the cost of Holds.
uint32_t FindLower(const NameTable& table, std::string_view word) {
  char lower[32];
  if (word.size() > sizeof lower ||
      std::any_of(word.begin(), word.end(), [](char c) { return c & 0x80; })) {
    return table.Find(LowerUtf8(word));
  }
  std::copy(word.begin(), word.end(), lower);
  LowerAsciiLetters(lower, word.size());
  return table.Find({lower, word.size()});
}

}  // namespace

NameHolders::NameHolders(const std::vector<std::string>& holder_words,
                         const std::vector<std::string>& legal_forms) {
  size_t longest = 0;
  for (const std::string& w : holder_words) {
    words_.Add(LowerUtf8(w), kHolderWord);
    longest = std::max(longest, w.size());
  }
  for (const std::string& w : legal_forms) {
    words_.Add(LowerUtf8(w), kLegalForm);
    longest = std::max(longest, w.size());
  }
  // Lower-casing shrinks a character at most from 3 bytes to 1 (the Kelvin sign to k).
  max_word_ = 4 * longest;
}

std::shared_ptr<const NameHolders> NameHolders::Load(const std::string& data_dir) {
  return LoadOncePerDir<NameHolders>(data_dir, [](const std::string& dir) {
    return std::make_shared<const NameHolders>(ReadListFile(dir + "/names/holder_words.txt"),
                                               ReadListFile(dir + "/names/legal_forms.txt"));
  });
}

bool NameHolders::IsHolder(std::string_view word) const {
  return !word.empty() && (FindLower(words_, word) & kHolderWord);
}

bool NameHolders::IsLegalForm(std::string_view word) const {
  std::string bare;
  for (char c : word) {
    if (c != '.') bare += c;
  }
  if (bare.empty()) return false;
  const bool lower =
      std::none_of(bare.begin(), bare.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (lower && bare.size() <= 2) return false;  // "sa", "ag" are also ordinary words
  return (FindLower(words_, bare) & kLegalForm) != 0;
}

bool NameHolders::Holds(std::string_view text, size_t begin, size_t end) const {
  if (IsHolder(WordBefore(text, begin, max_word_)) || IsHolder(WordAfter(text, begin, max_word_))) {
    return true;
  }
  const std::string_view after = WordAfter(text, end, max_word_);
  return after == "&" || IsLegalForm(after);
}

}  // namespace vermeld
