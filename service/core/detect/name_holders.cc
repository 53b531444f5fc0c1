#include "core/detect/name_holders.h"

#include <algorithm>
#include <array>

#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

// kCapitalHolder: a holder only when capitalised, a plural trade that is an everyday noun in lower
// case ("Verzekeringen Verbeke" / "voor de verzekeringen Sofie Peeters bellen").
enum : uint32_t {
  kHolderWord = 1,
  kLegalForm = 2,
  kFigureWord = 4,
  kCapitalHolder = 8,
  kLeadingHolder = 16,  // holds only the name after it: never a name's last word
  kFunctionWord = 32,
};

// How far before an address its organisation's name is looked for.
constexpr size_t kOrganisationBytes = 100;
// Longer names are no listed public figure (and are not lower-cased to find out).
constexpr size_t kMaxFigureBytes = 80;
// How far back the head of a list of names is looked for ("de tunnels Leopold II, Belliard,
// Louise en Stefanie").
constexpr size_t kListBytes = 150;
// Words after a name that may complete a public figure's name.
constexpr int kFigureExtraWords = 3;

bool Blank(char c) { return c == ' ' || c == '\t'; }

// A word ends at a blank, a line end or punctuation that cannot be inside a name.
bool WordByte(char c) {
  return !Blank(c) && c != '\n' && c != '\r' && c != ',' && c != ';' && c != ':' && c != '(' &&
         c != ')' && c != '"' && c != '\'' && c != '/';
}

// The position of the last byte of `s` for which is(byte) holds, or npos. A loop: find_last_of
// calls memchr on its set once per byte of `s`.
template <typename Pred>
size_t FindLast(std::string_view s, Pred is) {
  for (size_t i = s.size(); i > 0; --i) {
    if (is(s[i - 1])) return i - 1;
  }
  return std::string_view::npos;
}

// The last three bytes of `word` (three or more) lower-cased, as a number, when every byte of
// it is ASCII: LowerUtf8 then lowers each byte alone. Else 0.
uint32_t AsciiEnd(std::string_view word) {
  if (std::any_of(word.begin(), word.end(), [](char c) { return c & 0x80; })) return 0;
  char end[3];
  std::copy(word.end() - 3, word.end(), end);
  LowerAsciiLetters(end, 3);
  return static_cast<unsigned char>(end[0]) << 16 | static_cast<unsigned char>(end[1]) << 8 |
         static_cast<unsigned char>(end[2]);
}

constexpr size_t kMaxPreposition = 8;  // bytes of the longest word DutchArticle looks for

size_t EndBit(uint32_t end) { return (end * 0x9E3779B1u) >> 20; }  // of 4,096

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

// The position of the opening quote mark (', ", ‘, “, «) and blanks right before pos,
// or pos when there is none.
size_t BeforeOpeningQuote(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && Blank(text[p - 1])) --p;
  const std::string_view before = text.substr(0, p);
  if (before.ends_with('\'') || before.ends_with('"')) return p - 1;
  static constexpr std::string_view kMarks[] = {"\u2018", "\u201C", "\u00AB"};
  for (std::string_view mark : kMarks) {
    if (before.ends_with(mark)) return p - mark.size();
  }
  return pos;
}

// A death before this year makes a figure of history, not a private person whose data is
// protected (an obituary's "Jan Peeters (1938-2025)" stays).
constexpr int kLastHistoricalYear = 1950;

// A capitalised title of a priest, monk or nun ("Pater", "Zuster", "Père"), or of a doctor or
// professor ("Dokter", "Prof."): names after one often name a school, club, ward or beer after
// that person ("Paviljoen Dokter Van de Perre", "Apotheek Dr. Bruinsma").
// Constant arrays here and below: an initializer list of string literals called strlen for each
// word at each call (some 19 a Holds call).
bool IsHonouringTitle(std::string_view word) {
  static constexpr std::string_view kTitles[] = {
      "Pater", "Zuster", "Broeder", "Abt", "Pastoor", "Kanunnik", "Père", "Frère", "Sœur", "Soeur",
      "Abbé", "Father", "Sister", "Dokter", "Dr.", "Dr", "Docteur", "Doctor", "Professor", "Prof.",
      "Prof", "Professeur",
      // Offices a building, school or barracks honours: "gebouw Burgemeester Jacobs", "Instituut
      // Kardinaal Mercier", "kazerne Generaal Jacques".
      "Burgemeester", "Bourgmestre", "Minister", "Ministre", "Gouverneur", "Kardinaal", "Cardinal",
      "Bisschop", "Évêque", "Generaal", "Général", "Kolonel", "Colonel", "Majoor", "Kapitein",
      "Capitaine"};
  for (std::string_view title : kTitles) {
    if (word == title) return true;
  }
  return false;
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

// Holder words before an address that do not make it an organisation's: street words and saints
// (a bilingual address, "Rue Haute 12 - Hoogstraat 12") and homes ("Residentie Ter Linde,
// Kerkstraat 5", where people live).
bool NamesAPlaceToLive(std::string_view word) {
  const std::string lower = LowerUtf8(word);
  for (std::string_view w : {"place",     "plaats",     "rue",       "avenue",          "av.",
                             "boulevard", "bd",         "chaussée",  "square",          "porte",
                             "parc",      "park",       "quai",      "allée",           "impasse",
                             "drève",     "galerie",    "passage",   "rond-point",      "pont",
                             "brug",      "sint",       "saint",     "sainte",          "st.",
                             "ste",       "residentie", "résidence", "woonzorgcentrum", "wzc",
                             "rusthuis"}) {
    if (lower == w) return true;
  }
  return false;
}

// True when `word` is one of `words` (lower case), its ASCII letters case folded ("Was", "IN").
template <size_t N>
bool OneOfFolded(std::string_view word, const std::string_view (&words)[N]) {
  return std::any_of(std::begin(words), std::end(words), [&](std::string_view w) {
    return word.size() == w.size() && std::equal(w.begin(), w.end(), word.begin(),
                                                 [](char l, char c) { return l == (c | 0x20); });
  });
}

// "de" before a name is the Dutch article after a preposition or opening a clause ("in de Jan
// Breydel", "De Frans Van Cauwelaert"), but French "of" after a noun ("le chien de Jan
// Janssens", "au nom de Mehdi Ouarab").
bool DutchArticle(std::string_view text, std::string_view de) {
  size_t at = de.data() - text.data();
  while (at > 0 && Blank(text[at - 1])) --at;
  if (at == 0 || !WordByte(text[at - 1])) return true;  // a clause or line starts with it
  const std::string_view before = WordBefore(text, at, kMaxPreposition);  // empty: too long
  static constexpr std::string_view kPrepositions[] = {
      "in",    "op",   "naar",   "van",   "aan",   "bij",    "uit", "voor", "met", "door", "over",
      "tegen", "rond", "achter", "naast", "langs", "tussen", "en",  "of",   "is",  "zijn", "was"};
  return OneOfFolded(before, kPrepositions);
}

// "het" before the name ending at `end` is the pronoun "it" after a copula or "dat", the name
// ending its clause or a preposition after it: "was het Sofie Claes.", "is het Nadia H. die",
// "dat het Roger Dhondt is", "was het Kristof aan de balie"; not the article of a thing named
// after someone ("het Jan Palfijn", "in het Frans Masereel", "bleek het Maria Middelares te
// zijn", "was het Emma Bakker trio").
bool PronounHet(std::string_view text, std::string_view het, size_t end) {
  size_t next = end;
  while (next < text.size() && Blank(text[next])) ++next;
  if (next < text.size() && WordByte(text[next])) {
    std::string_view word = WordAfter(text, next, kMaxPreposition);
    while (word.ends_with('.')) word.remove_suffix(1);
    static constexpr std::string_view kClauseWords[] = {
        "die", "dat", "is",  "was", "zelf", "en",  "of",  "geweest", "aan", "van",
        "uit", "bij", "met", "op",  "in",   "nog", "ook", "wel",     "niet"};
    if (!word.empty() &&  // a dot alone: the initial's or the sentence's
        std::find(std::begin(kClauseWords), std::end(kClauseWords), word) ==
            std::end(kClauseWords)) {
      return false;
    }
  }
  const std::string_view before = WordBefore(text, het.data() - text.data(), kMaxPreposition);
  static constexpr std::string_view kVerbs[] = {
      "is", "was", "zijn", "waren", "bleek", "blijkt", "lijkt", "leek", "wordt", "werd", "dat"};
  return OneOfFolded(before, kVerbs);
}

// A word of lower-case ASCII letters ends right before `pos`, after blanks.
bool LowerCaseWordBefore(std::string_view text, size_t pos) {
  while (pos > 0 && Blank(text[pos - 1])) --pos;
  return pos > 0 && text[pos - 1] >= 'a' && text[pos - 1] <= 'z';
}

}  // namespace

NameHolders::NameHolders(const std::vector<std::string>& holder_words,
                         const std::vector<std::string>& legal_forms,
                         const std::vector<std::string>& public_figures,
                         const std::vector<std::string>& functions) {
  size_t longest = 0;
  for (const std::string& entry : holder_words) {
    if (entry[0] == '^') {
      words_.Add(LowerUtf8(std::string_view(entry).substr(1)), kCapitalHolder);
      longest = std::max(longest, entry.size() - 1);
      continue;
    }
    const bool leading = entry[0] == '<';
    const bool marked = entry[0] == '*';
    const bool whole = entry[0] == '=';  // never the end of a compound
    const std::string_view w =
        marked || leading || whole ? std::string_view(entry).substr(1) : entry;
    words_.Add(LowerUtf8(w), leading ? kHolderWord | kLeadingHolder : kHolderWord);
    longest = std::max(longest, w.size());
    if ((w.size() >= 5 && !whole) || marked) {
      std::string head = LowerUtf8(w);
      compound_ends_.set(EndBit(AsciiEnd(head)));
      compound_heads_[static_cast<unsigned char>(head.back())].push_back(std::move(head));
    }
  }
  for (const std::string& w : legal_forms) {
    words_.Add(LowerUtf8(w), kLegalForm);
    longest = std::max(longest, w.size());
  }
  for (const std::string& w : functions) {
    words_.Add(LowerUtf8(w), kFunctionWord);
    longest = std::max(longest, w.size());
  }
  // Lower-casing shrinks a character at most from 3 bytes to 1 (the Kelvin sign to k).
  max_word_ = 4 * longest;
  for (const std::string& w : public_figures) {
    const std::string lower = LowerUtf8(w);
    figures_.insert(lower);
    // The last word of a figure's name (npos + 1 == 0: a one-word entry): a name that ends in
    // none is no figure (IsFigureName), ruled out by one probe of a word lowered on the stack.
    // Not every word: given names ("Vincent", "Jan") passed that probe for most names.
    words_.Add(lower.substr(lower.rfind(' ') + 1), kFigureWord);
  }
}

std::shared_ptr<const NameHolders> NameHolders::Load(const std::string& data_dir) {
  return LoadOncePerDir<NameHolders>(data_dir, [](const std::string& dir) {
    return std::make_shared<const NameHolders>(ReadListFile(dir + "/names/holder_words.txt"),
                                               ReadListFile(dir + "/names/legal_forms.txt"),
                                               ReadListFile(dir + "/names/public_figures.txt"),
                                               ReadListFile(dir + "/names/functions.txt"));
  });
}

class NameHolders::Lookups {
 public:
  explicit Lookups(const NameTable& words) : words_(words) {}

  uint32_t Flags(std::string_view word) {
    for (size_t i = 0; i < size_; ++i) {
      if (seen_[i].data == word.data() && seen_[i].size == word.size()) return seen_[i].flags;
    }
    const uint32_t flags = FindLowered(words_, word);
    if (size_ < seen_.size()) seen_[size_++] = {word.data(), word.size(), flags};
    return flags;
  }

 private:
  struct Seen {
    const char* data;
    size_t size;
    uint32_t flags;
  };
  const NameTable& words_;
  std::array<Seen, 8> seen_;  // a call asks about some five words
  size_t size_ = 0;
};

bool NameHolders::IsHolder(std::string_view word, Lookups* lookups) const {
  if (word.empty()) return false;
  const uint32_t flags = lookups ? lookups->Flags(word) : FindLowered(words_, word);
  return (flags & kHolderWord) != 0 ||
         ((flags & kCapitalHolder) != 0 && word[0] >= 'A' && word[0] <= 'Z');
}

std::string_view NameHolders::HolderCompoundHead(std::string_view word) const {
  if (word.size() < 8 || word.size() > max_word_) return {};
  const uint32_t end = AsciiEnd(word);
  if (end != 0 && !compound_ends_.test(EndBit(end))) return {};
  const std::string lower = LowerUtf8(word);
  for (const std::string& h : compound_heads_[static_cast<unsigned char>(lower.back())]) {
    if (lower.size() >= h.size() + 3 && lower.ends_with(h)) return h;
  }
  return {};
}

bool NameHolders::IsPluralHolder(std::string_view word) const {
  auto holds = [&](std::string_view s) { return IsHolder(s) || !HolderCompoundHead(s).empty(); };
  std::string one = LowerUtf8(word);
  const size_t n = one.size();
  if (n > 3 && (one.back() == 's' || one.back() == 'x')) {
    return holds(std::string_view(one).substr(0, n - 1));  // "tunnels", "châteaux"
  }
  if (n < 5 || !one.ends_with("en")) return false;
  one.resize(n - 2);  // "hallen" -> "hall", "scholen" -> "schol"
  if (holds(one)) return true;
  const char last = one.back();
  const char before = one[one.size() - 2];
  if (last == before) return holds(std::string_view(one).substr(0, one.size() - 1));  // "hal"
  one.insert(one.size() - 1, 1, before);  // "school", "zaal", "straat"
  return holds(one);
}

bool NameHolders::HeldByListHead(std::string_view text, size_t begin) const {
  const size_t floor = begin > kListBytes ? begin - kListBytes : 0;
  bool joint = false;        // a ',' or a conjunction was crossed
  bool conjunction = false;  // ...a conjunction
  bool item = false;  // a name was crossed since the last joint: the head is right before one
  // A head in the singular heads a list only across a conjunction ("via le Fonds Hélène et
  // Jean"); after a comma the name is someone's, in apposition ("van afdeling Lindeblad, Sabine
  // Claes, is"; "het rusthuis Lindeblad, ...").
  auto heads = [&](std::string_view head) { return conjunction || IsPluralHolder(head); };
  for (size_t p = begin; p > floor;) {
    if (Blank(text[p - 1])) {
      --p;
    } else if (text[p - 1] == ')') {
      // An aside after an item: "de stormen Ciarán (2 november 2023) en Henk".
      const size_t open = text.substr(floor, p - 1 - floor).rfind('(');
      if (open == std::string_view::npos) return false;
      p = floor + open;
    } else if (text[p - 1] == ',') {
      joint = true;
      item = false;
      --p;
    } else {
      const std::string_view word = WordBefore(text, p, max_word_);
      if (word.empty()) return false;
      p = static_cast<size_t>(word.data() - text.data());
      if (word == "en" || word == "et" || word == "and" || word == "&") {
        joint = true;
        conjunction = true;
        item = false;
      } else if (!(word[0] >= 'A' && word[0] <= 'Z') &&
                 static_cast<unsigned char>(word[0]) < 0x80) {
        // The list's head, before its first name: not "het sportpark, jelle jij ...".
        return joint && item && IsHolder(word) && heads(word);
      } else if (joint && item && IsHolder(word) && heads(word) && LowerCaseWordBefore(text, p)) {
        // A capitalised head in running text: "via le Fonds Hélène et Jean"; not an item of a
        // list of surnames first ("Aanwezig: Peeters Els, Keizer Tom, Maes Lotte").
        return true;
      } else {
        item = true;
      }
    }
  }
  return false;
}

bool NameHolders::FirmAfterAmpersand(std::string_view text, std::string_view ampersand) const {
  const size_t at = ampersand.data() - text.data() + ampersand.size();
  const std::string_view first = WordAfter(text, at, max_word_);
  if (first.data() == nullptr) return true;  // too long for any list: "&" alone marks a firm
  const std::string_view second =
      WordAfter(text, first.data() - text.data() + first.size(), max_word_);
  auto capital = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  // "Hans Goossens & Leen De Bock": a second full name; "Peeters & Zonen bvba" stays a firm.
  const bool full_name = capital(first) && capital(second) && !IsHolder(first) &&
                         !IsLegalForm(first) && !IsLegalForm(second) && !IsHolder(second);
  return !full_name;
}

bool NameHolders::IsLegalForm(std::string_view word, Lookups* lookups) const {
  // Without its dots, on the stack (a string per call cost more than the lookup). A word of more
  // than max_word_ bytes, or of 256 (lowered to 86 bytes at least), is in no list.
  char bare[256];
  size_t size = 0;
  for (char c : word) {
    if (c == '.') continue;
    if (size == max_word_ || size == sizeof bare) return false;
    bare[size++] = c;
  }
  if (size == 0) return false;
  const bool lower = std::none_of(bare, bare + size, [](char c) { return c >= 'A' && c <= 'Z'; });
  if (lower && size <= 2) return false;  // "sa", "ag" are also ordinary words
  // Without dots the bare word is the word itself, which `lookups` may already know.
  const uint32_t flags =
      lookups && size == word.size() ? lookups->Flags(word) : FindLowered(words_, {bare, size});
  return (flags & kLegalForm) != 0;
}

bool NameHolders::IsFigureName(std::string_view name, FigureMatch match) const {
  // Lower-cased with blanks folded to one space; then the whole name and its last word. Folded
  // in place (the write position never passes the read one), and the last word looked up as a
  // view: a string appended byte by byte, and one for the word, cost more than the lookups.
  std::string lower = LowerUtf8(name);
  size_t size = 0;
  for (const char c : lower) {
    if (Blank(c) || c == '\n') {
      if (size > 0 && lower[size - 1] != ' ') lower[size++] = ' ';
    } else {
      lower[size++] = c;
    }
  }
  lower.resize(size);
  if (figures_.contains(lower)) return true;
  if (match == FigureMatch::kWhole) return false;
  const size_t last = lower.rfind(' ');
  return last != std::string::npos && figures_.contains(std::string_view(lower).substr(last + 1));
}

namespace {

// The word of `name` that ends at `blank` is a lower-case surname particle: "de", "van", "ter".
bool IsLowerParticle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {"de",     "den",    "der", "van", "vande",
                                                    "vanden", "vander", "ten", "ter", "te",
                                                    "le",     "la",     "du",  "des", "op"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// The word may go on with a figure's name: capitalised, a particle or a word joining two
// figures ("Leonardo da Vinci", "Bob et Bobette", "Suske en Wiske").
bool GoesOnWithAFigureName(std::string_view word) {
  static constexpr std::string_view kJoins[] = {"da", "di", "von", "et", "en", "and"};
  const unsigned char first = word[0];
  const bool lower_case = (first >= 'a' && first <= 'z') ||
                          (first >= 0x80 && LowerUtf8(word.substr(0, 4)) == word.substr(0, 4));
  return !lower_case || IsLowerParticle(word) ||
         std::find(std::begin(kJoins), std::end(kJoins), word) != std::end(kJoins);
}

bool LowerParticleBefore(std::string_view name, size_t blank) {
  size_t b = blank;
  while (b > 0 && !Blank(name[b - 1])) --b;
  return IsLowerParticle(name.substr(b, blank - b));
}

// Life years of a historical figure in brackets right after `pos`: "Emile Verhaeren (1855-1916)",
// "Bervoets (1914 – 1944)", "Vermeer (ca. 1665)", "(1520)". Not a private person's death notice:
// "Maria Peeters (1946-2026)".
bool LifeYearsAfter(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size() || text[pos] != '(') return false;
  std::string_view rest = text.substr(pos + 1, 20);
  const bool about = rest.starts_with("ca. ");
  if (about) rest.remove_prefix(4);
  const int born = FourDigits(rest);
  if (born < 1000) return false;
  rest.remove_prefix(4);
  if (rest.starts_with(" ")) rest.remove_prefix(1);
  if (rest.starts_with("-") || rest.starts_with("\u2013")) {
    rest.remove_prefix(rest[0] == '-' ? 1 : 3);
    if (rest.starts_with(" ")) rest.remove_prefix(1);
    const int died = FourDigits(rest);
    if (died < born || died >= kLastHistoricalYear) return false;
    rest.remove_prefix(4);
  } else if (!about && born >= 1900) {
    return false;  // "Lotte (2015)": a birth year
  }
  return rest.starts_with(")");
}

}  // namespace

bool NameHolders::HeldBeforeAmpersand(std::string_view text, std::string_view ampersand) const {
  size_t pos = static_cast<size_t>(ampersand.data() - text.data());
  for (int words = 0; words < kMaxWordsBeforeAmpersand; ++words) {
    const std::string_view word = WordBefore(text, pos, max_word_);
    if (word.empty()) return false;
    if (IsHolder(word) || !HolderCompoundHead(word).empty()) return true;
    // Only the name's own words: capitalised, or a particle ("Vanden Berghe", "van der Berg").
    if (CapitalAt(word, 0) == 0 && !IsLowerParticle(word)) return false;
    pos = static_cast<size_t>(word.data() - text.data());
  }
  return false;
}

bool NameHolders::Holds(std::string_view text, size_t begin, size_t end) const {
  Lookups lookups(words_);
  // A name in quotes after its holder or article: "het vrachtschip 'Johanna Louisa'", "de
  // “Catharina Maria”".
  const std::string_view word_before = WordBefore(text, BeforeOpeningQuote(text, begin), max_word_);
  // A holder in the table cell before holds no name: "Tennisclub<TAB>Jan Peeters<TAB>0470 ..."
  // lists a club's contact person.
  auto same_cell = [&](std::string_view before, size_t to) {
    const size_t from = static_cast<size_t>(before.data() - text.data()) + before.size();
    return text.substr(from, to - from).find('\t') == std::string_view::npos;
  };
  if (((IsHolder(word_before) || !HolderCompoundHead(word_before).empty()) &&
       same_cell(word_before, begin)) ||
      HeldByListHead(text, begin)) {
    return true;
  }
  // Life years long past in brackets after the name: a figure of history.
  if (LifeYearsAfter(text, end)) return true;
  // A monument to someone: "het standbeeld van Dirk Martens", "la statue de Godefroid de
  // Bouillon", "de gedenkplaat voor Jan Frans Willems".
  if (word_before == "van" || word_before == "de" || word_before == "voor" || word_before == "of" ||
      word_before == "du") {
    static constexpr std::string_view kMonuments[] = {
        "standbeeld",  "borstbeeld", "ruiterstandbeeld", "gedenkplaat",
        "gedenkteken", "monument",   "praalgraf",        "statue",
        "buste",       "mémorial",   "memorial"};
    const std::string_view monument =
        WordBefore(text, static_cast<size_t>(word_before.data() - text.data()), max_word_);
    const std::string lower = LowerUtf8(monument);
    if (std::find(std::begin(kMonuments), std::end(kMonuments), lower) != std::end(kMonuments)) {
      return true;
    }
  }
  // The second name of a firm named after two people: "Gerechtsdeurwaarderskantoor Vanden Berghe
  // & Maes", "Advocatenkantoor Claes & De Smet".
  if (word_before == "&" && HeldBeforeAmpersand(text, word_before)) return true;
  // A French holder with its complement: "salle de réunion « Marie Gevers »", "salle de sport
  // Victor Boin", "centre de jour Marie Curie". Only these complements: "au bureau de madame
  // Claes", "vanop de afdeling de hoofdverpleegkundige Els Maes" name people.
  static constexpr std::string_view kComplements[] = {
      "réunion",     "réunions",  "sport",   "sports",   "fêtes",      "conférence",
      "conférences", "jour",      "repos",   "concert",  "concerts",   "musique",
      "danse",       "spectacle", "lecture", "quartier", "gymnastique"};
  if (std::find(std::begin(kComplements), std::end(kComplements), word_before) !=
      std::end(kComplements)) {
    const std::string_view of =
        WordBefore(text, static_cast<size_t>(word_before.data() - text.data()), max_word_);
    if (of == "de" || of == "du" || of == "des") {
      const std::string_view holder =
          WordBefore(text, static_cast<size_t>(of.data() - text.data()), max_word_);
      if (IsHolder(holder) && same_cell(holder, begin)) return true;
    }
  }
  // A title between holder and name: "Tennisclub Pater Vital", "basisschool Zuster Maria",
  // "Paviljoen Dokter Van de Perre".
  if (IsHonouringTitle(word_before) && same_cell(word_before, begin)) {
    const size_t title = static_cast<size_t>(word_before.data() - text.data());
    const std::string_view holder = WordBefore(text, title, max_word_);
    if ((IsHolder(holder) || !HolderCompoundHead(holder).empty()) && same_cell(holder, title)) {
      return true;
    }
  }
  // A definite article before a full name makes it a thing named after someone in written Dutch,
  // French and English ("de Jan Breydel", "le Jacques Brel", "the Marie Janson hall"); people are
  // named without one. Not "de" before a given name alone: Flemish "de Sofie", French "au nom de
  // Pieter" ("la Senne" stays a river). Also capitalised as a name begins: "basisschool De
  // Pieter Coutereel".
  const std::string_view name = text.substr(begin, end - begin);
  const size_t last_blank = FindLast(name, Blank);
  const bool full_name = last_blank != std::string_view::npos;
  auto is = [&](std::string_view article) {  // ASCII case folded
    return word_before.size() == article.size() &&
           std::equal(article.begin(), article.end(), word_before.begin(),
                      [](char a, char w) { return a == (w | 0x20); });
  };
  static constexpr std::string_view kArticles[] = {"de",  "het", "la",  "le",
                                                   "les", "du",  "des", "the"};
  // A house or hall "of the" someone: "Huis van de Wijk", "Huis van het Kind", "Zaal van de
  // Toekomst".
  if (is("de") || is("het")) {
    const std::string_view van = WordBefore(text, word_before.data() - text.data(), max_word_);
    if (van == "van") {
      const std::string_view holder = WordBefore(text, van.data() - text.data(), max_word_);
      if (IsHolder(holder) || !HolderCompoundHead(holder).empty()) return true;
    }
  }
  // "chez les Dupont": a family at home.
  const bool family_at_home =
      is("les") && WordBefore(text, word_before.data() - text.data(), max_word_) == "chez";
  for (std::string_view article : kArticles) {
    if (is(article) && !family_at_home && (full_name || article != "de") &&
        !(article == "het" && PronounHet(text, word_before, end)) &&
        (article != "de" || DutchArticle(text, word_before) ||
         IsHolder(WordBefore(text, word_before.data() - text.data(), max_word_)))) {
      return true;  // also "basisschool De Pieter Coutereel"
    }
  }
  // A holder as the first word of a longer name ("Koning Willem I"; "mevrouw Koning" stays), or
  // as a one-word name before a capitalised word ("Koning Willem I College").
  const std::string_view first = WordAfter(text, begin, max_word_);
  std::string_view after = WordAfter(text, end, max_word_);
  // A word in the next table cell or form field is no part of the name: "Hanne
  // Vermeulen<TAB>Bibliotheek", "Naam: Amira Haddad        Afdeling: Tippers".
  if (!after.empty()) {
    const std::string_view gap =
        text.substr(end, static_cast<size_t>(after.data() - text.data()) - end);
    if (gap.find('\t') != std::string_view::npos || gap.find("   ") != std::string_view::npos) {
      after = {};
    }
  }
  const bool capital_after = !after.empty() && after[0] >= 'A' && after[0] <= 'Z';
  if ((IsHolder(first, &lookups) || !HolderCompoundHead(first).empty()) &&
      (first.size() < end - begin || capital_after)) {
    return true;
  }
  // After a full name the word after may end its sentence: "onze partner Van Moer Logistics."
  // (not after one word: "casusregisseur Chantal Zaal.").
  const std::string_view after_word = full_name && after.size() > 1 && after.back() == '.'
                                          ? after.substr(0, after.size() - 1)
                                          : after;
  if ((after == "&" && FirmAfterAmpersand(text, after)) || IsLegalForm(after, &lookups) ||
      (capital_after &&
       (IsHolder(after, &lookups) || (after_word.size() < after.size() && IsHolder(after_word))))) {
    return true;
  }
  // One capitalised word, then a legal form, a blank apart each: "Van Rijn Advies B.V.", "Peeters
  // Bouw NV"; not a function ("Jan Peeters Voorzitter VZW") nor a column apart ("Koen Wouters
  // <blanks> Proximus NV").
  const auto single_blank = [&](size_t from, std::string_view word) {
    return word.data() == text.data() + from + 1 && text[from] == ' ';
  };
  if (capital_after && after.back() != '.' && single_blank(end, after) &&
      (FindLowered(words_, after) & kFunctionWord) == 0) {
    const size_t after_end = static_cast<size_t>(after.data() - text.data()) + after.size();
    const std::string_view form = WordAfter(text, after_end, max_word_);
    if (single_blank(after_end, form) && IsLegalForm(form)) return true;
  }
  // A holder or legal form as the last word of a longer name: "Maria Hoeve", "Doxis
  // Informatiemanagers B.V."; not after a particle, where it is a surname ("Dirk de Pater"), nor
  // a title that only goes before a name ("Anna Koning", "Bram Keizer").
  if (last_blank != std::string_view::npos) {
    const std::string_view last = name.substr(last_blank + 1);
    if ((IsHolder(last, &lookups) && (lookups.Flags(last) & kLeadingHolder) == 0 &&
         !LowerParticleBefore(name, last_blank)) ||
        IsLegalForm(last, &lookups)) {
      return true;
    }
  }
  // A public figure's name, and each one-word entry, ends in a figure word. The spans tried
  // below mostly end in the same word (they share their end), the name's last word or the word
  // after it, asked above: `lookups` knows it.
  auto is_public_figure = [&](size_t from, size_t to, FigureMatch match) {
    const std::string_view span = text.substr(from, to - from);
    if (span.size() > kMaxFigureBytes) return false;
    const size_t blank = FindLast(span, [](char c) { return Blank(c) || c == '\n'; });
    const std::string_view last = blank == std::string_view::npos ? span : span.substr(blank + 1);
    return (lookups.Flags(last) & kFigureWord) != 0 && IsFigureName(span, match);
  };
  // With one or two words before: "Pater Damiaan", "G. Schmidt" of "Annie M.G. Schmidt".
  size_t from = begin;
  for (int words = 0; words < 2; ++words) {
    const std::string_view before = WordBefore(text, from, max_word_);
    if (before.empty()) break;
    from = static_cast<size_t>(before.data() - text.data());
    if (is_public_figure(from, end, FigureMatch::kWholeOrLastWord)) return true;
  }
  // The name, or the start of a figure's name ("Vincent" of "Vincent van Gogh"). After a word
  // that does not go on with one, only a whole entry counts, not one that ends the span:
  // "Peeters au CHU Saint-Pierre" (a saint's).
  FigureMatch match = FigureMatch::kWholeOrLastWord;
  for (int extra = 0; extra <= kFigureExtraWords; ++extra) {
    if (is_public_figure(begin, end, match)) return true;
    const std::string_view w = WordAfter(text, end, max_word_);
    if (w.empty()) break;
    if (!GoesOnWithAFigureName(w)) match = FigureMatch::kWhole;
    end = static_cast<size_t>(w.data() + w.size() - text.data());
  }
  return false;
}

bool NameHolders::HeadsAddress(std::string_view text, size_t begin) const {
  size_t p = begin;
  while (p > 0 && Blank(text[p - 1])) --p;
  const std::string_view before = text.substr(0, p);
  if (!(before.ends_with(",") || before.ends_with("-") || before.ends_with("|") ||
        before.ends_with(":") || before.ends_with("(") || before.ends_with("\u2013"))) {
    return false;
  }
  // The line's start, looked for only kOrganisationBytes back (a long line is not searched
  // once per address).
  const size_t window = p > kOrganisationBytes ? p - kOrganisationBytes : 0;
  const size_t line = before.substr(window).rfind('\n');
  size_t from = line == std::string_view::npos ? window : window + line + 1;
  // And only in the address's own sentence: "Houder: Van Hoorn BV (KvK ...). Huurder: Mehmet
  // Aydın, Haagweg 14" is someone's address.
  for (size_t i = p; i > from + 1; --i) {
    const char c = text[i - 2];
    if ((c == '.' || c == '!' || c == '?' || c == ';') && Blank(text[i - 1])) {
      from = i;
      break;
    }
  }
  while (from < p && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  for (size_t i = from; i < p;) {
    while (i < p && !WordByte(text[i])) ++i;
    size_t e = i;
    while (e < p && WordByte(text[e])) ++e;
    const std::string_view word = text.substr(i, e - i);
    // A holder word names an organisation when capitalised ("Museum", not "kapsalon, ...").
    // "Stadsloket Nieuw-West, Osdorpplein 1000"; not "Woonplaats: Doorniksesteenweg 215".
    const std::string_view head = IsHolder(word) ? word : HolderCompoundHead(word);
    if ((!head.empty() && word[0] >= 'A' && word[0] <= 'Z' && !NamesAPlaceToLive(head)) ||
        IsLegalForm(word)) {
      return true;
    }
    i = e;
  }
  return false;
}

}  // namespace vermeld
