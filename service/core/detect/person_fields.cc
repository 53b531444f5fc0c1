#include "core/detect/person_fields.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "core/detect/person_scripts.h"
#include "core/detect/table_layout.h"

namespace vermeld {
namespace {

constexpr double kFieldNameScore = 0.8;
constexpr int kMaxWords = 5;
constexpr size_t kMaxLabelBytes = 40;
constexpr size_t kMaxValueBytes = 80;  // a quoted value: a few names
constexpr size_t kMaxWordBytes = 64;

// What a label says of its value: no name, a name, or a name only with a known given name or
// surname in it (kWeakNameLabel: "Tegenpartij: Proximus").
enum class NameLabel { kNone, kName, kKnownName };

// A plural or feminine ending in brackets written onto a label ("prénom(s)", "voornaam(en)",
// "requérant(e)", "naam(en) deelnemer(s)") taken off; the bracket must touch the word. Letters in
// brackets inside a word stay, their brackets go: "voorna(a)m(en)" covers "voornaam" and
// "voornamen".
std::string WithoutPluralMark(std::string_view label) {
  // One to three lower-case letters in brackets from `open` on, touching a letter before.
  auto mark_at = [&](size_t open) {
    if (open == 0 || label[open - 1] == ' ') return size_t{0};
    size_t close = open + 1;
    while (close < label.size() && close - open <= 3 && label[close] >= 'a' &&
           label[close] <= 'z') {
      ++close;
    }
    return close < label.size() && label[close] == ')' && close > open + 1 ? close : size_t{0};
  };
  if (label.find('(') == std::string_view::npos) return std::string(label);  // most: no byte loop
  std::string out;
  for (size_t i = 0; i < label.size(); ++i) {
    const size_t close = label[i] == '(' ? mark_at(i) : 0;
    if (close == 0) {
      out += label[i];
      continue;
    }
    const bool inside =
        close + 1 < label.size() && label[close + 1] >= 'a' && label[close + 1] <= 'z';
    if (inside) out.append(label.substr(i + 1, close - i - 1));  // its letters stay
    i = close;  // an ending ("(en)" before a blank or the end) goes whole
  }
  return out;
}

// "naam aanvrager", "nom du demandeur", "name of the caller": the name of someone in a role that
// is itself a name label, a function or a relation ("aanvrager", "demandeur", "moeder"); not a
// project's, a server's or a product's ("Naam project: Iris"). Weak: a role filled by a firm too
// needs a known name in the value.
bool RoleNameLabel(std::string_view label, const NameLists& lists) {
  static constexpr std::string_view kNameOf[] = {"naam ",      "naam van de ", "nom du ",
                                                 "nom de la ", "nom de l'",    "nom de ",
                                                 "name of ",   "name of the "};
  if (!label.starts_with('n')) return false;  // every kNameOf does: most labels go at one test
  for (std::string_view name_of : kNameOf) {
    if (!label.starts_with(name_of)) continue;
    const std::string_view role = label.substr(name_of.size());
    if (role.size() < 3 || role.find(' ') != std::string_view::npos) continue;
    const bool letters = std::all_of(role.begin(), role.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    });
    if (letters && (lists.words.Find(role) & (kNameLabel | kFunction | kKinship)) != 0) {
      return true;
    }
  }
  return false;
}

// Where the first part of a normalized label ends (KindOfLabel): at the first '+', '/', '&' or
// joint that its replacements leave, without making them. They replace every ", ", then every
// " en ", then every " et ": an " et " whose last blank opens an " en " ("x et en y") loses that
// blank to it, and the part runs on to the " en ".
size_t FirstPartEnd(std::string_view h) {
  for (size_t i = 0; i < h.size(); ++i) {
    switch (h[i]) {
      case '+':
      case '/':
      case '&':
        return i;
      case ',':
        if (i + 1 < h.size() && h[i + 1] == ' ') return i;
        break;
      case ' ':  // " en ", " et "
        if (i + 3 < h.size() && h[i + 1] == 'e' && h[i + 3] == ' ') {
          if (h[i + 2] == 'n') return i;
          if (h[i + 2] == 't') return h.substr(i + 3, 4) == " en " ? i + 3 : i;
        }
        break;
    }
  }
  return h.size();
}

// The normalized label is name labels (kNameLabel) joined by '+', '/', '&', ", ", " en " or " et "
// ("Naam + voornaam", "Nom et prénom", "Nom, prénom"); weak when one of them is.
NameLabel KindOfLabel(std::string_view header, const NameLists& lists) {
  if (header.empty() || header.size() > kMaxLabelBytes) return NameLabel::kNone;
  std::string h = NormalizedHeader(header);
  // kNameLabel, with kWeakNameLabel for a weak one, when a part is a name label; else 0.
  auto part_kind = [&](std::string_view part) -> uint32_t {
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    const std::string unmarked = WithoutPluralMark(part);
    part = unmarked;
    const uint32_t flags = part.empty() ? 0 : lists.words.Find(part);
    if (flags & kNameLabel) return flags & (kNameLabel | kWeakNameLabel);
    return RoleNameLabel(part, lists) ? kNameLabel | kWeakNameLabel : 0;
  };
  // Most labels name no one, as their first part shows before the joints are replaced.
  if (part_kind(std::string_view(h).substr(0, FirstPartEnd(h))) == 0) return NameLabel::kNone;
  for (std::string_view joint : {", ", " en ", " et "}) {
    for (size_t at = h.find(joint); at != std::string::npos; at = h.find(joint)) {
      h.replace(at, joint.size(), "+");
    }
  }
  size_t begin = 0;
  bool weak = false;
  while (true) {
    // A loop, not find_first_of: that calls memchr on its set once per byte.
    size_t end = begin;
    while (end < h.size() && h[end] != '+' && h[end] != '/' && h[end] != '&') ++end;
    const uint32_t kind = part_kind(std::string_view(h).substr(begin, end - begin));
    if (kind == 0) return NameLabel::kNone;
    weak = weak || (kind & kWeakNameLabel);
    if (end == h.size()) return weak ? NameLabel::kKnownName : NameLabel::kName;
    begin = end + 1;
  }
}

// A column header numbered for one of several: "Arrivant 1", "Ouder 2".
bool NumberedColumn(std::string_view header) {
  while (!header.empty() && (header.back() == ' ' || header.back() == ':')) header.remove_suffix(1);
  const size_t blank = header.rfind(' ');
  if (blank == std::string_view::npos || blank == 0) return false;
  const std::string_view mark = header.substr(blank + 1);
  return !mark.empty() && mark.size() <= 2 &&
         std::all_of(mark.begin(), mark.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsNameLabel(std::string_view header, const NameLists& lists) {
  return KindOfLabel(header, lists) != NameLabel::kNone;
}

// One to kMaxWords words of letters (UTF-8 letters pass as non-ASCII bytes); apostrophes, hyphens
// and the dot of an initial inside words; no word an organisation word, month, place, function or
// title that is not also a name ("Opgesteld door: de financieel directeur"), but particles pass
// ("den" is also a village: "VAN DEN BOSSCHE"); in lower case only with a known name among them
// ("naam: lucas vanhoudt"); or one to four words in another script (person_scripts.h).
bool ReadsAsName(std::string_view cell, const NameLists& lists, bool known_only = false) {
  // A field left unknown or pointing elsewhere: "Beller: Anoniem", "Caller: Unknown", "Getuige:
  // Geen", "Echtgenoot: Niet van toepassing", "Contact d'urgence : Voir dossier".
  static constexpr std::string_view kPlaceholders[] = {
      "onbekend", "onbekende", "anoniem", "geen", "nvt", "n.v.t.", "unknown", "anonymous", "none",
      "inconnu", "inconnue", "anonyme", "aucun", "aucune", "néant", "x", "zie",
      "niet van toepassing", "non applicable", "voir", "not applicable",
      // A system entered it: "Ingevoerd door: Systeem", "Entered by: Portal".
      "systeem", "system", "système", "portal", "portaal", "webformulier", "automatisch",
      "automatique"};
  const std::string folded_cell = LowerUtf8(cell);
  for (std::string_view placeholder : kPlaceholders) {
    if (folded_cell == placeholder ||
        (folded_cell.starts_with(placeholder) && folded_cell.size() > placeholder.size() &&
         folded_cell[placeholder.size()] == ' ')) {
      return false;
    }
  }
  if (!known_only && InOtherScript(cell)) return true;
  const uint32_t whole = lists.words.Find(folded_cell);  // "Den Haag" is a place
  if ((whole & kNotName) && !(whole & (kFirstName | kSurname))) return false;
  int words = 0;
  size_t word_begin = 0;
  std::string lower;
  bool capital = false;
  bool known = false;
  bool beyond_particles = false;
  bool compound = false;  // a word ending like a body, venue or street ("Cultuurcentrum")
  bool after_comma = false;
  auto word_ok = [&](size_t end) {
    const char first = cell[word_begin];
    const bool lower_case = first >= 'a' && first <= 'z';
    const bool capital_before = capital;
    lower.assign(cell.substr(word_begin, end - word_begin));
    while (!lower.empty() && lower.back() == '.') lower.pop_back();
    const std::string folded = LowerUtf8(lower);
    capital = capital || folded != lower;
    const uint32_t flags = FlagsWithCompoundFunction(lists, folded);
    // After a comma a capitalised name goes on with a given name, an initial or the particles
    // of the surname ("Dupont, Marie", "Berg, Jan van den", "Boer, P. de"), not with other
    // words in lower case: "Ilunga B., assistant social" adds a function.
    if (after_comma && capital_before && lower_case && !(flags & kParticle)) return false;
    // A double given name or surname is known when both halves are: "Ioana-Maria".
    const size_t hyphen = folded.find('-');
    const bool halves = hyphen != std::string::npos &&
                        lists.words.Has(folded.substr(0, hyphen), kFirstName | kSurname) &&
                        lists.words.Has(folded.substr(hyphen + 1), kFirstName | kSurname);
    const bool name = (flags & (kFirstName | kSurname)) != 0 || halves;
    known = known || name;
    if (flags & kParticle) return true;
    beyond_particles = true;
    compound = compound || (!name && IsNonNameCompound(lists, folded));
    return (flags & (kNotName | kFunction | kTitle)) == 0 || name;
  };
  bool in_word = false;
  for (size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    const unsigned char u = static_cast<unsigned char>(c);
    const bool letter = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
    if (letter) {
      if (!in_word) {
        if (++words > kMaxWords) return false;
        word_begin = i;
      }
      in_word = true;
    } else if (c == ' ' || c == ',') {
      if (in_word && !word_ok(i)) return false;
      in_word = false;
      after_comma = after_comma || c == ',';
    } else if (c == '\'' && !in_word && words > 0 && i + 2 < cell.size() &&
               (cell[i + 1] | 0x20) == 't' && cell[i + 2] == ' ') {
      ++i;  // the particle "'t" inside a surname ("VAN 'T SCHIP"), no word of its own
    } else if (!(in_word && (c == '\'' || c == '-' || c == '.'))) {
      return false;
    }
  }
  if (words == 0 || (in_word && !word_ok(cell.size())) || !beyond_particles) return false;
  // Without a known name, such a compound names a body or venue ("Cultuurcentrum Bolsward"); with
  // one it is a surname ("Marloes Wijnberg").
  return known || (!known_only && capital && !compound);
}

// The value of the field whose ':' is at `colon`, after blanks and one tab ("Nom :<TAB>KOWALCZYK";
// more tabs reach the next column of an empty field, "Nom :<TAB><TAB><TAB>Signature"): up to the
// line's end, a tab, two blanks, or a bracket, ';', '|', '<' or a spaced dash or slash; trimmed.
ByteSpan FieldValue(std::string_view text, size_t colon) {
  size_t b = colon + 1;
  while (b < text.size() && text[b] == ' ') ++b;
  if (b < text.size() && text[b] == '\t') ++b;
  while (b < text.size() && text[b] == ' ') ++b;
  size_t e = b;
  while (e < text.size()) {
    const char c = text[e];
    if (c == '\n' || c == '\r' || c == '\t' || c == '(' || c == ';' || c == '|' || c == '<') break;
    if (c == ' ' && e + 1 < text.size()) {
      const char n = text[e + 1];
      if (n == ' ') break;
      if ((n == '-' || n == '/') && e + 2 < text.size() && text[e + 2] == ' ') break;
      if (text.substr(e + 1, 4) == "\u2013 ") break;  // " – "
    }
    ++e;
  }
  while (e > b && text[e - 1] == ' ') --e;
  return {b, e};
}

// The label before the ':' at `colon`: from the start of the line, a tab, two blanks or a dash
// between blanks ("6. Verzekeringnemer - Naam:", "Student – naam:").
std::string_view FieldLabel(std::string_view text, size_t colon) {
  // Forms align their colons with blanks or dot leaders: "Naam aanvrager         : DE WOLF",
  // "NAAM .................: VERMEULEN".
  auto skip_blanks = [&](size_t p) {
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    return p;
  };
  colon = skip_blanks(colon);
  size_t leader = colon;
  while (leader > 0 && text[leader - 1] == '.') --leader;
  if (colon - leader >= 3) colon = skip_blanks(leader);  // not the dot of "Geb.:"
  size_t b = colon;
  while (b > 0 && colon - b <= kMaxLabelBytes) {
    const char c = text[b - 1];
    if (c == '\n' || c == '\t' || c == '|' || (c == ' ' && b >= 2 && text[b - 2] == ' ')) break;
    if (c == ' ' &&
        (text.substr(0, b - 1).ends_with(" -") || text.substr(0, b - 1).ends_with(" \u2013"))) {
      break;
    }
    --b;
  }
  // A reply quotes the lines of the mail before it: "> Naam: ...", ">> Naam: ...".
  while (b < colon && (text[b] == '>' || text[b] == ' ')) ++b;
  // A numbered field names what the others do: "OUDER/VOOGD 2:", "Kind 1:".
  size_t e = colon;
  while (e > b && colon - e < 2 && IsAsciiDigit(text[e - 1])) --e;
  if (e < colon && e > b + 1 && text[e - 1] == ' ') colon = e - 1;
  return text.substr(b, colon - b);
}

// Calls fn(pos) for each position of `byte` in text, in order; fn may return a position to go on
// from (past a run it read), or pos itself. A template: a std::function allocated for most
// lambdas and was called indirectly at every byte found.
template <typename Fn>
void ForEachByte(std::string_view text, char byte, const Fn& fn) {
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const void* at = std::memchr(text.data() + pos, byte, text.size() - pos);
    if (at == nullptr) return;
    pos = fn(static_cast<size_t>(static_cast<const char*>(at) - text.data()));
  }
}

// The capitalised words (particles among them) that end right before `end`, on the same line, at
// most kMaxWords: "DANYLO KOVALENKO" of "- DANYLO KOVALENKO, °03/07/2016", "Lumo Kimbelu" of
// "... en Lumo Kimbelu, geboren op". Particles in lower case join only a known name before them
// ("Lucas op de Beeck"; not "Inscription de Awa Mbemba", "en de ...").
ByteSpan CapitalisedWordsBefore(std::string_view text, size_t end, const NameLists& lists) {
  struct Word {
    size_t begin;
    bool capital;
    bool known;
  };
  Word words[kMaxWords];  // from the nearest to `end` backwards
  int n = 0;
  for (size_t p = end; n < kMaxWords;) {
    while (p > 0 && text[p - 1] == ' ') --p;
    size_t b = p;
    while (b > 0 && p - b <= kMaxWordBytes) {
      const unsigned char c = static_cast<unsigned char>(text[b - 1]);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == '-' ||
            c == '\'' || c == '.')) {
        break;
      }
      --b;
    }
    // A word glued to a digit is a code ("5B, ° 14/06/2015": a class), a single letter no name;
    // a longer run than any name is no word (and is not read back further).
    if (b == p || (b > 0 && text[b - 1] >= '0' && text[b - 1] <= '9') || p - b < 2 ||
        p - b > kMaxWordBytes) {
      break;
    }
    const std::string_view word = text.substr(b, p - b);
    if (word.size() > 2 && word.back() == '.') break;  // ends a sentence: no initial ("J.")
    const std::string lower = LowerUtf8(word);
    const bool capital = lower.compare(0, 2, word.substr(0, 2)) != 0;
    if (!capital && !lists.words.Has(lower, kParticle)) break;
    words[n++] = {b, capital, lists.words.Has(lower, kFirstName | kSurname)};
    p = b;
  }
  int taken = 0;  // words[0, taken) are the name
  for (int i = 0; i < n; ++i) {
    if (!words[i].capital) {
      int j = i;
      while (j < n && !words[j].capital) ++j;
      if (j == n || !words[j].known) break;
      i = j;
    }
    taken = i + 1;
  }
  // A capitalised word opening a sentence before a known name is the sentence's ("Pour Sami, né
  // le ..."); without a known name the words may all be unknown names ("DANYLO KOVALENKO").
  if (taken >= 2 && !words[taken - 1].known) {
    size_t p = words[taken - 1].begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    const bool opens = p == 0 || text[p - 1] == '.' || text[p - 1] == '!' || text[p - 1] == '?' ||
                       text[p - 1] == '\n';
    if (opens && std::any_of(words, words + taken - 1, [](const Word& w) { return w.known; })) {
      --taken;
    }
  }
  // Unknown words in mixed case may be a choir's, a radio's or a file's name ("Kinderkoor
  // Kadanza (°1995)", "Dossier Lumo Kimbelu, geboren op"): a known name among them, or a form's
  // capitals ("- DANYLO KOVALENKO, °03/07/2016").
  const bool known = std::any_of(words, words + taken, [](const Word& w) { return w.known; });
  const bool capitals =
      std::none_of(text.begin() + (taken == 0 ? end : words[taken - 1].begin), text.begin() + end,
                   [](char c) { return c >= 'a' && c <= 'z'; });
  if (taken == 0 || !(known || capitals)) return {end, end};
  return {words[taken - 1].begin, end};
}

// Where a name ends before the separator or blank at text[p - 1] that precedes a birth cue.
size_t NameEnd(std::string_view text, size_t p) {
  while (p > 0 && text[p - 1] == ' ') --p;
  return p;
}

// PERSON: the capitalised words right before a birth cue, with a known name among them or in
// capitals (CapitalisedWordsBefore): "- DANYLO KOVALENKO, °03/07/2016", "Sami Kimbelu (°2015)",
// "Peeters °12/03/1980", "Noah Kimbelu, geboren op", "Fatima Diallo (née le", "Diallo, born in".
// Found from rare bytes (the degree sign's second, ',' and '('), not by searching each cue word:
// 'n' of "né" is common.
void FindNamesBeforeBirthCues(std::string_view text, const NameLists& lists,
                              std::vector<Finding>& out) {
  auto add = [&](size_t end) {
    const ByteSpan name = CapitalisedWordsBefore(text, end, lists);
    if (name.begin < name.end &&
        ReadsAsName(text.substr(name.begin, name.end - name.begin), lists)) {
      out.push_back({"PERSON", name.begin, name.end, kFieldNameScore});
    }
  };
  // "°" (C2 B0) and a date or year, after ',', '(' or a blank.
  ForEachByte(text, '\xB0', [&](size_t at) {
    if (at == 0 || text[at - 1] != '\xC2') return at;
    size_t d = at + 1;
    if (d < text.size() && text[d] == ' ') ++d;
    if (d >= text.size() || text[d] < '0' || text[d] > '9') return at;
    size_t p = NameEnd(text, at - 1);
    if (p > 0 && (text[p - 1] == ',' || text[p - 1] == '(')) {
      add(NameEnd(text, p - 1));
    } else if (p < at - 1) {
      add(p);
    }
    return at;
  });
  // A birth word after ',' or '(', then a date or a place: ", geboren op", "(née le", ", born
  // in"; not "Brussel, geboren en getogen".
  static constexpr std::string_view kBirthWords[] = {"geboren", "née", "né", "born"};
  static constexpr std::string_view kNext[] = {"op", "te", "in", "le", "à", "en", "on"};
  auto word_after = [&](size_t at) -> size_t {
    size_t w = at + 1;
    while (w < text.size() && text[w] == ' ') ++w;
    // Most commas and brackets: no birth word's first letter after them.
    if (w == text.size() || (text[w] != 'g' && text[w] != 'n' && text[w] != 'b')) return at;
    const std::string_view rest = text.substr(w);
    for (std::string_view word : kBirthWords) {
      if (!rest.starts_with(word) || rest.size() < word.size() + 2 || rest[word.size()] != ' ') {
        continue;
      }
      const std::string_view next = rest.substr(word.size() + 1);
      const bool dated = next[0] >= '0' && next[0] <= '9';
      const bool placed = std::any_of(std::begin(kNext), std::end(kNext), [&](std::string_view n) {
        return next.starts_with(n) && (next.size() == n.size() || next[n.size()] == ' ');
      });
      if (dated || (placed && !(word == "geboren" && next.starts_with("en ")))) {
        add(NameEnd(text, at));
      }
      return at;
    }
    return at;
  };
  ForEachByte(text, ',', word_after);
  ForEachByte(text, '(', word_after);
}

// The length of the blank (a space or a no-break space: French writes "« Nowak »") starting at
// text[p], or ending right before text[p]; 0 when there is none.
size_t BlankAt(std::string_view text, size_t p) {
  return text[p] == ' ' ? 1 : text.substr(p, 2) == "\u00A0" ? 2 : 0;
}
size_t BlankBefore(std::string_view text, size_t p) {
  return text[p - 1] == ' ' ? 1 : p >= 2 && text.substr(p - 2, 2) == "\u00A0" ? 2 : 0;
}

// Two letters or more and no ASCII letter in lower case: "AYDIN", "ÖZTÜRK".
bool InCapitals(std::string_view value) {
  int letters = 0;
  for (const char c : value) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

// The flags of what bears a name (kNameBearer: one to four words, "sonnette", "boîte aux
// lettres") ending right before text[quote], blanks and a colon apart; 0 when none does.
uint32_t NameBearerBefore(std::string_view text, size_t quote, const NameLists& lists) {
  size_t end = quote;
  while (end > 0 && (BlankBefore(text, end) > 0 || text[end - 1] == ':')) {
    end -= text[end - 1] == ':' ? 1 : BlankBefore(text, end);
  }
  size_t begin = end;
  for (int words = 0; words < 4; ++words) {
    size_t b = begin;
    while (b > 0 && b + kMaxLabelBytes > end) {
      const unsigned char c = static_cast<unsigned char>(text[b - 1]);
      if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c < 0x80 && c != '-') break;
      --b;
    }
    if (b == begin) return 0;
    const uint32_t flags = lists.words.Find(LowerUtf8(text.substr(b, end - b)));
    if (flags & kNameBearer) return flags;
    if (b == 0 || text[b - 1] != ' ') return 0;
    begin = b - 1;
  }
  return 0;
}

// Names in quotes after what bears them: 'sonnette "Mbuyi-Kabongo"', 'aan de bel « AYDIN / KAYA
// »'. Each part of the quoted value parted by '/' or " & " that reads as a name is one. A bearer
// that firms fill too (a '?' entry: an account's holder line) needs a known name; so does a
// single plain word on a doorbell ("Leveringen", "Hoofdingang"), but for one in capitals or a
// double name ("AYDIN", "Mbuyi-Kabongo").
void FindQuotedNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out) {
  struct Quotes {
    std::string_view open, close;
    bool straight;  // the same mark opens and closes: an opening one follows no word character
  };
  static constexpr Quotes kQuotes[] = {{"\"", "\"", true},          {"'", "'", true},
                                       {"\u00AB", "\u00BB", false}, {"\u201C", "\u201D", false},
                                       {"\u201E", "\u201D", false}, {"\u2018", "\u2019", false}};
  for (const Quotes& quotes : kQuotes) {
    for (size_t q = text.find(quotes.open); q != std::string_view::npos;
         q = text.find(quotes.open, q + 1)) {
      // An inch mark ("27\"") or an apostrophe closes no value and opens none.
      if (quotes.straight && q > 0 && IsWordByte(text[q - 1])) continue;
      // The closing quote is looked for only as far as a value can reach: linear time. A
      // straight one is followed by no word character ("'t" inside a name is no end).
      const size_t begin = q + quotes.open.size();
      const std::string_view reach = text.substr(begin, kMaxValueBytes + quotes.close.size());
      size_t found = reach.find(quotes.close);
      while (quotes.straight && found != std::string_view::npos &&
             found + quotes.close.size() < reach.size() &&
             IsWordByte(reach[found + quotes.close.size()])) {
        found = reach.find(quotes.close, found + 1);
      }
      if (found == std::string_view::npos ||
          reach.substr(0, found).find('\n') != std::string_view::npos) {
        continue;
      }
      const size_t close_at = begin + found;
      const uint32_t bearer = NameBearerBefore(text, q, lists);
      q = close_at;  // a closing mark opens nothing
      if (bearer == 0) continue;
      const bool several =
          text.substr(begin, close_at - begin).find_first_of("/&") != std::string_view::npos;
      for (size_t part = begin; part < close_at;) {
        size_t next = part;
        while (next < close_at && text[next] != '/' && text.substr(next, 3) != " & ") ++next;
        size_t b = part;
        size_t e = next;
        while (b < e && BlankAt(text, b) > 0) b += BlankAt(text, b);
        while (e > b && BlankBefore(text, e) > 0) e -= BlankBefore(text, e);
        const std::string_view value = text.substr(b, e - b);
        const bool plain_word =
            !several && value.find_first_of(" -") == std::string_view::npos && !InCapitals(value);
        if (b < e && ReadsAsName(value, lists, (bearer & kWeakNameLabel) != 0 || plain_word)) {
          out.push_back({"PERSON", b, e, kFieldNameScore});
        }
        part = next + (next < close_at && text[next] == '/' ? 1 : 3);
      }
    }
  }
}

// The end of the word of capitals (ASCII or any non-ASCII byte: "ŞAHIN"; inner hyphens and
// apostrophes) starting at text[pos], or pos when none starts there.
size_t CapitalsWordEnd(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e < text.size() && (IsAsciiUpper(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80 ||
                             (e > pos && (text[e] == '-' || text[e] == '\'') &&
                              e + 1 < text.size() && IsAsciiUpper(text[e + 1])))) {
    ++e;
  }
  return e;
}

// The title of a passenger name ends its item: the line, a punctuation mark or a bracket follow
// ("LOTTE MS – passport", "MINH MR,"), not a word or a number ("ENTRA MS Graph", "ROMA MR 2024").
bool TitleEndsItem(std::string_view text, size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  if (end >= text.size()) return true;
  const char c = text[end];
  return c == '\n' || c == '\r' || c == ',' || c == ';' || c == '(' || c == '-' || c == '.' ||
         text.substr(end).starts_with("\u2013");
}

// Passenger names as airlines and travel agents write them: "VAN ACKER/LOTTE MS", "NGUYEN /
// MINH MR": the surname in capitals, a slash, the given names in capitals, then a title (without
// it, capitals around a slash are mostly no name: "DEC/JAN", "TCP/IP", "NL/FR").
void FindBookingNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out) {
  static constexpr std::string_view kTitles[] = {"MR", "MRS", "MS", "MISS", "MSTR"};
  ForEachByte(text, '/', [&](size_t slash) {
    const size_t before = slash > 0 && text[slash - 1] == ' ' ? slash - 1 : slash;
    if (before == 0 || !IsAsciiUpper(text[before - 1])) return slash;
    size_t p = slash + 1;
    if (p < text.size() && text[p] == ' ') ++p;
    const size_t given = p;
    bool titled = false;
    size_t given_end = given;
    for (int words = 0; words < 4; ++words) {
      const size_t e = CapitalsWordEnd(text, p);
      if (e - p < 2) break;
      const std::string_view word = text.substr(p, e - p);
      if (words > 0 &&
          std::find(std::begin(kTitles), std::end(kTitles), word) != std::end(kTitles)) {
        titled = TitleEndsItem(text, e);
        break;
      }
      given_end = e;
      if (e >= text.size() || text[e] != ' ') break;
      p = e + 1;
    }
    if (given_end == given || (given_end < text.size() && IsWordByte(text[given_end]))) {
      return slash;
    }
    if (!titled) return slash;
    // The surname: up to three words in capitals before the slash, particles among them.
    size_t surname = before;
    for (int words = 0; words < 3; ++words) {
      size_t b = surname;
      while (b > 0 &&
             (IsAsciiUpper(text[b - 1]) || static_cast<unsigned char>(text[b - 1]) >= 0x80 ||
              text[b - 1] == '-' || text[b - 1] == '\'')) {
        --b;
      }
      if (surname - b < 2 || (b > 0 && IsWordByte(text[b - 1]))) break;
      surname = b;
      if (b < 2 || text[b - 1] != ' ' || !IsAsciiUpper(text[b - 2])) break;
      --surname;
    }
    while (surname < before && text[surname] == ' ') ++surname;
    if (surname == before || !ReadsAsName(text.substr(surname, before - surname), lists) ||
        !ReadsAsName(text.substr(given, given_end - given), lists)) {
      return slash;
    }
    out.push_back({"PERSON", surname, given_end, kFieldNameScore});
    return given_end;
  });
}

// The end of a capitalised name with a known word before particles and a word in lower case,
// where those say whom the person is with: "Ahmet van de schoonmaakfirma", "Ilse van het onthaal"
// end before " van"; `value`'s size when none do (a name in lower case is read whole: "jan van den
// berg"), nor where the word ends a listed surname: "Jan van den berg" typed in haste.
size_t EndBeforeOwnerWords(std::string_view value, const NameLists& lists) {
  const unsigned char first = value.empty() ? 0 : static_cast<unsigned char>(value[0]);
  if (!(first >= 'A' && first <= 'Z')) return value.size();
  size_t run = std::string_view::npos;  // where the particles before the word begin
  for (size_t b = 0; b < value.size();) {
    size_t e = value.find(' ', b);
    if (e == std::string_view::npos) e = value.size();
    const std::string_view word = value.substr(b, e - b);
    if (b > 0 && !word.empty() && word[0] >= 'a' && word[0] <= 'z') {
      if (lists.words.Has(word, kParticle)) {
        if (run == std::string_view::npos) run = b - 1;
      } else {
        const std::string_view bare = word.substr(0, word.find_last_not_of(",.;:") + 1);
        const bool known_head = run != std::string_view::npos && !lists.words.Has(bare, kSurname) &&
                                ReadsAsName(value.substr(0, run), lists, true);
        return known_head ? run : value.size();
      }
    } else {
      run = std::string_view::npos;
    }
    b = e + 1;
  }
  return value.size();
}

}  // namespace

void FindFieldNames(const ScanText& scan, const NameLists& lists, std::vector<Finding>& out) {
  const std::string_view text = scan.text();
  auto add = [&](ByteSpan v, bool known_only = false) {
    v.end = v.begin + EndBeforeOwnerWords(text.substr(v.begin, v.end - v.begin), lists);
    std::string_view value = text.substr(v.begin, v.end - v.begin);
    if (!ReadsAsName(value, lists, known_only)) {
      // The name before the contact data on its line: "Wouter Mol, w.mol@groenenzo.nl"; a
      // capitalised one ("la mère, Mme Tahiri, 0477 ..." names her later).
      const size_t comma = value.find(',');
      if (comma == std::string_view::npos || comma == 0) return;
      value = value.substr(0, comma);
      v.end = v.begin + comma;
      const unsigned char first = static_cast<unsigned char>(value[0]);
      if (!((first >= 'A' && first <= 'Z') || first >= 0x80) ||
          !ReadsAsName(value, lists, known_only)) {
        return;
      }
    }
    if (v.begin < v.end) out.push_back({"PERSON", v.begin, v.end, kFieldNameScore});
  };
  scan.Tables().ForEachBodyCell([&](std::string_view header, ByteSpan cell) {
    // The English "name" column of an export also names products and places ("id,name,price");
    // a person there has two words or more.
    const NameLabel kind = KindOfLabel(header, lists);
    if (kind == NameLabel::kNone) return;
    if (NormalizedHeader(header) == "name" &&
        text.substr(cell.begin, cell.end - cell.begin).find(' ') == std::string_view::npos) {
      return;
    }
    add(cell, kind == NameLabel::kKnownName);
  });
  // A form comparing people side by side, its columns numbered ("Champ | Arrivant 1 | Arrivant
  // 2"), names its fields in its rows' first cells; a price list or a permissions matrix
  // ("Doelgroep | Losse beurt", "Rol | Mailbox") does not, and numbered offers name products
  // ("Offerte 1 | Offerte 2"): a value needs a known name.
  scan.Tables().ForEachRowLabelledCell(
      [&](std::string_view header, std::string_view label, ByteSpan cell) {
        if (NumberedColumn(header) && KindOfLabel(label, lists) != NameLabel::kNone) {
          add(cell, true);
        }
      });
  // Labels ending in ':' are read with the other fields below; a value that is itself a label
  // heads the column of an unruled two-column table ("Naam<TAB>Aanwezig").
  scan.Tables().ForEachKeyValue([&](std::string_view label, ByteSpan value) {
    const std::string folded = LowerUtf8(text.substr(value.begin, value.end - value.begin));
    const NameLabel kind = label.ends_with(':') ? NameLabel::kNone : KindOfLabel(label, lists);
    if (kind != NameLabel::kNone && !lists.words.Has(folded, kNameLabel | kListCue | kFunction)) {
      add(value, kind == NameLabel::kKnownName);
    }
  });
  ForEachByte(text, ':', [&](size_t colon) {
    const std::string_view label = FieldLabel(text, colon);
    const NameLabel kind = KindOfLabel(label, lists);
    // A numbered label heads options as often as people ("Kind 1: Zwemmen", "Deelnemer 2:
    // Neutraal"): its value needs a known name.
    const auto label_end = static_cast<size_t>(label.data() - text.data()) + label.size();
    const bool numbered =
        std::any_of(text.begin() + static_cast<std::ptrdiff_t>(label_end),
                    text.begin() + static_cast<std::ptrdiff_t>(colon), IsAsciiDigit);
    if (kind != NameLabel::kNone) {
      add(FieldValue(text, colon), kind == NameLabel::kKnownName || numbered);
    }
    return colon;
  });
  // Dot leaders stand for the ':' of a printed form ("ACHTERNAAM ............. WIJAYA"): the
  // label before the run of three dots or more, the value after its last dot.
  ForEachByte(text, '.', [&](size_t first) {
    size_t last = first;
    while (last + 1 < text.size() && text[last + 1] == '.') ++last;
    if (last - first >= 2 && first > 0 && text[first - 1] == ' ') {
      const NameLabel kind = KindOfLabel(FieldLabel(text, first), lists);
      if (kind != NameLabel::kNone) add(FieldValue(text, last), kind == NameLabel::kKnownName);
    }
    return last;
  });
  FindNamesBeforeBirthCues(text, lists, out);
  FindQuotedNames(text, lists, out);
  FindBookingNames(text, lists, out);
}

bool InHeaderOfNameTable(const ScanText& scan, const NameLists& lists, size_t pos) {
  const std::string_view text = scan.text();
  bool name_column = false;
  int names = 0;  // known names among the cells
  for (const ByteSpan& cell : scan.Tables().HeaderCellsAt(pos)) {
    const std::string_view header = text.substr(cell.begin, cell.end - cell.begin);
    // A value among the cells ("Naam<TAB>Jan Peeters<TAB>Geboortedatum<TAB>12/03/1980") makes
    // the line a form's row of fields, and a value of two words or more ("Naam | Els Wouters")
    // is a name in it.
    if (std::any_of(header.begin(), header.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
    if (cell.begin <= pos && pos < cell.end && header.find(' ') != std::string_view::npos) {
      return false;
    }
    const bool label = IsNameLabel(header, lists);
    names += !label && lists.words.Has(LowerUtf8(header), kFirstName | kSurname);
    // Stopping here keeps a header line of 200 names from being read 200 times, once per name.
    if (names >= 2) return false;
    name_column = name_column || label;
  }
  // Two known names or more (above) make the line a row of a table laid out sideways
  // ("Naam;Wouters;Janssens;Goossens\nDag;maandag;dinsdag;woensdag"); one may be a header
  // ("Lien").
  return name_column;
}

}  // namespace vermeld
