#include "core/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

// Characters some tools insert invisibly; they must neither split nor change a word.
bool IsInvisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD ||
         (cp >= 0x2062 && cp <= 0x2064) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
         (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  const int8_t type = u_charType(cp);
  return u_isalnum(cp) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

// NFKC + case folding, then diacritics removed via NFD minus non-spacing marks.
std::string FoldWord(const std::string& raw) {
  bool ascii = true;
  for (unsigned char c : raw) ascii &= c < 0x80;
  if (ascii) {
    std::string out = raw;
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(raw);
  s = nfd->normalize(nfkc_cf->normalize(s, status), status);
  if (U_FAILURE(status)) return raw;
  std::string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const UChar32 cp = s.char32At(i);
    if (u_charType(cp) != U_NON_SPACING_MARK) AppendUtf8(static_cast<char32_t>(cp), out);
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::string StemDutch(std::string_view word) {
  std::string s(word);
  constexpr size_t kMinStem = 3;
  struct Rule {
    std::string_view suffix, replacement;
  };
  static constexpr Rule kRules[] = {{"heden", "heid"}, {"tjes", ""}, {"tje", ""}, {"jes", ""},
                                    {"je", ""},        {"en", ""},   {"e", ""},   {"s", ""}};
  for (const Rule& r : kRules) {
    if (EndsWith(s, r.suffix) && s.size() - r.suffix.size() >= kMinStem) {
      s.resize(s.size() - r.suffix.size());
      s += r.replacement;
      break;
    }
  }
  const size_t n = s.size();
  if (n >= 2 && s[n - 1] == s[n - 2] && !IsVowel(s[n - 1])) {
    s.pop_back();  // bakk -> bak
  } else if (n >= 4 && !IsVowel(s[n - 1]) && IsVowel(s[n - 2]) && s[n - 2] == s[n - 3] &&
             s[n - 2] != 'i') {
    s.erase(n - 2, 1);  // maak -> mak
  }
  if (!s.empty() && s.back() == 'v') s.back() = 'f';
  if (!s.empty() && s.back() == 'z') s.back() = 's';
  return s;
}

std::vector<NormalizedWord> NormalizeWords(std::string_view text) {
  std::vector<NormalizedWord> words;
  std::string raw;
  size_t begin = 0, last_end = 0;
  auto flush = [&] {
    if (raw.empty()) return;
    words.push_back({StemDutch(FoldWord(raw)), begin, last_end});
    raw.clear();
  };
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, pos);
    if (IsInvisible(cp)) {
      if (!raw.empty()) last_end = pos;
      continue;
    }
    if (IsWordChar(cp)) {
      if (raw.empty()) begin = start;
      raw.append(text.substr(start, pos - start));
      last_end = pos;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace vermeld
