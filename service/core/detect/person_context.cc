#include "core/detect/person_context.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <stdexcept>

#include "core/detect/name_tokens.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/person_evidence.h"

namespace vermeld {
namespace {

constexpr size_t kMaxSentence = 300;   // bytes looked at on each side of a term
constexpr size_t kHolderWords = 3;     // "personen met een handicap": holder three words back
constexpr size_t kFirstLine = 120;     // bytes of a line read for a salutation
constexpr size_t kLetterHead = 1000;   // bytes at the start in which a salutation line may stand
constexpr size_t kFaqHead = 400;       // bytes at the start that may call the text a FAQ
constexpr size_t kFaqHeading = 40;     // bytes of a line that heads a FAQ section
constexpr size_t kMaxParagraph = 400;  // bytes looked back for the start of a record block
constexpr size_t kMaxHeading = 80;     // bytes of a line that heads a paragraph
constexpr size_t kMaxListItems = 30;   // items read back to the label line of a list
constexpr size_t kMaxLabel = 40;       // bytes of a record's label before its colon, and after
constexpr size_t kMaxListIntro = 160;  // bytes of a line that introduces a list

// `label` (at most kMaxLabel bytes) in lower case: in `stack` when it is ASCII, else in `heap`.
std::string_view LoweredLabel(std::string_view label, std::array<char, kMaxLabel>& stack,
                              std::string& heap) {
  if (std::any_of(label.begin(), label.end(),
                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    heap = LowerUtf8(label);
    return heap;
  }
  std::copy(label.begin(), label.end(), stack.begin());
  LowerAsciiLetters(stack.data(), label.size());
  return {stack.data(), label.size()};
}

// The lists of PersonCueLists::cues.
enum CueFlag : uint32_t {
  kStrong = 1u << 0,      // person_cues.txt: "hij", "mijn"
  kWeak = 1u << 1,        // weak_person_cues.txt: "ze", "u", "vous"
  kNoun = 1u << 2,        // person_nouns.txt: "medewerker", "collègue"
  kPossessive = 1u << 3,  // possessives.txt: "onze", "notre"
  kHolder = 1u << 4,      // generic_holders.txt: "personen", "werknemers"
  kGeneral = 1u << 5,     // general_words.txt: "elke", "tous"
  kSingular = 1u << 6,    // singular_verbs.txt: "heeft", "ligt"
};

// True when the dot at text[p] ends a sentence: it does not close a title abbreviation ("M.
// Mukendi", "dhr. Peeters"). Out of line, so that SentenceEnd's byte test is inlined in the loops
// of StartOf and EndOf, which ask about every byte (4,000 calls a pass).
[[gnu::noinline]] bool DotEndsSentence(std::string_view text, size_t p, const NameTable& names) {
  if (p + 1 < text.size() && IsWordByte(text[p + 1])) return false;  // "02.12.09", "stad.be"
  size_t b = p;
  while (b > 0 && p - b < 5 && IsWordByte(text[b - 1])) --b;
  if (b == p || (b > 0 && IsWordByte(text[b - 1]))) return true;
  if (p - b == 1 && text[b] >= 'A' && text[b] <= 'Z') return false;  // an initial: "Ilias B.:"
  return !names.Has(LowerUtf8(text.substr(b, p - b)), kTitle);
}

// True when text[p] ends a sentence: ! ? a line break, or a dot that DotEndsSentence accepts.
bool SentenceEnd(std::string_view text, size_t p, const NameTable& names) {
  const char c = text[p];
  if (c == '!' || c == '?' || c == '\n') return true;
  return c == '.' && DotEndsSentence(text, p, names);
}

// A conjunction stands between words[from] and words[to]: "thuis met de kinderen en
// hartkloppingen" joins a new clause; the children do not hold the palpitations.
bool Conjunction(std::span<const std::string_view> words, size_t from, size_t to) {
  for (size_t k = from + 1; k < to; ++k) {
    for (std::string_view c : {"en", "et", "and", "of", "ou", "or", "maar", "mais", "but"}) {
      if (words[k] == c) return true;
    }
  }
  return false;
}

// The start of the sentence holding pos: after the last end mark before it, at most
// kMaxSentence bytes back.
size_t StartOf(std::string_view text, size_t pos, const NameTable& names) {
  const size_t limit = pos > kMaxSentence ? pos - kMaxSentence : 0;
  for (size_t p = pos; p > limit; --p) {
    if (SentenceEnd(text, p - 1, names)) return p;
  }
  return limit;
}

// The end of the sentence holding pos: its end mark, at most kMaxSentence bytes on.
size_t EndOf(std::string_view text, size_t pos, const NameTable& names) {
  const size_t limit = std::min(text.size(), pos + kMaxSentence);
  for (size_t p = pos; p < limit; ++p) {
    if (SentenceEnd(text, p, names)) return p;
  }
  return limit;
}

void AddAll(NameTable& table, const std::string& path, uint32_t flag) {
  for (const std::string& w : ReadListFile(path)) table.Add(LowerUtf8(w), flag);
}

std::shared_ptr<const PersonCueLists> Build(const std::string& data_dir) {
  auto lists = std::make_shared<PersonCueLists>();
  const std::string dir = data_dir + "/health/";
  lists->names = LoadNameLists(data_dir);
  AddAll(lists->cues, dir + "person_cues.txt", kStrong);
  AddAll(lists->cues, dir + "weak_person_cues.txt", kWeak);
  AddAll(lists->cues, dir + "person_nouns.txt", kNoun);
  AddAll(lists->cues, dir + "possessives.txt", kPossessive);
  AddAll(lists->cues, dir + "generic_holders.txt", kHolder);
  AddAll(lists->cues, dir + "general_words.txt", kGeneral);
  AddAll(lists->cues, dir + "singular_verbs.txt", kSingular);
  for (const std::string& o : ReadListFile(dir + "generic_openers.txt")) {
    lists->openers.push_back(LowerUtf8(o));
  }
  for (const std::string& l : ReadListFile(dir + "topic_labels.txt")) {
    lists->topic_labels.push_back(LowerUtf8(l));
  }
  AddAll(lists->subject_labels, dir + "subject_labels.txt", kStrong);
  for (const std::string& l : ReadListFile(dir + "record_labels.txt")) {
    const std::string lower = LowerUtf8(l);
    if (lower.size() < 4) {
      throw std::runtime_error("record label shorter than four bytes in " + dir +
                               "record_labels.txt: " + l);
    }
    uint32_t four;
    std::memcpy(&four, lower.data(), 4);
    lists->record_label_starts.set(RecordLabelStart(FoldedFour(four)));
    lists->record_labels.insert(lower);
  }
  for (const std::string& d : ReadListFile(dir + "care_documents.txt")) {
    lists->care_documents.insert(LowerUtf8(d));
  }
  return lists;
}

}  // namespace

std::shared_ptr<const PersonCueLists> LoadPersonCueLists(const std::string& data_dir) {
  return LoadOncePerDir<PersonCueLists>(data_dir, &Build);
}

PersonContext::PersonContext(const PersonCueLists& lists, const ScanText& scan,
                             std::span<const Finding> found)
    : lists_(lists), scan_(scan), text_(scan.text()), facts_(scan.Facts()) {
  // One birth date in a record's field, one national number or both (each perhaps written twice):
  // the document is a record about that one person. A list of residents with their birth dates
  // is about no one in particular, nor is a newsletter telling someone's birthday.
  std::string_view birth, number;
  bool several = false;
  auto one = [&](std::string_view& seen, const Finding& f) {
    const std::string_view value = text_.substr(f.begin, f.end - f.begin);
    several = several || (!seen.empty() && seen != value);
    seen = value;
  };
  for (const Finding& f : found) {
    if (f.type == "DATE_OF_BIRTH" && InRecordField(f.begin)) one(birth, f);
    if (f.type == "BE_NATIONAL_NUMBER" || f.type == "NL_BSN") one(number, f);
    // A birth date is someone's, named or not: "Een cliënt, geboren op 3 maart 1987, werd
    // opgenomen wegens een bipolaire stoornis".
    if (f.type == "DATE_OF_BIRTH") people_.push_back(f.begin);
    if (f.type != "PERSON") continue;
    people_.push_back(f.begin);
    if (f.score >= kCuedPersonScore) cued_people_.push_back(f.begin);
  }
  std::sort(people_.begin(), people_.end());
  std::sort(cued_people_.begin(), cued_people_.end());
  identified_ = !several && (!birth.empty() || !number.empty());
}

bool PersonContext::InRecordField(size_t pos) const {
  // A label's ':', a birth mark or a table's cell right before it, blanks aside: "Geboortedatum:
  // 07-05-1939", "°19-09-1941", "| 12/03/1990 |"; not "geboren op 3 mei 1925" in prose. A few
  // bytes back only: a line of a megabyte is not read once per date.
  size_t p = pos;
  while (p > 0 && pos - p < 8 && text_[p - 1] == ' ') --p;
  if (p == 0) return false;
  const char c = text_[p - 1];
  return c == ':' || c == '|' || c == '\t' || text_.substr(0, p).ends_with("\u00B0");
}

bool PersonContext::PersonFoundIn(size_t from, size_t to) const {
  const auto it = std::lower_bound(people_.begin(), people_.end(), from);
  return it != people_.end() && *it < to;
}

bool PersonContext::IsRecord() const {
  if (facts_.record) return *facts_.record;
  facts_.record = false;
  const TextLines& lines = scan_.Lines();
  // A subject line has a colon within kMaxLabel bytes of its start: the lines are reached from
  // the text's colons, one search for the first colon of each line that has one, not a search
  // in every line (the order of the lines does not change the answer).
  size_t line = 0;
  for (size_t colon = text_.find(':'); colon != std::string_view::npos;
       colon = text_.find(':', lines.End(line))) {
    while (lines.End(line) < colon) ++line;
    if (colon - lines.Begin(line) <= kMaxLabel && IsSubjectLine(lines.Line(line))) {
      facts_.record = true;
      return true;
    }
  }
  int sections = 0;  // lines opened by a medical section label
  for (size_t i = 0; i < lines.size() && lines.Begin(i) < text_.size() && sections < 2; ++i) {
    if (IsSectionLine(lines.Line(i))) ++sections;
  }
  facts_.record = sections >= 2;
  return *facts_.record;
}

bool PersonContext::IsSectionLine(std::string_view line) const {
  // "Medicatie: ...", "Voorgeschiedenis" alone as a heading, "| Medicatie | ... |" in a table,
  // "Diagnose (volgens verslag spoed): ...", "Medische voorgeschiedenis gekend bij de club:".
  while (!line.empty() && (line.front() == ' ' || line.front() == '|' || line.front() == '-' ||
                           line.front() == '*' || line.front() == '\t')) {
    line.remove_prefix(1);
  }
  // Read for every line of a text, so without a string: most lines are ruled out by their first
  // four bytes (when ASCII; every label has four), and a label that passes is lowered on the
  // stack (when ASCII, nearly always).
  if (line.size() < 4) return false;
  uint32_t four;
  std::memcpy(&four, line.data(), 4);
  if ((four & 0x80808080u) == 0 &&
      !lists_.record_label_starts.test(RecordLabelStart(FoldedFour(four)))) {
    return false;
  }
  // Only the head of the line is read: a label is short.
  std::string_view label = line.substr(0, kMaxLabel + 1);
  // A loop, not find_first_of: that calls memchr on its set once per byte.
  size_t stop = 0;
  while (stop < label.size() && label[stop] != ':' && label[stop] != '|' && label[stop] != '(' &&
         label[stop] != '\r') {
    ++stop;
  }
  label = label.substr(0, stop);
  if (label.size() > kMaxLabel) return false;
  while (!label.empty() && (label.back() == ' ' || label.back() == '\t')) label.remove_suffix(1);
  if (label.size() < 2) return false;
  std::array<char, kMaxLabel> stack;
  std::string heap;
  const std::string_view lower = LoweredLabel(label, stack, heap);
  if (lists_.record_labels.contains(lower)) return true;
  // The label's first one or two words: "medische voorgeschiedenis gekend bij de club".
  const size_t first = lower.find(' ');
  if (first == std::string_view::npos) return false;
  if (lists_.record_labels.contains(lower.substr(0, first))) return true;
  const size_t second = lower.find(' ', first + 1);
  return second != std::string_view::npos && lists_.record_labels.contains(lower.substr(0, second));
}

namespace {

constexpr std::array<std::string_view, 8> kFaqMarks = {
    "veelgestelde vragen",  "veel gestelde vragen", "faq",
    "vragen en antwoorden", "questions fréquentes", "questions-réponses",
    "foire aux questions",  "frequently asked"};

// A FAQ mark as a whole word in lower-case text.
bool HasFaqMark(std::string_view lower) {
  for (std::string_view mark : kFaqMarks) {
    const size_t at = lower.find(mark);
    if (at != std::string::npos && (at == 0 || !IsWordByte(lower[at - 1])) &&
        (at + mark.size() == lower.size() || !IsWordByte(lower[at + mark.size()]))) {
      return true;
    }
  }
  return false;
}

// HasFaqMark(LowerUtf8(head)). A head of ASCII bytes only (most) is lowered on the stack, as
// LowerUtf8 lowers it (A-Z alone change); every mark holds a 'q' or "vragen", so a head with
// neither holds none: two scans rather than a string and eight.
bool HeadHasFaqMark(std::string_view head) {
  char lower[kFaqHead];
  if (head.size() <= kFaqHead &&
      std::none_of(head.begin(), head.end(), [](char c) { return c & 0x80; })) {
    std::copy(head.begin(), head.end(), lower);
    LowerAsciiLetters(lower, head.size());
    const std::string_view l(lower, head.size());
    if (l.find('q') == std::string_view::npos && l.find("vragen") == std::string_view::npos) {
      return false;
    }
    return HasFaqMark(l);
  }
  return HasFaqMark(LowerUtf8(head));
}

// The lower-case line opens with a FAQ mark as a whole word.
bool OpensWithFaqMark(std::string_view lower) {
  for (std::string_view mark : kFaqMarks) {
    if (lower.starts_with(mark) &&
        (lower.size() == mark.size() || !IsWordByte(lower[mark.size()]))) {
      return true;
    }
  }
  return false;
}

// Whether a line opening with `first` may open with a FAQ mark once lowered. Lowering keeps an
// ASCII byte ASCII, so only a mark's first letter can; a line opening with another byte is not
// lowered (most short lines of a text, each a string).
bool MayOpenWithFaqMark(char first) {
  if (static_cast<unsigned char>(first) >= 0x80) return true;
  for (std::string_view mark : kFaqMarks) {
    if (mark[0] == LowerAscii(first)) return true;
  }
  return false;
}

}  // namespace

bool PersonContext::IsFaq(size_t pos) const {
  if (!facts_.faq_from) {
    facts_.faq_from = std::string_view::npos;
    if (HeadHasFaqMark(text_.substr(0, kFaqHead))) {
      facts_.faq_from = 0;
    } else {
      // A short line further on that opens with the mark heads a FAQ section ("Veelgestelde
      // vragen" after the news; not "Ik las ook jullie FAQ.").
      const TextLines& lines = scan_.Lines();
      for (size_t i = 0; i < lines.size() && lines.Begin(i) < text_.size(); ++i) {
        std::string_view line = lines.Line(i);
        const size_t length = line.size();
        while (!line.empty() && (line[0] == '#' || line[0] == '*' || line[0] == ' ')) {
          line.remove_prefix(1);
        }
        if (length <= kFaqHeading && !line.empty() && MayOpenWithFaqMark(line[0]) &&
            OpensWithFaqMark(LowerUtf8(line))) {
          facts_.faq_from = lines.Begin(i);
          break;
        }
      }
    }
  }
  return pos >= *facts_.faq_from;
}

bool PersonContext::NamedInParagraph(size_t from, size_t term_begin) const {
  const size_t floor = from > kMaxParagraph ? from - kMaxParagraph : 0;
  const size_t blank = text_.substr(floor, from - floor).rfind("\n\n");
  const size_t start =
      blank == std::string_view::npos ? (floor == 0 ? 0 : from) : floor + blank + 2;
  if (start >= from) return HeadingNamesSomeone(from);
  const Cues cues = Examine(start, from, from);
  // "Hij voelde een knak. ... Diagnose: kruisbandruptuur."; a pronoun does not reach a sentence
  // that opens with the term, a general statement: "Hij schreef het verslag. Diabetes komt ...".
  size_t first = from;
  while (first < term_begin && !IsWordByte(text_[first])) ++first;
  // A paragraph headed "K3 - de bewoner van kamer 3" is about that one resident too.
  return cues.named || cues.one || (cues.strong && first != term_begin) ||
         HeadingNamesSomeone(start);
}

bool PersonContext::HeadingNamesSomeone(size_t paragraph) const {
  // The paragraph's own heading, set apart by a blank line: "Overdracht – dhr. Claes\n\n...".
  if (paragraph < 2 || text_.substr(paragraph - 2, 2) != "\n\n") return false;
  const size_t end = paragraph - 2;
  // Only kMaxHeading bytes back: a long line is no heading, and is not read once per term.
  const size_t floor = end > kMaxHeading ? end - kMaxHeading - 1 : 0;
  const size_t nl = text_.substr(floor, end - floor).rfind('\n');
  if (nl == std::string_view::npos && floor > 0) return false;
  const size_t begin = nl == std::string_view::npos ? 0 : floor + nl + 1;
  if (end == begin) return false;
  // Not a speaker or author: "Lezing door dr. Peeters", "Conférence par le Dr Dupont".
  const std::string lower = LowerUtf8(text_.substr(begin, end - begin));
  for (std::string_view by : {"door", "par", "by", "dr", "dokter", "docteur", "prof"}) {
    for (size_t at = lower.find(by); at != std::string::npos; at = lower.find(by, at + 1)) {
      const size_t after = at + by.size();
      if ((at == 0 || !IsWordByte(lower[at - 1])) &&
          (after == lower.size() || !IsWordByte(lower[after]))) {
        return false;
      }
    }
  }
  const Cues heading = Examine(begin, end, end);
  return heading.named && !heading.rule;
}

bool PersonContext::IsLetter() const {
  if (facts_.letter) return *facts_.letter;
  facts_.letter = false;
  // The salutation may follow mail headers or a letterhead: each line of the head is read.
  const TextLines& lines = scan_.Lines();
  for (size_t i = 0;
       i < lines.size() && lines.Begin(i) < std::min(text_.size(), kLetterHead) && !*facts_.letter;
       ++i) {
    facts_.letter = IsSalutationLine(lines.Line(i).substr(0, kFirstLine));
  }
  return *facts_.letter;
}

bool PersonContext::IsSalutationLine(std::string_view line) const {
  const size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return false;
  line = line.substr(first);
  const std::vector<NameToken> tokens = TokenizeWords(line);
  if (tokens.size() < 2 && !(tokens.size() == 1 && line.find(',') != std::string_view::npos)) {
    return false;
  }
  std::string buffer;
  const std::vector<std::string_view> lower = LowerTokens(line, tokens, buffer);
  const NameTable& names = lists_.names->words;
  // "Beste Mark,", "Geachte heer Peeters,", "Madame,", "Mevrouw Claes,".
  return (names.Has(lower[0], kSalutation) && tokens.size() > 1 &&
          (tokens[1].capitalised || names.Has(lower[1], kTitle))) ||
         (names.Has(lower[0], kTitle) && line.find(',') != std::string_view::npos);
}

// "Cliënt: Ronny Vercammen", "Nom : Dubois", "Patient(e) / Patiënt(e) : Mme Hélène Pirard": a
// label holding a subject label word, a colon, then a name (after a title).
bool PersonContext::IsSubjectLine(std::string_view line) const {
  const size_t colon = line.substr(0, kMaxLabel + 1).find(':');  // not through a long line
  if (colon == std::string_view::npos || colon > kMaxLabel) return false;
  if (!MayHoldSubjectLabel(line.substr(0, colon))) return false;
  const std::vector<NameToken> tokens = TokenizeWords(line.substr(0, colon + kMaxLabel));
  std::string buffer;
  const std::vector<std::string_view> lower =
      LowerTokens(line.substr(0, colon + kMaxLabel), tokens, buffer);
  const NameTable& names = lists_.names->words;
  bool labelled = false;
  size_t i = 0;
  for (; i < tokens.size() && tokens[i].end <= colon; ++i) {
    labelled = labelled || lists_.subject_labels.Has(lower[i], kStrong);
  }
  if (!labelled) return false;
  const size_t after_label = i;
  while (i + 1 < tokens.size() && names.Has(lower[i], kTitle)) ++i;
  const bool titled = i > after_label;
  // Initials after a title: "mevrouw G.J. Dijkstra-Meijer".
  while (titled && i + 1 < tokens.size() && tokens[i].dot_after &&
         tokens[i].end - tokens[i].begin == 1) {
    ++i;
  }
  if (i >= tokens.size()) return false;
  const uint32_t name = names.Find(lower[i]);
  // After a title any capitalised word is a name; without one it must be a known name, also in
  // capitals as registers print a surname ("Naam: AHMADI").
  const bool known = (name & (kFirstName | kSurname)) && !(name & kAmbiguous);
  return !(name & kNotName) &&
         ((tokens[i].capitalised && (titled || known)) || (tokens[i].all_upper && known));
}

bool PersonContext::MayHoldSubjectLabel(std::string_view head) const {
  // The tokenizer's words are runs of letters and digits; in ASCII, those are the runs of
  // [A-Za-z0-9] here. A byte outside ASCII leaves the answer to the tokenizer.
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  std::array<char, kMaxLabel> word;
  for (size_t i = 0; i < head.size();) {
    if (static_cast<unsigned char>(head[i]) >= 0x80) return true;
    if (!alnum(head[i])) {
      ++i;
      continue;
    }
    size_t n = 0;
    for (; i < head.size() && alnum(head[i]); ++i) word[n++] = head[i] | 0x20;
    if (i < head.size() && static_cast<unsigned char>(head[i]) >= 0x80) return true;
    if (lists_.subject_labels.Has(std::string_view(word.data(), n), kStrong)) return true;
  }
  return false;
}

bool PersonContext::Named(size_t from, size_t to) const {
  return PersonFoundIn(from, to) || Examine(from, to, to).named;
}

bool PersonContext::WordEdge(size_t pos) const {
  // An end mark is in no word, and a word after it starts a sentence in the text as in the
  // sentence alone.
  auto mark = [](char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; };
  return pos == 0 || pos >= text_.size() || mark(text_[pos - 1]) || mark(text_[pos]);
}

PersonContext::Cues PersonContext::Examine(size_t from, size_t to, size_t term_begin) const {
  // The sentence's words: the text's, unless a word crosses an end of the sentence (one cut at
  // kMaxSentence bytes); then its own, with offsets from `from`.
  std::span<const NameToken> tokens;
  std::span<const std::string_view> lower;
  size_t offset = 0;
  std::vector<NameToken> own_tokens;
  std::string buffer;
  std::vector<std::string_view> own_lower;
  if (WordEdge(from) && WordEdge(to)) {
    const TextWords& words = scan_.Words();
    auto begins_before = [](const NameToken& t, size_t pos) { return t.begin < pos; };
    const auto first =
        std::lower_bound(words.tokens.begin(), words.tokens.end(), from, begins_before);
    const auto last = std::lower_bound(first, words.tokens.end(), to, begins_before);
    tokens = {first, last};
    lower = {words.lower.begin() + (first - words.tokens.begin()), tokens.size()};
  } else {
    const std::string_view sentence = text_.substr(from, to - from);
    own_tokens = TokenizeWords(sentence);
    own_lower = LowerTokens(sentence, own_tokens, buffer);
    tokens = own_tokens;
    lower = own_lower;
    offset = from;
  }
  const NameTable& names = lists_.names->words;
  Cues cues;
  if (tokens.empty()) return cues;
  std::vector<uint32_t> flags;  // CueFlags
  flags.reserve(tokens.size());
  for (size_t i = 0; i < lower.size(); ++i) {
    // "het haar van je kind" is hair, not "her".
    const bool hair = lower[i] == "haar" && i > 0 &&
                      (lower[i - 1] == "het" || lower[i - 1] == "'t" ||
                       (lists_.cues.Find(lower[i - 1]) & kPossessive));
    flags.push_back(hair ? 0 : lists_.cues.Find(lower[i]));
  }
  // The first token at or after the term; holders are looked for just before it.
  size_t term = 0;
  while (term < tokens.size() && offset + tokens[term].begin < term_begin) ++term;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    const uint32_t cue = flags[i];
    const bool next_capital = i + 1 < tokens.size() && tokens[i + 1].capitalised;
    if (!cues.named && (t.capitalised || next_capital)) {
      const uint32_t name = names.Find(lower[i]);
      const uint32_t given_or_surname = t.sentence_start ? kFirstName : kFirstName | kSurname;
      // Not a name in the name of a body: "AZ Maria Middelares", "Campus Jan Palfijn" (the word
      // before is no name, only blanks between; not "FYI Sofie", "Gent: Sofie").
      const bool after_body = i > 0 && (names.Find(lower[i - 1]) & kNotName) &&
                              Adjacent(text_.substr(offset), tokens[i - 1], tokens[i]);
      cues.named = (t.capitalised && (name & given_or_surname) &&
                    !(name & (kAmbiguous | kNotName)) && !after_body) ||
                   (next_capital && (name & kTitle));
    }
    // "ze" with a verb in the singular is "she" ("ze heeft", "heeft ze"); a person noun opening a
    // note without its article, before one, is one person ("Klant is erg overstuur").
    const bool singular_after = i + 1 < tokens.size() && (flags[i + 1] & kSingular);
    const bool she = lower[i] == "ze" && (singular_after || (i > 0 && (flags[i - 1] & kSingular)));
    const bool bare_noun = i == 0 && t.capitalised && (cue & kNoun) && singular_after;
    // A person noun named by a letter is one person: "Bestuurder B meldt pijn", "le conducteur
    // A", "patiënt X".
    const bool lettered_noun =
        (cue & kNoun) && i + 1 < tokens.size() && tokens[i + 1].end - tokens[i + 1].begin == 1 &&
        text_[offset + tokens[i + 1].begin] >= 'A' && text_[offset + tokens[i + 1].begin] <= 'Z' &&
        Adjacent(text_.substr(offset), t, tokens[i + 1]);
    if (!cues.strong &&
        ((cue & kStrong) || she || bare_noun || lettered_noun ||
         (i + 1 < tokens.size() && (cue & kPossessive) && (flags[i + 1] & kNoun)))) {
      cues.strong = true;
    } else if (!cues.weak && !cues.strong && (cue & kWeak)) {
      cues.weak = true;
    }
    // Not a group addressed: "mannen, bart ligt in het ziekenhuis".
    const bool addressed = i + 1 < tokens.size() &&
                           text_.substr(offset + t.end, tokens[i + 1].begin - t.end).find(',') !=
                               std::string_view::npos;
    if (i < term && term - i <= kHolderWords && (cue & kHolder) && !addressed &&
        !Conjunction(lower, i, term)) {
      cues.holder = true;
    }
    if (cue & (kHolder | kGeneral)) cues.people = true;
    // "de bewoner", "la patiente"; not a heading in capitals ("ZORG DICHTER BIJ DE PATIËNT").
    if (i > 0 && (cue & kNoun) && !t.all_upper &&
        (lower[i - 1] == "de" || lower[i - 1] == "het" || lower[i - 1] == "la" ||
         lower[i - 1] == "le" || lower[i - 1] == "l'")) {
      cues.one = true;
    }
  }
  // A rule or condition: the sentence opens with "als", "en cas de"...
  std::string head(lower[0]);
  for (size_t i = 1; i < std::min<size_t>(tokens.size(), 4); ++i) (head += ' ') += lower[i];
  for (const std::string& o : lists_.openers) {
    if (head.starts_with(o) &&
        (head.size() == o.size() || o.back() == '\'' || !IsWordByte(head[o.size()]))) {
      cues.rule = true;
    }
  }
  return cues;
}

double PersonContext::Near(const Cues& cues, size_t pos) const {
  const bool nearby =
      !cues.people && (identified_ || CuedPersonNear(pos)) && !InTopicLine(pos) && !InHeading(pos);
  return nearby ? kPersonNearScore : 0;
}

bool PersonContext::InHeading(size_t pos) const {
  const TextLines& lines = scan_.Lines();
  const size_t at = lines.LineOf(pos);
  const std::string_view line = lines.Line(at);
  // A long line heads nothing (and is not searched for a colon once per detail on it: that was
  // quadratic on a long line without one).
  if (line.size() >= kMaxHeading) return false;
  // A form's field is no heading: "Reden aanmelding: diabetes type 2" under a national number.
  const size_t colon = line.find(": ");
  const size_t in_line = pos - static_cast<size_t>(line.data() - text_.data());
  if (colon != std::string_view::npos && colon <= kMaxLabel && colon < in_line) return false;
  return line.find_first_of(".!?") == std::string_view::npos && !InLabelledList(at);
}

// A list item under a medical record's section label ("Traitement à la sortie :\n- metformine
// 850 mg") or under a line copying a care letter ("Uit de ontslagbrief van AZ Sint-Jozef:") is a
// field of the record, not a title; items under other labels or headings ("De
// opleiding behandelt:\n- depressie", "Profiel\n- ervaring met palliatieve zorg") are not taken:
// courses, job offers and programmes list them.
bool PersonContext::InLabelledList(size_t line) const {
  const TextLines& lines = scan_.Lines();
  auto item = [](std::string_view l) {
    return l.starts_with("- ") || l.starts_with("* ") || l.starts_with("\u2022 ") ||
           l.starts_with("\u2013 ");
  };
  if (!item(lines.Line(line))) return false;
  for (size_t back = 0; back < kMaxListItems && line > 0; ++back) {
    std::string_view above = lines.Line(--line);
    if (item(above)) continue;
    while (above.ends_with(' ') || above.ends_with('\r')) above.remove_suffix(1);
    return above.ends_with(':') && (IsSectionLine(above) || NamesCareDocument(above));
  }
  return false;
}

bool PersonContext::NamesCareDocument(std::string_view line) const {
  if (line.size() > kMaxListIntro) return false;  // read once per item: a short line only
  const std::string lower = LowerUtf8(line);
  // Copied from one: "Uit de ontslagbrief ...", "Volgens de verwijsbrief ...", "In de ...";
  // not "Wat hoort in een goede verwijsbrief:".
  static constexpr std::string_view kOpeners[] = {"uit ", "volgens ", "in de ", "in het "};
  if (std::none_of(std::begin(kOpeners), std::end(kOpeners),
                   [&](std::string_view o) { return lower.starts_with(o); })) {
    return false;
  }
  for (size_t i = 0; i < lower.size();) {
    while (i < lower.size() && !IsWordByte(lower[i])) ++i;
    size_t end = i;
    while (end < lower.size() && IsWordByte(lower[end])) ++end;
    if (end > i && lists_.care_documents.contains(std::string_view(lower).substr(i, end - i))) {
      return true;
    }
    i = end;
  }
  return false;
}

bool PersonContext::InTopicLine(size_t pos) const {
  const TextLines& lines = scan_.Lines();
  const std::string_view line = lines.Line(lines.LineOf(pos));
  const size_t before = pos - static_cast<size_t>(line.data() - text_.data());
  const std::string head = LowerUtf8(line.substr(0, std::min(before, kMaxLabel)));
  if (head.find(':') == std::string::npos) return false;
  for (const std::string& label : lists_.topic_labels) {
    if (head.starts_with(label) &&
        (head.size() == label.size() || !IsWordByte(head[label.size()]))) {
      return true;
    }
  }
  return false;
}

bool PersonContext::CuedPersonNear(size_t pos) const {
  const auto it = std::lower_bound(cued_people_.begin(), cued_people_.end(),
                                   pos > kNearBytes ? pos - kNearBytes : 0);
  return it != cued_people_.end() && *it < pos + kNearBytes;
}

double PersonContext::Score(size_t begin, size_t end) const {
  const NameTable& names = lists_.names->words;
  const size_t from = StartOf(text_, begin, names);
  const size_t to = EndOf(text_, end, names);
  const Cues cues = Examine(from, to, begin);
  if (cues.holder) return 0;
  if (cues.named || PersonFoundIn(from, to)) return kPersonNamedScore;
  if (cues.rule || IsFaq(begin)) return 0;
  // The paragraph first: IsRecord reads every line of the text (once a text), which a named
  // paragraph spares.
  if (cues.strong || NamedInParagraph(from, begin) || IsRecord()) return kPersonPronounScore;
  if (!cues.weak) return Near(cues, begin);
  if (IsLetter()) return kPersonPronounScore;
  const bool named_before = from > 0 && Named(StartOf(text_, from - 1, names), from - 1);
  const bool named_after = to < text_.size() && Named(to + 1, EndOf(text_, to + 1, names));
  if (named_before || named_after) return kPersonPronounScore;
  return Near(cues, begin);
}

}  // namespace vermeld
