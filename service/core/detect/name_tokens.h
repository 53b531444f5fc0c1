// Splits text into word tokens for the name recognizers. A word is a run of letters and digits
// with inner hyphens and apostrophes ("Anne-Marie", "d'Ursel", "l'échevine"); "'t" and "'s" are
// words of their own. Linear in the text length; offsets are UTF-8 bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vermeld {

struct NameToken {
  size_t begin = 0;
  size_t end = 0;
  bool capitalised = false;     // first letter upper case, the rest not all upper case
  bool all_upper = false;       // two or more letters, all upper case ("KBO", "VAN")
  bool has_digit = false;       // "12A", "B2B"
  bool dot_after = false;       // a '.' follows immediately ("J.", "dhr.")
  bool sentence_start = false;  // first word of the text, of a line, or after . ! ? :
  bool line_start = false;      // first word of its line
  bool ascii = true;            // every byte below 0x80: lower-casing keeps the length
  bool hyphen = false;          // an inner hyphen joins parts ("CLB-medewerker", "Jean-Marie")
};

std::vector<NameToken> TokenizeWords(std::string_view text);

// The lower-case form (LowerUtf8) of each token, written one after the other into `buffer`
// (cleared first) rather than into a string each; the views are valid while buffer is unchanged.
std::vector<std::string_view> LowerTokens(std::string_view text,
                                          const std::vector<NameToken>& tokens,
                                          std::string& buffer);

// The words of a whole text and their lower-case forms, made once per text (ScanText::Words) and
// read by every recognizer that reads words. Neither copied nor moved: `lower` points into
// `lower_buffer`.
struct TextWords {
  explicit TextWords(std::string_view text);
  ~TextWords();  // leaves its buffers' room to the next TextWords of the thread
  TextWords(const TextWords&) = delete;
  TextWords& operator=(const TextWords&) = delete;

  std::vector<NameToken> tokens;        // TokenizeWords
  std::string lower_buffer;             // LowerTokens' buffer
  std::vector<std::string_view> lower;  // LowerTokens, one per token
};

// True when only blanks (spaces, tabs, no-break spaces) fill text[pos, end). Out of line:
// Adjacent's ASCII path then saves no registers.
[[gnu::noinline]] bool OnlyBlanks(std::string_view text, size_t pos, size_t end);

// True when only blanks (spaces, tabs, no-break spaces) separate two tokens, or a dot and blanks
// when `a` is an abbreviation of at most four bytes ("J. Peeters", "dhr. De Smet"). Inline: the
// person scanner asks once per token, and a call cost more than the usual one space between.
inline bool Adjacent(std::string_view text, const NameToken& a, const NameToken& b) {
  size_t pos = a.end;
  if (a.dot_after && a.end - a.begin <= 4) ++pos;
  // ASCII spaces here; the first other byte decides, decoded only when it is no ASCII. Not a
  // tab: it parts the cells of a table ("Naam<TAB>Van<TAB>Tot").
  while (pos < b.begin && text[pos] == ' ') ++pos;
  if (pos >= b.begin) return true;
  if (static_cast<unsigned char>(text[pos]) < 0x80) return false;
  return OnlyBlanks(text, pos, b.begin);
}

}  // namespace vermeld
