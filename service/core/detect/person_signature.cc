#include "core/detect/person_signature.h"

#include "core/detect/name_tokens.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

constexpr double kSignatureScore = 0.85;
constexpr size_t kMaxNameLine = 60;  // bytes; longer lines are sentences, not names
constexpr int kMaxBlankLines = 2;
constexpr size_t kMaxWishLine = 40;  // bytes of a closing line with a wish after the closing

struct Line {
  size_t begin;
  size_t end;  // without the line break
};

// Trims blanks and a trailing comma or dot from [begin, end).
Line Trim(std::string_view text, Line l) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (l.begin < l.end && blank(text[l.begin])) ++l.begin;
  while (l.end > l.begin && (blank(text[l.end - 1]) || text[l.end - 1] == ',')) --l.end;
  return l;
}

// Drops the quote marks of a replied-to mail from the line's start: "> > Groeten, An".
Line Unquoted(std::string_view text, Line l) {
  while (l.begin < l.end &&
         (text[l.begin] == '>' || text[l.begin] == ' ' || text[l.begin] == '\t')) {
    ++l.begin;
  }
  return l;
}

// The length of the longest closing phrase that starts the line and is followed by a comma or
// by nothing but " !."; 0 when the line does not start with a closing. Only the ends that such a
// phrase can have are looked up.
size_t ClosingLength(std::string_view lower_line, bool comma_after, const NameTable& words) {
  const size_t tail = lower_line.find_last_not_of(" !.") + 1;  // npos + 1 == 0
  for (size_t end = lower_line.size(); end > 0; --end) {
    if ((end >= tail || lower_line[end] == ',') && words.Has(lower_line.substr(0, end), kClosing)) {
      return end;
    }
  }
  // A closing with a wish after it, the whole short line followed by a comma (`comma_after`):
  // "Groetjes en tot dinsdag,", "Merci et à bientôt,".
  if (lower_line.size() > kMaxWishLine || !comma_after) return 0;
  for (size_t end = lower_line.find(' '); end != std::string_view::npos;
       end = lower_line.find(' ', end + 1)) {
    if (words.Has(lower_line.substr(0, end), kClosing)) return lower_line.size();
  }
  return 0;
}

// False when the lower-case form of the line cannot start with a closing, judged from its first
// two bytes when both are ASCII (lower-casing then maps them alone); most lines are ruled out
// before they are lower-cased.
bool MayStartClosing(std::string_view line, const NameLists& lists) {
  if (line.size() < 2) return true;
  const auto lower = [](char c) {
    return static_cast<size_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a'
                                                    : static_cast<unsigned char>(c));
  };
  if ((line[0] | line[1]) & 0x80) return true;
  return lists.closing_starts.test(lower(line[0]) << 8 | lower(line[1]));
}

// A French article elided before a noun: a desk signs "L'économat", "L'Échevinat de la Culture";
// after a given name a capital keeps it a surname ("Marie L'Écluse", "Marc L'Hoest").
bool ArticleElided(std::string_view word, bool opens_line) {
  if (word.size() < 3 || (word[0] != 'L' && word[0] != 'l')) return false;
  for (std::string_view mark : {"'", "\u2019"}) {
    if (word.substr(1).starts_with(mark) && word.size() > 1 + mark.size()) {
      if (opens_line) return true;
      return CapitalAt(word, 1 + mark.size()) == 0;  // "L'Écluse" keeps its capital
    }
  }
  return false;
}

// True when the line is one to five capitalised words, initials and particles without digits.
bool LooksLikeName(std::string_view line, const NameLists& lists) {
  if (line.empty() || line.size() > kMaxNameLine) return false;
  for (char c : line) {
    const bool ok = static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z') ||
                    (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '-' || c == '\'';
    if (!ok) return false;
  }
  const std::vector<NameToken> tokens = TokenizeWords(line);
  if (tokens.empty() || tokens.size() > 5 || !tokens.front().capitalised) return false;
  std::string buffer;
  const std::vector<std::string_view> lower = LowerTokens(line, tokens, buffer);
  int words = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    // Not a function written like a name: "Ruud Kuijpers, HR-adviseur".
    const uint32_t flags = FlagsWithCompoundFunction(lists, lower[i]);
    if ((flags & kNotName) || ((flags & kFunction) && !(flags & (kFirstName | kSurname))) ||
        IsNonNameCompound(lists, lower[i]) ||
        ArticleElided(line.substr(t.begin, t.end - t.begin), i == 0)) {
      return false;
    }
    if (t.capitalised && t.end - t.begin > 1) {
      ++words;
    } else if (!(t.capitalised && t.dot_after) && !(flags & kParticle)) {
      return false;
    }
  }
  return words > 0;
}

// Reports the parts of a name line that look like names; parts are separated by ',' or '|'
// ("Wagenparkbeheer, Annemiek", "Jan Peeters | Communicatie"), and a name part ends at a bracket
// or a spaced dash ("Griet (coördinator) – 0473 11 62 09").
void AddNameParts(std::string_view text, Line line, const NameLists& lists,
                  std::vector<Finding>& out) {
  for (size_t begin = line.begin; begin < line.end;) {
    // Looked for in the line only, by a loop: find_first_of read on to the text's next ',' or
    // '|', calling memchr on its set for every byte.
    size_t end = begin;
    while (end < line.end && text[end] != ',' && text[end] != '|' && text[end] != '(' &&
           !(text[end] == ' ' && end + 1 < line.end &&
             (text[end + 1] == '-' || text.substr(end + 1, 3) == "\u2013"))) {
      ++end;
    }
    const Line part = Trim(text, {begin, end});
    if (LooksLikeName(text.substr(part.begin, part.end - part.begin), lists)) {
      out.push_back({"PERSON", part.begin, part.end, kSignatureScore});
    }
    // Past the separator, and past the dash of a spaced dash.
    begin = end + 1;
    if (end < line.end && text[end] == ' ') {
      begin += text[end + 1] == '-' ? 1 : 3;
    }
  }
}

}  // namespace

void FindSignatureNames(const TextLines& lines, const NameLists& lists, std::vector<Finding>& out) {
  const std::string_view text = lines.text();
  int blanks_left = -1;  // >= 0: looking for the name line after a closing
  std::string lower;     // reused for every line
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line line = Unquoted(text, Trim(text, {lines.Begin(i), lines.End(i)}));
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    size_t closing = 0;
    if (!content.empty() && content.size() < 80 && MayStartClosing(content, lists)) {
      lower.clear();
      AppendLowerUtf8(content, lower);
      const bool comma_after = line.end < text.size() && text[line.end] == ',';
      closing = ClosingLength(lower, comma_after, lists.words);
      // The whole line (a closing with a wish): in the text's bytes, which lower-casing may
      // have made more ("Ⱥ" -> "ⱥ").
      if (closing == lower.size()) closing = content.size();
    }
    if (blanks_left >= 0) {
      if (content.empty()) {
        --blanks_left;
      } else {
        // "Merci.\nCordialement,": a second closing line is no name but waits for one.
        if (closing == 0) AddNameParts(text, line, lists, out);
        blanks_left = -1;
      }
    }
    if (closing > 0) {
      Line rest = Trim(text, {line.begin + closing, line.end});
      while (rest.begin < rest.end && (text[rest.begin] == ',' || text[rest.begin] == ' ')) {
        ++rest.begin;
      }
      const std::string_view name = text.substr(rest.begin, rest.end - rest.begin);
      if (name.find_first_not_of(" !.") == std::string_view::npos) {
        blanks_left = kMaxBlankLines;
      } else {
        AddNameParts(text, rest, lists, out);
      }
    }
  }
}

}  // namespace vermeld
