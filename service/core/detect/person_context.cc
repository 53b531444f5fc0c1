#include "core/detect/person_context.h"

#include <algorithm>

#include "core/detect/name_tokens.h"

namespace vermeld {
namespace {

constexpr size_t kMaxSentence = 300;  // bytes looked at on each side of a term
constexpr size_t kHolderWords = 3;    // "personen met een handicap": holder three words back
constexpr size_t kFirstLine = 120;    // bytes of the first line read for a salutation

bool WordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// True when text[p] ends a sentence: ! ? a line break, or a dot that does not close a title
// abbreviation ("M. Mukendi", "dhr. Peeters").
bool SentenceEnd(std::string_view text, size_t p, const WordSet& titles) {
  const char c = text[p];
  if (c == '!' || c == '?' || c == '\n') return true;
  if (c != '.') return false;
  size_t b = p;
  while (b > 0 && p - b < 5 && WordByte(text[b - 1])) --b;
  if (b == p || (b > 0 && WordByte(text[b - 1]))) return true;
  return !titles.contains(LowerUtf8(text.substr(b, p - b)));
}

// The start of the sentence holding pos: after the last end mark before it, at most
// kMaxSentence bytes back.
size_t StartOf(std::string_view text, size_t pos, const WordSet& titles) {
  const size_t limit = pos > kMaxSentence ? pos - kMaxSentence : 0;
  for (size_t p = pos; p > limit; --p) {
    if (SentenceEnd(text, p - 1, titles)) return p;
  }
  return limit;
}

// The end of the sentence holding pos: its end mark, at most kMaxSentence bytes on.
size_t EndOf(std::string_view text, size_t pos, const WordSet& titles) {
  const size_t limit = std::min(text.size(), pos + kMaxSentence);
  for (size_t p = pos; p < limit; ++p) {
    if (SentenceEnd(text, p, titles)) return p;
  }
  return limit;
}

WordSet ReadSet(const std::string& path) {
  WordSet set;
  for (const std::string& w : ReadListFile(path)) set.insert(LowerUtf8(w));
  return set;
}

std::shared_ptr<const PersonCueLists> Build(const std::string& data_dir) {
  auto lists = std::make_shared<PersonCueLists>();
  const std::string dir = data_dir + "/health/";
  lists->names = LoadNameLists(data_dir);
  lists->strong = ReadSet(dir + "person_cues.txt");
  lists->weak = ReadSet(dir + "weak_person_cues.txt");
  lists->nouns = ReadSet(dir + "person_nouns.txt");
  lists->possessives = ReadSet(dir + "possessives.txt");
  lists->holders = ReadSet(dir + "generic_holders.txt");
  for (const std::string& o : ReadListFile(dir + "generic_openers.txt")) {
    lists->openers.push_back(LowerUtf8(o));
  }
  return lists;
}

}  // namespace

std::shared_ptr<const PersonCueLists> LoadPersonCueLists(const std::string& data_dir) {
  return LoadOncePerDir<PersonCueLists>(data_dir, &Build);
}

PersonContext::PersonContext(const PersonCueLists& lists, std::string_view text)
    : lists_(lists), text_(text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return;
  std::string_view line = text.substr(first, kFirstLine);
  line = line.substr(0, line.find('\n'));
  const std::vector<NameToken> tokens = TokenizeWords(line);
  if (tokens.size() < 2 && !(tokens.size() == 1 && line.find(',') != std::string_view::npos)) {
    return;
  }
  auto lower = [&](size_t i) {
    return LowerUtf8(line.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  };
  const NameLists& names = *lists_.names;
  const std::string opener = lower(0);
  // "Beste Mark,", "Geachte heer Peeters,", "Madame,", "Mevrouw Claes,".
  letter_ = (names.salutations.contains(opener) && tokens.size() > 1 &&
             (tokens[1].capitalised || names.titles.contains(lower(1)))) ||
            (names.titles.contains(opener) && line.find(',') != std::string_view::npos);
}

bool PersonContext::Named(size_t from, size_t to) const { return Examine(from, to, to).named; }

PersonContext::Cues PersonContext::Examine(size_t from, size_t to, size_t term_begin) const {
  const std::string_view sentence = text_.substr(from, to - from);
  const std::vector<NameToken> tokens = TokenizeWords(sentence);
  const NameLists& names = *lists_.names;
  Cues cues;
  if (tokens.empty()) return cues;
  std::vector<std::string> lower;
  lower.reserve(tokens.size());
  for (const NameToken& t : tokens) {
    lower.push_back(LowerUtf8(sentence.substr(t.begin, t.end - t.begin)));
  }
  // The first token at or after the term; holders are looked for just before it.
  size_t term = 0;
  while (term < tokens.size() && from + tokens[term].begin < term_begin) ++term;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    const std::string& w = lower[i];
    const bool next_capital = i + 1 < tokens.size() && tokens[i + 1].capitalised;
    // Cheap tests and the likely misses first: this runs for every word near every term.
    if (!cues.named) {
      cues.named =
          (t.capitalised &&
           (names.first_names.contains(w) || (!t.sentence_start && names.surnames.contains(w))) &&
           !names.ambiguous.contains(w) && !names.not_names.contains(w)) ||
          (next_capital && names.titles.contains(w));
    }
    if (!cues.strong &&
        (lists_.strong.contains(w) || (i + 1 < tokens.size() && lists_.possessives.contains(w) &&
                                       lists_.nouns.contains(lower[i + 1])))) {
      cues.strong = true;
    } else if (!cues.weak && !cues.strong && lists_.weak.contains(w)) {
      cues.weak = true;
    }
    if (i < term && term - i <= kHolderWords && lists_.holders.contains(w)) cues.holder = true;
  }
  // A rule or condition: the sentence opens with "als", "en cas de"...
  std::string head = lower[0];
  for (size_t i = 1; i < std::min<size_t>(tokens.size(), 4); ++i) head += " " + lower[i];
  for (const std::string& o : lists_.openers) {
    if (head.starts_with(o) &&
        (head.size() == o.size() || o.back() == '\'' || !WordByte(head[o.size()]))) {
      cues.rule = true;
    }
  }
  return cues;
}

double PersonContext::Score(size_t begin, size_t end) const {
  const WordSet& titles = lists_.names->titles;
  const size_t from = StartOf(text_, begin, titles);
  const size_t to = EndOf(text_, end, titles);
  const Cues cues = Examine(from, to, begin);
  if (cues.holder) return 0;
  if (cues.named) return kPersonNamedScore;
  if (cues.rule) return 0;
  if (cues.strong) return kPersonPronounScore;
  if (!cues.weak) return 0;
  if (letter_) return kPersonPronounScore;
  const bool named_before = from > 0 && Named(StartOf(text_, from - 1, titles), from - 1);
  const bool named_after = to < text_.size() && Named(to + 1, EndOf(text_, to + 1, titles));
  return named_before || named_after ? kPersonPronounScore : 0;
}

}  // namespace vermeld
