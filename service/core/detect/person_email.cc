#include "core/detect/person_email.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <span>
#include <string>
#include <tuple>
#include <utility>

#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

constexpr double kEmailNameScore = 0.5;
constexpr double kDisplayNameScore = 0.85;
constexpr size_t kMaxDisplayName = 60;  // bytes looked at before '<'
constexpr size_t kMinNameWord = 3;
constexpr size_t kMaxLoginKey = 16;  // bytes of a user label read before its '=' or ':'
constexpr size_t kMaxLogStamp = 24;  // bytes of a log line's date and time before its dash
constexpr size_t kMaxLogin = 24;     // bytes of a login name
// Names whose logins FindLoginsOfNames looks for: fewer than 32, a bit each in half a word.
constexpr size_t kMaxNames = 20;
static_assert(kMaxNames < 32);
constexpr size_t kShortestLogin = 5;  // "jbos" spells a word as often as a name
constexpr size_t kLongLogin = 8;      // "bpost", "boeren" spell a word; "jvanlaere" no
constexpr size_t kMaxLoginNames = 8;  // distinct login names whose mentions are searched
constexpr int kMaxListedLogins = 8;   // after a plural user label

bool IsLocalChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-' || c == '+';
}

bool IsSeparator(char c) { return c == '.' || c == '_' || c == '-'; }

// True when the lower-cased local part spells a known given name or an initial, a separator,
// and a known surname (particles may be glued: "vandenbroeck", or split: "van.den.broeck").
bool SpellsName(const std::string& local, const NameLists& lists) {
  const size_t sep = local.find_first_of("._-");
  if (sep == std::string::npos || sep == 0) return false;
  const std::string first = local.substr(0, sep);
  std::string surname;
  for (size_t i = sep + 1; i < local.size(); ++i) {
    if (!IsSeparator(local[i])) surname += local[i];
  }
  if (surname.size() < 2 || !lists.words.Has(surname, kSurnameCompact)) return false;
  if (first.size() == 1) return !lists.words.Has(surname, kAmbiguous);
  return lists.words.Has(first, kFirstName);
}

bool IsNameByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '\'' || c == '.';
}

// The display name that ends right before `lt` (blanks skipped): name words back to the start of
// the line, a ':', ',', ';' or a tab, or the words between quotes. {0, 0} when anything else
// stands there.
std::pair<size_t, size_t> DisplayNameBefore(std::string_view text, size_t lt) {
  size_t end = lt;
  while (end > 0 && text[end - 1] == ' ') --end;
  const size_t floor = end > kMaxDisplayName ? end - kMaxDisplayName : 0;
  size_t begin = end;
  if (end > 0 && text[end - 1] == '"') {  // "Peeters, Jan" <...>: the quoted name as written
    --end;
    begin = end;
    while (begin > floor && text[begin - 1] != '"' && text[begin - 1] != '\n') --begin;
    if (begin == floor || text[begin - 1] != '"') return {0, 0};
  } else {
    while (begin > floor && (IsNameByte(text[begin - 1]) || text[begin - 1] == ' ')) --begin;
    if (begin > 0 && begin == floor) return {0, 0};
    const char stop = begin > 0 ? text[begin - 1] : '\n';
    if (stop != '\n' && stop != ':' && stop != ',' && stop != ';' && stop != '\t') return {0, 0};
  }
  while (begin < end && (text[begin] == ' ' || text[begin] == '.')) ++begin;
  if (begin == end) return {0, 0};
  return {begin, end};
}

// Where the person's name starts in name[begin, end), or npos: the words from there on are each
// in `local`, a known name, an initial or a lower-case particle ("Overleg Sofie", "Dossier
// overgemaakt aan Anna": the words before are not), one of three or more ASCII letters stands in
// `local` (two when the name opens in lower case), and no word of the name is an organisation
// word or an acronym, nor, after a capitalised word and no known given name, a lower-case word
// other than a particle.
size_t PersonNameStart(std::string_view text, size_t begin, size_t end, const std::string& local,
                       const NameLists& lists) {
  size_t start = std::string_view::npos;  // of the run of name words that ends the name
  int held = 0;                           // words of the run in the mailbox
  bool lower_start = false;               // the run opens in lower case: "els de vos"
  bool given = false;                     // a known given name in the run
  for (size_t i = begin; i < end;) {
    while (i < end && !std::isalpha(static_cast<unsigned char>(text[i])) &&
           static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
    }
    const size_t from = i;
    while (i < end && (std::isalpha(static_cast<unsigned char>(text[i])) ||
                       static_cast<unsigned char>(text[i]) >= 0x80)) {
      ++i;
    }
    const std::string_view written = text.substr(from, i - from);
    if (written.empty()) continue;
    const std::string word = LowerUtf8(written);
    const bool acronym =
        written.size() >= 2 &&
        std::all_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (acronym || lists.words.Has(word, kNotName) || IsNonNameCompound(lists, word)) {
      return std::string_view::npos;
    }
    const bool in_local = word.size() >= kMinNameWord && word.size() == written.size() &&
                          local.find(word) != std::string::npos;
    const bool capital =
        (written[0] >= 'A' && written[0] <= 'Z') || static_cast<unsigned char>(written[0]) >= 0x80;
    // A capitalised run goes on in lower case only with a particle or its letter, or after a
    // known given name: "Legal updates <legal-updates@...>" names a mailbox after its task, "Els
    // de Vos", "Kees v.d. Meer" and "Kevin dewilde" someone.
    if (start != std::string_view::npos && !lower_start && !capital && written.size() > 1 &&
        !given && !lists.words.Has(word, kParticle)) {
      return std::string_view::npos;
    }
    const bool name_word = in_local || written.size() == 1 ||
                           (capital && lists.words.Has(word, kFirstName | kSurname)) ||
                           (!capital && lists.words.Has(word, kParticle));
    if (!name_word) {
      start = std::string_view::npos;
      held = 0;
      given = false;
      continue;
    }
    if (start == std::string_view::npos) {
      if (!capital && !in_local) continue;  // a particle opens no name ("aan Anna")
      start = from;
      lower_start = !capital;
    }
    held += in_local ? 1 : 0;
    given = given || (capital && lists.words.Has(word, kFirstName));
  }
  // A name in lower case needs two of its words in the mailbox.
  return held >= (lower_start ? 2 : 1) ? start : std::string_view::npos;
}

// One word that is the whole local part and no known name names a mailbox after its task:
// "Verzekeringen <verzekeringen@zele.be>", "Facturatie <facturatie@...>".
bool IsMailboxName(std::string_view name, const std::string& local, const NameLists& lists) {
  const std::string word = LowerUtf8(name);
  return word == local && !lists.words.Has(word, kFirstName | kSurname);
}

// True when text[key] opens a log entry's author after a dash, on a line that opens with a digit
// (a date or a time): "19/02 14:40 – mbenali:", "2025-02-03 - kdewit:".
bool LogAuthorAt(std::string_view text, size_t key) {
  size_t p = key;
  if (p < 2 || text[p - 1] != ' ') return false;
  --p;
  if (text.substr(0, p).ends_with("\u2013")) {
    p -= std::string_view("\u2013").size();
  } else if (text[p - 1] == '-') {
    --p;
  } else {
    return false;
  }
  // The line's start, looked for no further back than a stamp reaches: a long line holds many
  // dashes, and a search back to its start from each was quadratic (a 1 MB log of '\r'-ended
  // lines, as Word ends its paragraphs, took 17 s).
  const size_t from = p > kMaxLogStamp ? p - kMaxLogStamp - 1 : 0;
  const size_t newline = text.substr(from, p - from).rfind('\n');
  const size_t line = newline == std::string_view::npos ? 0 : from + newline + 1;
  return p - line <= kMaxLogStamp && line < p && IsAsciiDigit(text[line]);
}

// True when the lower-cased `key` labels a user account: "user", "TargetUserName", "compte".
bool IsLoginKey(std::string_view key) {
  static constexpr std::string_view kKeys[] = {
      "user",        "login",       "uid",         "gebruiker",  "gebruikersnaam",
      "utilisateur", "account",     "compte",      "username",   "userid",
      "accountname", "identifiant", "behandelaar", "medewerker", "agent",
      "technicus",   "technicien",  "owner",       "assignee"};
  return std::any_of(std::begin(kKeys), std::end(kKeys), [&](std::string_view k) {
    return key == k || (k.size() > 6 && key.ends_with(k));  // "targetusername"
  });
}

// True when `v` (lower-case ASCII letters) is one or two initials or a known given name glued to a
// known surname of four letters or more, the given name and surname no ordinary word:
// "ehendriks", "pjgoossens", "svisser", "lottevermeulen", "mvdberg"; not "beheer", "admin",
// "courant".
bool IsGluedName(std::string_view v, const NameLists& lists) {
  if (v.size() < 5 || lists.words.Has(v, kNotName | kAmbiguous | kFirstName | kSurname)) {
    return false;
  }
  // After initials a surname that is also a word is still the name: "svisser" is no word.
  auto surname = [&](std::string_view rest, uint32_t not_after) {
    return rest.size() >= 4 && lists.words.Has(rest, kSurnameCompact) &&
           !lists.words.Has(rest, not_after);
  };
  if (surname(v.substr(1), kNotName) || surname(v.substr(2), kNotName)) return true;
  // "vd" for the particles of a Dutch surname: "mvdberg" (M. van den Berg), "jvdlinden".
  for (size_t initials = 1; initials <= 2; ++initials) {
    if (v.substr(initials, 2) != "vd" || v.size() < initials + 2 + 4) continue;
    for (std::string_view particles : {"vande", "vanden", "vander"}) {
      if (surname(std::string(particles) += v.substr(initials + 2), kNotName)) return true;
    }
  }
  for (size_t cut = 3; cut + 4 <= v.size(); ++cut) {
    const std::string_view given = v.substr(0, cut);
    if (lists.words.Has(given, kFirstName) && !lists.words.Has(given, kAmbiguous) &&
        surname(v.substr(cut), kAmbiguous | kNotName)) {
      return true;
    }
  }
  return false;
}

// True when a possessive or an article stands right before the word at `pos`: "le compte X",
// "mijn account X" name someone's account; "Compte X" opening a line may head a ledger.
bool OwnerBefore(std::string_view text, size_t pos) {
  static constexpr std::string_view kOwners[] = {"le",   "du",  "mon",  "son",  "ton",  "votre",
                                                 "leur", "het", "mijn", "zijn", "haar", "jouw",
                                                 "uw",   "the", "my",   "his",  "her",  "your"};
  size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && end - begin <= 5 && IsAsciiLetter(text[begin - 1])) --begin;
  if (end == pos || begin == end || (begin > 0 && IsWordByte(text[begin - 1]))) return false;
  const std::string owner = LowerUtf8(text.substr(begin, end - begin));
  return std::find(std::begin(kOwners), std::end(kOwners), owner) != std::end(kOwners);
}

// The lower-case ASCII word at `pos` (after at most two blanks) when it stands alone: no digit,
// '@', '_', '-' or dot and letter glued to it (FindUserNames and FindEmailNames read those); a
// sentence's full stop may follow. {npos, npos} otherwise.
std::pair<size_t, size_t> LoneLowerWord(std::string_view text, size_t pos) {
  constexpr std::pair<size_t, size_t> kNone{std::string_view::npos, std::string_view::npos};
  for (int i = 0; i < 2 && pos < text.size() && text[pos] == ' '; ++i) ++pos;
  size_t end = pos;
  while (end < text.size() && end - pos <= kMaxLogin && text[end] >= 'a' && text[end] <= 'z') {
    ++end;
  }
  const char after = end < text.size() ? text[end] : ' ';
  const bool glued_dot = after == '.' && end + 1 < text.size() && IsWordByte(text[end + 1]);
  if (end == pos || end - pos > kMaxLogin || IsWordByte(after) || glued_dot || after == '@' ||
      after == '-' || after == '_') {
    return kNone;
  }
  return {pos, end};
}

// After a user label, a login glued from a name and a number of one to four digits:
// "gebruikersnaam: ydemir84", "uid=ehendriks2". Its letters must be a glued name. Returns its
// end, or npos when there is none.
size_t AddNumberedLogin(std::string_view text, size_t pos, const NameLists& lists,
                        std::vector<Finding>& out) {
  for (int i = 0; i < 2 && pos < text.size() && text[pos] == ' '; ++i) ++pos;
  size_t letters = pos;
  while (letters < text.size() && letters - pos <= kMaxLogin && text[letters] >= 'a' &&
         text[letters] <= 'z') {
    ++letters;
  }
  size_t end = letters;
  while (end < text.size() && end - letters < 5 && IsAsciiDigit(text[end])) ++end;
  // Glued to nothing, as LoneLowerWord's words: no dot and letter after it ("ehendriks2.old").
  const char after = end < text.size() ? text[end] : ' ';
  const bool glued_dot = after == '.' && end + 1 < text.size() && IsWordByte(text[end + 1]);
  if (end == letters || end - letters > 4 || letters - pos > kMaxLogin || IsWordByte(after) ||
      glued_dot || after == '@' || after == '_' || after == '-' ||
      !IsGluedName(text.substr(pos, letters - pos), lists)) {
    return std::string_view::npos;
  }
  out.push_back({"PERSON", pos, end, kEmailNameScore});
  return end;
}

// A login glued from a name with a suffix after an underscore, at `pos` after at most two blanks:
// "anowak_reno", "baydin_ap", "tomwouters_kessel" (a site's or a team's tag). Its letters before
// the underscore must be a glued name. {npos, npos} when there is none.
std::pair<size_t, size_t> SuffixedLogin(std::string_view text, size_t pos, const NameLists& lists) {
  constexpr std::pair<size_t, size_t> kNone{std::string_view::npos, std::string_view::npos};
  constexpr size_t kMaxSuffix = 12;
  for (int i = 0; i < 2 && pos < text.size() && text[pos] == ' '; ++i) ++pos;
  size_t letters = pos;
  while (letters < text.size() && letters - pos <= kMaxLogin && text[letters] >= 'a' &&
         text[letters] <= 'z') {
    ++letters;
  }
  if (letters == text.size() || text[letters] != '_' || letters - pos > kMaxLogin) return kNone;
  size_t end = letters + 1;
  while (end < text.size() && end - letters <= kMaxSuffix &&
         ((text[end] >= 'a' && text[end] <= 'z') || IsAsciiDigit(text[end]))) {
    ++end;
  }
  const char after = end < text.size() ? text[end] : ' ';
  const bool glued_dot = after == '.' && end + 1 < text.size() && IsWordByte(text[end + 1]);
  if (end == letters + 1 || end - letters > kMaxSuffix || IsWordByte(after) || glued_dot ||
      after == '@' || after == '_' || after == '-' ||
      !IsGluedName(text.substr(pos, letters - pos), lists)) {
    return kNone;
  }
  return {pos, end};
}

// Other whole-word mentions of the logins `names` found ("5 échecs pour omelnyk", "24/02
// kdewaele: aangifte ontvangen"), but those at `found` (sorted begins).
void AddLoginMentions(std::string_view text, const std::vector<std::string_view>& names,
                      const std::vector<size_t>& found, std::vector<Finding>& out) {
  for (const std::string_view name : names) {
    for (size_t at = text.find(name); at != std::string_view::npos;
         at = text.find(name, at + name.size())) {
      const char before = at > 0 ? text[at - 1] : ' ';
      const size_t end = at + name.size();
      const bool whole = name.find('_') != std::string_view::npos
                             ? end == text.size() || (!IsWordByte(text[end]) && text[end] != '_')
                             : LoneLowerWord(text, at).second == end;
      if (IsWordByte(before) || before == '.' || before == '@' || before == '_' || before == '-' ||
          !whole || std::binary_search(found.begin(), found.end(), at)) {
        continue;
      }
      out.push_back({"PERSON", at, end, kEmailNameScore});
    }
  }
}

// The letters of the name in brackets at `open` ('('), lower-cased, in the ways a login joins
// them: the first word's initial or whole, with the other words, either order ("Kristof D'Hondt":
// "kdhondt", "dhondtk", "kristofdhondt", "dhondtkristof"). Empty when the brackets hold no name of
// two or three capitalised ASCII words before a ',' or ')'.
std::vector<std::string> BracketNameForms(std::string_view text, size_t open) {
  constexpr size_t kMaxName = 60;
  std::vector<std::string> words;
  size_t i = open + 1;
  const size_t limit = std::min(text.size(), open + 1 + kMaxName);
  while (i < limit && text[i] != ')' && text[i] != ',') {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    if (!IsAsciiUpper(text[i]) || words.size() == 3) return {};
    std::string word;
    for (; i < limit && (IsAsciiLetter(text[i]) || text[i] == '\'' || text[i] == '-'); ++i) {
      if (IsAsciiLetter(text[i])) word += LowerAscii(text[i]);
    }
    if (i < limit && text[i] != ' ' && text[i] != ')' && text[i] != ',') return {};
    words.push_back(std::move(word));
  }
  if (i == limit || words.size() < 2) return {};
  std::string rest;
  for (size_t w = 1; w < words.size(); ++w) rest += words[w];
  const std::string& first = words[0];
  return {first.substr(0, 1) + rest, rest + first.substr(0, 1), first + rest, rest + first};
}

// The ASCII letter a login writes for the Latin letter with a diacritic at UTF-8 bytes (lead,
// trail), U+00C0 to U+017F ("ń" -> 'n', "Ö" -> 'O'), or 0 ("×", "Æ", "ß", "Œ" and others).
char PlainLetter(unsigned char lead, unsigned char trail) {
  static constexpr std::string_view kLatin1 =  // U+00C0..U+00FF
      "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
  static constexpr std::string_view kExtendedA =  // U+0100..U+017F
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo??RrRrRr"
      "SsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  if (trail < 0x80 || trail > 0xBF) return 0;
  const unsigned code = ((lead & 0x1Fu) << 6) | (trail & 0x3Fu);
  char c = '?';
  if (code >= 0xC0 && code < 0x100) c = kLatin1[code - 0xC0];
  if (code >= 0x100 && code < 0x180) c = kExtendedA[code - 0x100];
  return c == '?' ? 0 : c;
}

// The lower-case letters of a name's words as a login spells them ("Van den Berg": "vandenberg",
// "Zielińska": "zielinska"), or empty when it holds anything but letters, blanks, hyphens and
// apostrophes.
std::string LoginLetters(std::string_view name) {
  std::string letters;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (IsAsciiLetter(c)) {
      letters += LowerAscii(c);
    } else if (static_cast<unsigned char>(c) >= 0xC0 && i + 1 < name.size()) {
      const char plain =
          PlainLetter(static_cast<unsigned char>(c), static_cast<unsigned char>(name[++i]));
      if (plain == 0) return {};
      letters += LowerAscii(plain);
    } else if (c != ' ' && c != '-' && c != '\'') {
      return {};
    }
  }
  return letters;
}

// A name's given name and surname in lower-case letters, as a login spells them; for a surname of
// several words also with the initials of all but its last ("van Rijswijk": "vrijswijk", "van den
// Berg": "vdberg"), else empty.
struct SpelledName {
  std::string given;
  std::string surname;
  std::string short_surname;
};

// The initials of the words of `surname` but its last, and the last one's letters: "vrijswijk".
std::string ShortSurname(std::string_view surname) {
  const size_t last = surname.rfind(' ');
  if (last == std::string_view::npos) return {};
  std::string letters;
  for (size_t i = 0; i < last; ++i) {
    if (i == 0 || surname[i - 1] == ' ') letters += LoginLetters(surname.substr(i, 1));
  }
  const std::string tail = LoginLetters(surname.substr(last + 1));
  return tail.empty() ? std::string() : letters + tail;
}

// The given names and surnames of the names `found` (PERSON findings): "Lotte Desmet", "Dewulf,
// Marijke" in one finding or two. At most kMaxNames, each once.
std::vector<SpelledName> SpelledNames(std::string_view text, const std::vector<Finding>& found) {
  std::vector<ByteSpan> spans;
  for (const Finding& f : found) spans.push_back({f.begin, f.end});
  std::sort(spans.begin(), spans.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  std::vector<SpelledName> names;
  auto add = [&](std::string_view given, std::string_view surname) {
    if (names.size() == kMaxNames) return;
    if (given.ends_with('.')) given.remove_suffix(1);  // an initial: "S. Benhaddou"
    SpelledName n{LoginLetters(given), LoginLetters(surname), ShortSurname(surname)};
    if (n.given.empty() || n.surname.size() < 3 ||
        std::any_of(names.begin(), names.end(), [&](const SpelledName& m) {
          return m.given == n.given && m.surname == n.surname;
        })) {
      return;
    }
    names.push_back(std::move(n));
  };
  for (size_t i = 0; i < spans.size(); ++i) {
    const std::string_view name = text.substr(spans[i].begin, spans[i].end - spans[i].begin);
    const size_t comma = name.find(", ");
    const size_t blank = name.find(' ');
    if (comma != std::string_view::npos) {  // "Dewulf, Marijke"
      add(name.substr(comma + 2), name.substr(0, comma));
    } else if (blank != std::string_view::npos) {
      add(name.substr(0, blank), name.substr(blank + 1));
    } else if (i + 1 < spans.size() && spans[i + 1].begin == spans[i].end + 2 &&
               text.substr(spans[i].end, 2) == ", ") {  // "Dewulf" and "Marijke"
      add(text.substr(spans[i + 1].begin, spans[i + 1].end - spans[i + 1].begin), name);
    }
  }
  return names;
}

}  // namespace

void FindDisplayNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out) {
  for (size_t lt = text.find('<'); lt != std::string_view::npos; lt = text.find('<', lt + 1)) {
    size_t at = lt + 1;
    while (at < text.size() && IsLocalChar(text[at])) ++at;
    if (at == lt + 1 || at >= text.size() || text[at] != '@') continue;
    std::string local;
    for (size_t i = lt + 1; i < at; ++i) local += LowerAscii(text[i]);
    const auto [begin, end] = DisplayNameBefore(text, lt);
    if (begin == end) continue;
    const size_t start = PersonNameStart(text, begin, end, local, lists);
    if (start == std::string_view::npos ||
        IsMailboxName(text.substr(start, end - start), local, lists)) {
      continue;
    }
    out.push_back({"PERSON", start, end, kDisplayNameScore});
  }
}

void FindEmailNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out) {
  size_t scanned = 0;  // local parts never overlap, so each byte is looked at a bounded number
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t begin = at;
    while (begin > scanned && IsLocalChar(text[begin - 1])) --begin;
    scanned = at + 1;
    while (begin < at && IsSeparator(text[begin])) ++begin;
    if (begin == at || at + 1 >= text.size() || !IsLocalChar(text[at + 1])) continue;
    std::string local;
    for (size_t i = begin; i < at; ++i) {
      const char c = text[i];
      local += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (SpellsName(local, lists)) out.push_back({"PERSON", begin, at, kEmailNameScore});
  }
}

void FindUserNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out) {
  auto lower = [&](size_t i) { return i < text.size() && text[i] >= 'a' && text[i] <= 'z'; };
  auto joint = [&](size_t i) { return i < text.size() && (text[i] == '.' || text[i] == '_'); };
  // Each joint by memchr (find_first_of reads byte by byte); a name with both is found twice,
  // as the same span.
  for (const char joint_byte : {'.', '_'}) {
    size_t scanned = 0;  // tokens never overlap: each byte is read a bounded number of times
    for (size_t sep = text.find(joint_byte); sep != std::string_view::npos;
         sep = text.find(joint_byte, sep + 1)) {
      if (sep < scanned || sep == 0 || !lower(sep - 1) || !lower(sep + 1)) continue;
      size_t begin = sep;
      // Not back past the last token: a run of joints ("a.b..a.b..") would be read again and again.
      while (begin > scanned && (lower(begin - 1) || joint(begin - 1))) --begin;
      size_t end = sep + 1;
      while (lower(end) || (joint(end) && lower(end + 1))) ++end;
      scanned = end;
      // A mention ("@sofie.d") names someone; a word before the '@' makes it an address's domain.
      const char before = begin > 0 ? text[begin - 1] : ' ';
      const char after = end < text.size() ? text[end] : ' ';
      const bool domain = before == '@' && begin >= 2 && IsWordByte(text[begin - 2]);
      if (IsWordByte(before) || IsWordByte(after) || joint(begin) || after == '@' || after == '/' ||
          domain || before == '/' || before == ':') {
        continue;
      }
      const std::string local(text.substr(begin, end - begin));
      const size_t at = local.find_first_of("._");
      const bool given_and_letter = at + 2 == local.size() &&
                                    lists.words.Has(local.substr(0, at), kFirstName) &&
                                    !lists.words.Has(local.substr(0, at), kAmbiguous | kNotName);
      if (given_and_letter || SpellsName(local, lists)) {
        out.push_back({"PERSON", begin, end, kEmailNameScore});
      }
    }
  }
}

void FindLoginNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out) {
  std::vector<std::string_view> names;
  std::vector<size_t> labelled;  // begins of the names found after a label
  auto add = [&](size_t begin, size_t end) {
    const std::string_view name = text.substr(begin, end - begin);
    if (!IsGluedName(name.substr(0, name.find('_')), lists)) return;
    out.push_back({"PERSON", begin, end, kEmailNameScore});
    labelled.push_back(begin);
    if (names.size() < kMaxLoginNames &&
        std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(name);
    }
  };
  // "user=kdemir", "Gebruiker: rsharma": the label's letters right before the '=' or ':'.
  for (const char sep : {'=', ':'}) {
    for (size_t at = text.find(sep); at != std::string_view::npos; at = text.find(sep, at + 1)) {
      size_t key = at;
      while (key > 0 && at - key <= kMaxLoginKey &&
             std::isalpha(static_cast<unsigned char>(text[key - 1]))) {
        --key;
      }
      if (key == at || at - key > kMaxLoginKey || (key > 0 && IsWordByte(text[key - 1]))) continue;
      // A log entry's author: "19/02 14:40 – mbenali: ticket afgesloten".
      if (sep == ':' && LogAuthorAt(text, key)) add(key, at);
      // Every key ends in one of these letters, or in an 's' after one ("Gebruikers:"): many
      // labels ("Onderwerp:", "Tel:", "Cc:") are passed unlowered.
      const bool plural = LowerAscii(text[at - 1]) == 's' && at - key > 1;
      const size_t key_end = plural ? at - 1 : at;
      if (std::string_view("rnmdte").find(LowerAscii(text[key_end - 1])) ==
              std::string_view::npos ||
          !IsLoginKey(LowerUtf8(text.substr(key, key_end - key)))) {
        continue;
      }
      // A plural label lists its logins, parted by " / " or ", ": "Gebruikers: rclaessens /
      // ekaya2".
      size_t value = at + 1;
      for (int item = 0; item < (plural ? kMaxListedLogins : 1); ++item) {
        const auto [begin, end] = LoneLowerWord(text, value);
        size_t item_end = end;
        const auto [suffixed, suffixed_end] = SuffixedLogin(text, value, lists);
        if (begin != std::string_view::npos) {
          add(begin, end);
        } else if (suffixed != std::string_view::npos) {
          add(suffixed, suffixed_end);
          item_end = suffixed_end;
        } else {
          item_end = AddNumberedLogin(text, value, lists, out);
        }
        if (item_end == std::string_view::npos) break;
        const std::string_view rest = text.substr(item_end);
        const size_t joint = rest.starts_with(" / ") ? 3 : rest.starts_with(", ") ? 2 : 0;
        if (joint == 0) break;
        value = item_end + joint;
      }
    }
  }
  // "le compte omelnyk", "het account rsharma": an owned account word and a blank.
  // Each looked for from a "c" (memchr stops at each byte equal to the first, and "c" is rare in
  // Dutch and French, "a" not): "ccount " is read back to its word's start.
  for (const std::string_view word : {"compte ", "ccount "}) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      size_t start = at;
      if (word[1] == 'c') {  // "ccount ": its "a" before
        if (at == 0 || text[at - 1] != 'a') continue;
        start = at - 1;
      }
      if (!OwnerBefore(text, start)) continue;
      const auto [begin, end] = LoneLowerWord(text, at + word.size());
      if (begin != std::string_view::npos) add(begin, end);
    }
  }
  // A login followed by its owner's name in brackets: "kdhondt (Kristof D'Hondt)", "ahmadi.f
  // (Farid Ahmadi, klantendienst)".
  for (size_t bracket = text.find('('); bracket != std::string_view::npos;
       bracket = text.find('(', bracket + 1)) {
    if (bracket == 0 || text[bracket - 1] != ' ') continue;
    const size_t open = bracket - 1;
    size_t begin = open;
    while (begin > 0 && open - begin <= kMaxLogin &&
           ((text[begin - 1] >= 'a' && text[begin - 1] <= 'z') || text[begin - 1] == '.' ||
            text[begin - 1] == '_')) {
      --begin;
    }
    if (open - begin < 4 || open - begin > kMaxLogin ||
        (begin > 0 && IsWordByte(text[begin - 1])) || text[begin] == '.' || text[begin] == '_') {
      continue;
    }
    std::string letters;
    for (size_t i = begin; i < open; ++i) {
      if (text[i] != '.' && text[i] != '_') letters += text[i];
    }
    const std::vector<std::string> forms = BracketNameForms(text, open + 1);
    if (std::find(forms.begin(), forms.end(), letters) == forms.end()) continue;
    out.push_back({"PERSON", begin, open, kEmailNameScore});
    labelled.push_back(begin);
    const std::string_view name = text.substr(begin, open - begin);
    if (names.size() < kMaxLoginNames && letters.size() == name.size() &&
        std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(name);
    }
  }
  std::sort(labelled.begin(), labelled.end());
  AddLoginMentions(text, names, labelled, out);
}

void FindLoginsAfterActorWords(std::string_view text, const TextWords& words,
                               const NameLists& lists, std::vector<Finding>& out) {
  std::vector<std::string_view> names;  // the logins found, whose other mentions are searched
  std::vector<size_t> found;            // their begins, in text order
  static constexpr std::string_view kActors[] = {"gebruiker", "user",     "door",    "by",  "par",
                                                 "cursist",   "leerling", "student", "als", "as",
                                                 "account",   "login",    "compte"};
  for (size_t i = 0; i + 1 < words.tokens.size(); ++i) {
    const NameToken& token = words.tokens[i];
    const size_t next = words.tokens[i + 1].begin;
    if (next != token.end + 1) continue;
    // A Windows domain before its user: "CORP\\rdumitrescu".
    const bool domain = text[token.end] == '\\' && token.all_upper;
    const std::string_view word = words.lower[i];
    // The actor words' lengths, a bit each: most words go at one test.
    constexpr unsigned kActorSizes =
        1u << 2 | 1u << 3 | 1u << 4 | 1u << 5 | 1u << 6 | 1u << 7 | 1u << 8 | 1u << 9;
    if (!domain &&
        (text[token.end] != ' ' || word.size() > 9 || !(kActorSizes & (1u << word.size())) ||
         std::find(std::begin(kActors), std::end(kActors), word) == std::end(kActors))) {
      continue;
    }
    auto [begin, end] = LoneLowerWord(text, next);
    size_t letters_end = end;  // before a suffix's underscore
    if (begin != next) {
      std::tie(begin, end) = SuffixedLogin(text, next, lists);
      if (begin != next) continue;
      letters_end = text.find('_', begin);
    }
    // After the common "door" and "als" only a long login: "verstuurd door bpost", "als boeren".
    const bool common = word == "door" || word == "als";
    if ((!common || end - begin >= kLongLogin) &&
        IsGluedName(text.substr(begin, letters_end - begin), lists)) {
      out.push_back({"PERSON", begin, end, kEmailNameScore});
      found.push_back(begin);
      const std::string_view name = text.substr(begin, end - begin);
      if (names.size() < kMaxLoginNames &&
          std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(name);
      }
    }
  }
  AddLoginMentions(text, names, found, out);
}

void FindLoginsOfNames(std::string_view text, const TextWords& words, std::vector<Finding>& found) {
  const std::vector<SpelledName> names = SpelledNames(text, found);
  if (names.empty()) return;
  // The names by the first and last letters of their logins: "ldesmet" and "lottedesmet" open
  // with the given name's first letter and end with the surname's last, "desmetl" the other way.
  // Most words have no such pair, and a word is compared only with the names whose pair shares
  // its bucket (each with every name was a third of the search in a text of many names). Bit k
  // of a bucket's low half: names[k] forward, of its high half: backward.
  auto bucket = [](char first, char last) { return ((first - 'a') * 26 + (last - 'a')) % 128; };
  std::array<uint64_t, 128> by_ends{};
  for (size_t k = 0; k < names.size(); ++k) {
    const std::string& g = names[k].given;
    const std::string& s = names[k].surname;
    by_ends[bucket(g[0], s.back())] |= uint64_t{1} << k;
    by_ends[bucket(s[0], g[0])] |= uint64_t{1} << (32 + k);
  }
  // A span, not the vector: found.push_back would make the compiler load it again per token.
  const std::span<const NameToken> tokens = words.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& w = tokens[i];
    const size_t b = w.begin;
    const size_t e = w.end;
    if (!w.ascii || w.has_digit || e - b < kShortestLogin || e - b > kMaxLogin ||
        !IsAsciiLetter(text[b]) || !IsAsciiLetter(text[e - 1])) {
      continue;
    }
    const uint64_t candidates = by_ends[bucket(LowerAscii(text[b]), LowerAscii(text[e - 1]))];
    if (candidates == 0) continue;
    const char before = b > 0 ? text[b - 1] : ' ';
    const char after = e < text.size() ? text[e] : ' ';
    const bool glued_dot = after == '.' && e + 1 < text.size() && IsWordByte(text[e + 1]);
    if (before == '@' || before == '.' || before == '_' || before == '/' || after == '@' ||
        after == '_' || glued_dot) {
      continue;
    }
    const std::string_view login = words.lower[i];
    bool spells = false;
    for (uint64_t m = candidates; m != 0 && !spells; m &= m - 1) {
      const int k = std::countr_zero(m);
      const std::string_view g = names[k % 32].given;
      const std::string_view s = names[k % 32].surname;
      const std::string_view short_s = names[k % 32].short_surname;
      if (k < 32) {  // "ldesmet", "lottedesmet", "jvrijswijk"
        spells =
            (login.size() == s.size() + 1 && login[0] == g[0] && login.ends_with(s)) ||
            (login.size() == g.size() + s.size() && login.starts_with(g) && login.ends_with(s)) ||
            (!short_s.empty() && login.size() == short_s.size() + 1 && login[0] == g[0] &&
             login.ends_with(short_s));
      } else {  // "desmetl"
        spells = login.size() == s.size() + 1 && login.back() == g[0] && login.starts_with(s);
      }
    }
    if (spells) found.push_back({"PERSON", b, e, kEmailNameScore});
  }
}

}  // namespace vermeld
