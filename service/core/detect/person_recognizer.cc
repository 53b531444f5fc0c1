#include "core/detect/person_recognizer.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <initializer_list>
#include <optional>
#include <span>
#include <tuple>
#include <utility>

#include "core/detect/held_names.h"
#include "core/detect/name_tokens.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/person_chat.h"
#include "core/detect/person_email.h"
#include "core/detect/person_evidence.h"
#include "core/detect/person_fields.h"
#include "core/detect/person_file_names.h"
#include "core/detect/person_introductions.h"
#include "core/detect/person_scripts.h"
#include "core/detect/person_signature.h"

namespace vermeld {
namespace {

constexpr double kCuedScore = 0.85;               // title, function or salutation + name
constexpr double kQuoteScore = kCuedPersonScore;  // reporting verb + name
constexpr double kKnownFullScore = 0.85;          // known given name + known surname
constexpr size_t kMaxListWords = 40;              // words of a list line read back to its label
constexpr double kFullScore = 0.75;      // known given name or initials + capitalised surname
constexpr double kAloneScore = 0.6;      // known given name or surname on its own
constexpr double kListScore = 0.7;       // given name in a list beside a found name
constexpr double kRepeatScore = 0.7;     // a word of a name found earlier in the document
constexpr size_t kMaxEnglishLook = 160;  // bytes of a sentence read for English words
constexpr size_t kSeenBits = 4096;       // the filter of the words of names found (AddRepeats)

// Object pronouns that are also surnames or their last words ("ter Haar", "Hem"): after a title in
// lower case they are whom the title did something to ("heeft de dokter haar iets gegeven").
bool IsObjectPronoun(std::string_view lower) {
  static constexpr std::string_view kPronouns[] = {"haar", "hem", "hen", "hun", "ons", "mij",
                                                   "jou",  "lui", "eux", "him", "her", "them"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), lower) != std::end(kPronouns);
}

// A compound closed by a function of nine bytes or more, as Dutch writes roles in one word:
// "vrijwilligerscoördinator", "trajectbegeleider", "teamverantwoordelijke".
bool EndsWithLongFunction(std::string_view lower) {
  static constexpr std::string_view kEnds[] = {
      "co\u00F6rdinator",  "coordinator", "medewerker", "begeleider",
      "verantwoordelijke", "consulent",   "deskundige"};
  constexpr size_t kMinCompound = 13;  // a stem of three bytes at least before the shortest
  if (lower.size() < kMinCompound) return false;
  const char last = lower.back();
  if (last != 'r' && last != 'e' && last != 't') return false;  // one test for most words
  for (std::string_view end : kEnds) {
    if (lower.size() >= end.size() + 3 && lower.ends_with(end)) return true;
  }
  return false;
}

// English possessives, before a relation word that French also writes as "his" ("my son").
bool EnglishPossessive(std::string_view lower) {
  static constexpr std::string_view kPossessives[] = {"my", "our", "your", "his", "her", "their"};
  return std::find(std::begin(kPossessives), std::end(kPossessives), lower) !=
         std::end(kPossessives);
}

// "vrouw", "man", "vader", "moeder" and French "femme", "mère", "père" are kin right after a
// possessive ("zijn vrouw Lieve", "sa mère Anne"); without one they open titles and tales
// ("Vader Abraham", "vrouw Holle", "Mère Teresa"). `before`: the word before, lower case.
bool KinAfterPossessive(std::string_view w, std::string_view before) {
  static constexpr std::string_view kDutchKin[] = {"vrouw", "man", "vader", "moeder"};
  static constexpr std::string_view kDutchPossessives[] = {"mijn", "zijn", "haar", "onze",
                                                           "ons",  "uw",   "hun"};
  static constexpr std::string_view kFrenchKin[] = {"femme", "m\u00e8re", "p\u00e8re"};
  static constexpr std::string_view kFrenchPossessives[] = {"ma",  "sa",    "ta",    "mon", "son",
                                                            "ton", "notre", "votre", "leur"};
  auto in = [](const auto& list, std::string_view x) {
    return std::find(std::begin(list), std::end(list), x) != std::end(list);
  };
  return (in(kDutchKin, w) && in(kDutchPossessives, before)) ||
         (in(kFrenchKin, w) && in(kFrenchPossessives, before));
}

// The bytes of token t of `text`, made here rather than by text.substr: in this file GCC keeps
// that call (its range check throws) out of line, and the scanner slices most tokens.
std::string_view TokenText(std::string_view text, const NameToken& t) {
  return {text.data() + t.begin, t.end - t.begin};
}

// A parsed run of name words: [first, last] token indexes.
struct Chain {
  size_t first = 0;
  size_t last = 0;
  int initials = 0;
  int given = 0;      // known given names
  int particles = 0;  // before the surname
  int surnames = 0;   // 0 or 1 (a hyphenated surname is one token)
  size_t skip = 0;    // bytes of an elision the first token starts with: "d'" of "d'Adam"
  size_t tail = 0;    // bytes after the last token that belong to the name: the dot of "K.V."
  bool known_surname = false;
  int Words() const { return given + surnames; }
};

class Scanner {
 public:
  Scanner(const ScanText& scan, const NameLists& lists, HeldNames& held)
      : scan_(scan),
        text_(scan.text()),
        lists_(lists),
        held_(held),
        words_(lists.words),
        lines_(scan.Lines()),
        tokens_(scan.Words().tokens),
        lower_(scan.Words().lower) {
    // Once per token: the parsers ask again for the same tokens (each span a chain may start at).
    // What Run needs of every token is found here too: one loop over them rather than four. It
    // reads the text and tokens through locals and fills each TokenState before storing it:
    // through the members, each push_back and byte store made the compiler load them again.
    const std::string_view text = text_;
    const std::span<const NameToken> tokens = tokens_;
    const std::span<const std::string_view> lower = lower_;
    state_.reserve(tokens.size());
    capitals_.reserve(tokens.size());
    uint32_t cues = 0;  // of the sentence from token `sentence` on (MarkSentenceCues)
    size_t sentence = 0;
    bool glued_before = false;  // GlueJoins(i - 1)
    for (size_t i = 0; i < tokens.size(); ++i) {
      const NameToken& t = tokens[i];
      const std::string_view w = lower[i];
      if (t.capitalised) capitals_.push_back(i);
      if (t.all_upper) uppers_.push_back(i);
      TokenState s;
      s.flags = words_.Find(w);
      // A name with a possessive ends in "'s" or "’s", also in lower case as chats write it
      // ("yusuf's account"): only such words are looked up again without it.
      const bool apostrophe_s =
          w.size() > 2 && w.back() == 's' && (w[w.size() - 2] == '\'' || w[w.size() - 2] == '\x99');
      if (s.flags == 0 && apostrophe_s) PossessiveName(w, s);
      // A function written as a compound cues a name as the function does: "CLB-medewerker
      // Nadia", "ICT-co\u00F6rdinator Jan".
      if (s.flags == 0 && t.hyphen) {
        s.flags = FlagsWithCompoundFunction(lists_, w);
      } else if (s.flags == 0 && EndsWithLongFunction(w)) {
        s.flags = kFunction;  // "vrijwilligerscoördinator Farid Ahmadzai"
      }
      // English "son" is kin after a possessive ("my son Danylo"); French "son" is "his", so the
      // list leaves it out ("son Excellence").
      // The others of KinAfterPossessive only right before the name: "haar vader (Parkinson)",
      // "uw vader (Toyota Auris)" name no one.
      if (i > 0 && tokens[i - 1].end + 1 == t.begin &&
          ((w == "son" && EnglishPossessive(lower[i - 1])) ||
           (KinAfterPossessive(w, lower[i - 1]) && i + 1 < tokens.size() &&
            tokens[i + 1].begin == t.end + 1))) {
        s.flags |= kKinship;
      }
      if (i > sentence && t.sentence_start) {
        MarkSentenceCues(sentence, i, cues);
        cues = 0;
        sentence = i;
      }
      cues |= s.flags & (kWorkWord | kTransitWord);
      if (IsItemLetter(text, t)) item_letters_.set(text[t.begin] - 'A');
      if (MayBeMention(text, t, s.flags)) mentions_.push_back(i);
      if (MayRepeatInLowerCase(t, w, s.flags, s.possessive)) lower_names_.push_back(i);
      if (MayBeInitials(text, t, s.flags)) initials_.push_back(i);
      const bool glued_after = GlueJoins(text, tokens, i);
      if (w.size() >= 4 && (glued_after || glued_before)) glued_.push_back(i);
      glued_before = glued_after;
      const bool pet = DiminutiveOfGiven(w);
      s.traits = (pet ? kPetForm : 0) | (ReadsAsGiven(t, w, s.flags, pet) ? kGiven : 0);
      // A short word with a dot may be an abbreviation ("Chr. Peeters"), but a known given name
      // with a dot ends its sentence: "inscrire Yara. Nous habitons"; so does a word with a digit
      // ("trainer U13. Kobe is gevallen").
      s.adjacent_next = i + 1 < tokens.size() && Adjacent(text, t, tokens[i + 1]) &&
                        !(t.dot_after && t.end - t.begin > 1 && (s.flags & kFirstName) &&
                          !(s.flags & kAmbiguous)) &&
                        !(t.dot_after && t.has_digit);
      state_.push_back(s);
    }
    MarkSentenceCues(sentence, tokens_.size(), cues);
  }

  // out[0, elsewhere): names the other finders found (signatures, fields, chat speakers), sorted
  // by begin; their later mentions are repeats too. Run only appends to out: they stay in place
  // and are not copied. `chat`: the text is a chat whose speakers were found. Once per Scanner.
  void Run(size_t elsewhere, bool chat, std::vector<Finding>& out) {
    informal_ = chat || LooksLikeChat(lines_) || WrittenInLowerCase();
    short_lower_case_ = !informal_ && ShortMessageInLowerCase();
    for (size_t i = 0; i < tokens_.size();) {
      if (StartsNoName(i)) {
        ++i;
        continue;
      }
      const auto [chain, score] = Match(i);
      if (score > 0) {
        // Left uncovered, so later mentions do not count as the same person either.
        const uint32_t cues = state_[chain.first].sentence_cues;
        // A name word alone opening the sentence before its verb is someone doing something:
        // "Sofie leest een boek", "Sofie neemt de bus".
        const bool subject = chain.first == chain.last && OpensSentenceBeforeVerb(chain.first);
        const bool artist = score <= kFullScore && (cues & kWorkWord) && !subject;
        // A name word alone in a sentence about trams and buses: a stop ("entre Louise et Bailli").
        const bool stop =
            score < kFullScore && chain.first == chain.last && (cues & kTransitWord) && !subject;
        if (!artist && !stop && !(score < kCuedScore && (EndsInPlace(chain) || Quoted(chain))) &&
            !InPlaceOrFirmName(chain) &&
            !InHeaderOfNameTable(scan_, lists_, tokens_[chain.first].begin)) {
          Chain named = chain;
          // A quoted nickname between the given name and the surname: 'Frank "Fré" Dierickx'.
          const size_t inner = chain.surnames == 0 && chain.given > 0
                                   ? QuotedNicknameBeforeSurname(chain.last)
                                   : kNoToken;
          if (inner != kNoToken) {
            named.last = inner + 1;
            named.surnames = 1;
          }
          Add(named, score, out);
          const size_t nick = inner != kNoToken ? inner : NicknameAfter(named.last);
          if (nick != kNoToken) Add({.first = nick, .last = nick}, score, out);
          i = named.last + 1;
          continue;
        }
        i = chain.last + 1;
      } else {
        ++i;
      }
    }
    AddMentions(out);
    if (informal_ || short_lower_case_) AddLowerCaseNames(out);
    AddListed(out);
    CoverFoundElsewhere({out.data(), elsewhere});
    AddRepeats(out);
    AddSurnameInitialRepeats(out);
    AddInitialsOfFound(out);
  }

 private:
  std::string_view Slice(const NameToken& t) const { return TokenText(text_, t); }
  // Token a and the next one are adjacent (Adjacent); false for the last token.
  bool AdjNext(size_t a) const { return state_[a].adjacent_next; }

  bool Is(size_t i, uint32_t any_of) const { return (state_[i].flags & any_of) != 0; }

  // The chain cut after its first word when that word ends a sentence with its dot: a relation's
  // name ("mama Aiko. She ...") does not run on into the next sentence. Initials keep their dots.
  Chain EndAtSentence(const Chain& c) const {
    if (c.last == c.first || !tokens_[c.first].dot_after ||
        tokens_[c.first].end - tokens_[c.first].begin < 2) {
      return c;
    }
    const bool given = IsGiven(c.first);
    return Chain{
        .first = c.first, .last = c.first, .given = given ? 1 : 0, .surnames = given ? 0 : 1};
  }

  void Add(const Chain& c, double score, std::vector<Finding>& out) {
    out.push_back({"PERSON", tokens_[c.first].begin + c.skip,
                   tokens_[c.last].end - state_[c.last].possessive + c.tail, score});
    for (size_t k = c.first; k <= c.last; ++k) state_[k].covered = true;
  }

  // The chain stands in the name of a place, venue or firm (name_holders.h), or begins a street
  // or body named after a person: "Jan Frans Willemsstraat", "Karel Van de Woestijnestraat",
  // "Jan Frans Willemsfonds" (the last word ends like a street or an organisation word).
  bool InPlaceOrFirmName(const Chain& c) const {
    if (held_.Holds(tokens_[c.first].begin, tokens_[c.last].end)) return true;
    // Right after a capitalised compound naming a body or venue: "Sportcentrum Jan Blockx",
    // "Gemeenteschool Emile Jacqmain".
    if (c.first > 0 && AdjNext(c.first - 1) && tokens_[c.first - 1].capitalised &&
        IsNonNameCompound(lists_, lower_[c.first - 1])) {
      return true;
    }
    size_t k = c.last;
    while (k + 1 < tokens_.size() && AdjNext(k) && IsParticle(k + 1)) ++k;
    if (k + 1 >= tokens_.size() || !AdjNext(k)) return false;
    // Someone in or from a place: "mevr. Janssens uit de Kapelstraat".
    if (k > c.last && !tokens_[c.last + 1].capitalised && PrepositionParticle(c.last + 1)) {
      return false;
    }
    // A given name (or a title) and a surname, then "van" in lower case: someone from the street
    // ("Jef Wouters van Kapelstraat 14", "mevr. Janssens van de Kapelstraat"), not a street named
    // after someone ("Johan van Oldenbarneveltlaan", "Ridder van Ghistelaan").
    const bool titled = c.first > 0 && AdjNext(c.first - 1) && Is(c.first - 1, kTitle);
    if (k > c.last && !tokens_[c.last + 1].capitalised && (c.given > 0 || titled) &&
        (Is(c.last, kSurname) || SurnameInitial(c.last)) && !Is(c.last, kFirstName)) {
      return false;
    }
    const NameToken& next = tokens_[k + 1];
    if (!next.capitalised || next.has_digit || !IsNonNameCompound(lists_, lower_[k + 1])) {
      return false;
    }
    // A full name, then a street and its house number: someone and their address ("Jan Peeters
    // Kerkstraat 12", "mw Van der Berg Beukenstraat 3a"), unless the street is named after
    // someone too ("Jan Frans Willemsstraat 12").
    const bool full_name = (c.given > 0 || titled) && c.surnames > 0 && k == c.last;
    return !(full_name && HouseNumberAt(k + 2) && !NamesItsStem(lists_, lower_[k + 1]));
  }

  // Token i may be a house number on the same line as the token before it: five bytes at most,
  // opening with a digit 1-9 ("12", "3a", "12-14").
  bool HouseNumberAt(size_t i) const {
    if (i >= tokens_.size() || !AdjNext(i - 1)) return false;
    const std::string_view w = Slice(tokens_[i]);
    return !w.empty() && w.size() <= 5 && w[0] >= '1' && w[0] <= '9';
  }

  // Without a given name or initials, the chain is or ends in a multi-word place ("Den
  // Bosch", "Welkom in De Haan", "Toerisme De Haan"); "mevrouw De Haan" has a cue and stays.
  bool EndsInPlace(const Chain& c) const {
    return c.given == 0 && c.initials == 0 && c.last > c.first &&
           (lists_.places.contains(Joined(c.first, c.last)) ||
            (IsParticle(c.last - 1) && lists_.places.contains(Joined(c.last - 1, c.last))));
  }

  static bool PlaceParticle(std::string_view lower) {
    return lower == "ter" || lower == "ten" || lower == "te" || lower == "der" || lower == "den";
  }

  // Token i is a day of the month: one or two digits.
  bool DayNumber(size_t i) const { return Slice(tokens_[i]).size() <= 2 && AllDigits(i); }

  // Token i is a number: digits only.
  bool AllDigits(size_t i) const {
    const std::string_view w = Slice(tokens_[i]);
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // "jan", "april", "juni": a month or its abbreviation that is also a given name.
  static bool MonthAbbreviation(std::string_view lower) {
    // Arrays, not initializer lists, here and below: those were built at each call, with a
    // strlen per word.
    static constexpr std::string_view kMonths[] = {
        "jan", "mar",  "apr", "april",    "mei", "jun", "june", "juni",
        "jul", "juli", "aug", "augustus", "sep", "oct", "nov",  "dec"};
    for (std::string_view month : kMonths) {
      if (lower == month) return true;
    }
    return false;
  }

  // "August", "Mei": a month that is also a given name.
  static bool GivenMonth(std::string_view lower) {
    static constexpr std::string_view kMonths[] = {"april", "mei",  "juni",
                                                   "june",  "july", "august"};
    return std::find(std::begin(kMonths), std::end(kMonths), lower) != std::end(kMonths);
  }

  // "Sam", "zo", "lun": a weekday abbreviation (nl, fr, en).
  static bool WeekdayAbbreviation(std::string_view lower) {
    static constexpr std::string_view kDays[] = {"ma",  "di",  "wo",  "do",  "vr",  "za",  "zo",
                                                 "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
                                                 "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (std::string_view day : kDays) {
      if (lower == day) return true;
    }
    return false;
  }

  // A list joint between tokens a < b: only blanks and one of , ; / & between them ("Joyce,
  // Mark"), or a conjunction word between them ("Mark en Priya").
  bool ListJoint(size_t a, size_t b) const {
    if (b == a + 2) {
      const std::string_view w = lower_[a + 1];
      return (w == "en" || w == "et" || w == "and" || w == "und") && AdjNext(a) && AdjNext(a + 1);
    }
    if (b != a + 1) return false;
    int marks = 0;
    for (size_t p = tokens_[a].end; p < tokens_[b].begin; ++p) {
      const char c = text_[p];
      if (c == ',' || c == ';' || c == '/' || c == '&') {
        ++marks;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return marks == 1;
  }

  // A label that opens a list of people: "Aanwezig:", "cc:", "Présents :".
  bool ListLabel(size_t i) const {
    if (NextChar(i) != ':') return false;
    if (Is(i, kListCue)) return true;
    // A cue opening its line may take a few lower-case words before the colon: "Afwezig met
    // kennisgeving:", "Aanwezig op de vergadering:".
    for (size_t k = i; k > 0 && i - k < 3;) {
      if (tokens_[k].capitalised || tokens_[k].all_upper || !AdjNext(k - 1)) return false;
      --k;
      if (Is(k, kListCue)) return tokens_[k].line_start;
    }
    return false;
  }

  // Given names (also those that are ordinary words, "Mark", "Leen") standing in a list next to a
  // name already found or right after a list label count: "Aanwezig: Joyce, Mark", "cc: Leen".
  // Two sweeps carry the evidence along the list in both directions.
  void AddListed(std::vector<Finding>& out) {
    auto candidate = [&](size_t j) { return j > 0 && !state_[j].covered; };
    auto try_member = [&](size_t j) {
      const Chain c = Parse(j);
      if (c.given > 0 && c.initials == 0) Add(c, kListScore, out);
    };
    for (const size_t j : capitals_) {
      if (!candidate(j)) continue;
      if ((state_[j - 1].covered && ListJoint(j - 1, j)) ||
          (j >= 2 && state_[j - 2].covered && ListJoint(j - 2, j)) ||
          (!tokens_[j].line_start && ListLabel(j - 1))) {
        try_member(j);
      }
    }
    for (auto it = capitals_.rbegin(); it != capitals_.rend(); ++it) {
      const size_t j = *it;
      if (!candidate(j)) continue;
      if ((j + 1 < tokens_.size() && state_[j + 1].covered && ListJoint(j, j + 1)) ||
          (j + 2 < tokens_.size() && state_[j + 2].covered && ListJoint(j, j + 2))) {
        try_member(j);
      }
    }
  }

  // A capital letter with a dot that opens a line: an item of a lettered list ("A.
  // Personenwagen", "B. Bestelwagen").
  static bool IsItemLetter(std::string_view text, const NameToken& t) {
    return t.line_start && t.dot_after && t.end - t.begin == 1 && text[t.begin] >= 'A' &&
           text[t.begin] <= 'Z';
  }

  // An initial opening a line, in a run of item letters from "A." on: "A." and "B." both open a
  // line ("J. Okafor", "K. Dijkstra" in a list of people are no such run).
  bool ListItemLetter(size_t i) const {
    const NameToken& t = tokens_[i];
    if (!t.line_start || t.end - t.begin != 1 || text_[t.begin] < 'A' || text_[t.begin] > 'Z') {
      return false;
    }
    const int letter = text_[t.begin] - 'A';
    for (int l = 0; l <= std::max(letter, 1); ++l) {
      if (!item_letters_[l]) return false;
    }
    return true;
  }

  // True when token i is a letter that names one of a series: after a lower-case word for a
  // part of a building or a kind of thing that letters name ("lift B", "entrée B", "ploeg C",
  // "zorgforfait B"; a compound ends in the longer ones), or after another letter and "en", "of",
  // "et", "ou" ("ploeg A en B"). Not "hal", "local", "gate": everyday words before an initial too.
  bool AfterLetteredThing(size_t i) const {
    static constexpr std::string_view kThings[] = {
        "lift",     "ingang",   "blok",   "gebouw",    "vleugel",   "zaal",    "lokaal",
        "poort",    "kamer",    "entrée", "aile",      "bloc",      "salle",   "bâtiment",
        "porte",    "wing",     "block",  "building",  "ploeg",     "groep",   "klas",
        "type",     "zone",     "fase",   "optie",     "option",    "bijlage", "annexe",
        "forfait",  "niveau",   "klasse", "categorie", "catégorie", "variant", "variante",
        "scenario", "scénario", "plan"};
    if (i == 0 || !AdjNext(i - 1) || tokens_[i - 1].capitalised) return false;
    std::string_view word = lower_[i - 1];
    if ((word == "en" || word == "of" || word == "et" || word == "ou") && i >= 2 &&
        AdjNext(i - 2) && tokens_[i - 2].end - tokens_[i - 2].begin == 1 &&
        tokens_[i - 2].capitalised) {
      return true;
    }
    for (std::string_view elided : {"l'", "l\u2019"}) {  // "l'entrée"
      if (word.starts_with(elided)) word.remove_prefix(elided.size());
    }
    return std::any_of(std::begin(kThings), std::end(kThings), [&](std::string_view thing) {
      return word == thing || (thing.size() >= 5 && word.ends_with(thing));
    });
  }

  // state_[k].sentence_cues for the tokens [begin, end) of a sentence: the work and transit words
  // (kWorkWord, kTransitWord) in it, `cues`.
  void MarkSentenceCues(size_t begin, size_t end, uint32_t cues) {
    for (size_t k = begin; cues != 0 && k < end; ++k) state_[k].sentence_cues = cues;
  }

  // True when token k opens its sentence and a lower-case word other than a joint follows it, as
  // a verb follows its subject: "Sofie neemt de bus", not "Louise en Bailli", "Rogier: tram 3".
  bool OpensSentenceBeforeVerb(size_t k) const {
    if (!tokens_[k].sentence_start || k + 1 >= tokens_.size() || !AdjNext(k)) return false;
    const std::string_view next = lower_[k + 1];
    if (text_[tokens_[k + 1].begin] < 'a' || text_[tokens_[k + 1].begin] > 'z') return false;
    for (std::string_view joint : {"en", "et", "and", "of", "ou", "or", "naar", "tot", "via",
                                   "vers", "to", "richting", "direction"}) {
      if (next == joint) return false;
    }
    return true;
  }

  // True when most sentences open in lower case, three at least (`fewest`), as messages typed on a
  // phone do ("ge antwoordt nooit", "zeg aan jens dat ik kan"): names are written in lower case
  // there too.
  bool WrittenInLowerCase(size_t fewest = 3) const {
    size_t lower = 0, upper = 0;
    for (const NameToken& t : tokens_) {
      if (!t.sentence_start) continue;
      const char c = text_[t.begin];
      lower += c >= 'a' && c <= 'z';
      upper += c >= 'A' && c <= 'Z';
    }
    return lower >= fewest && lower > upper;
  }

  // A short message needs one such sentence: "wie heeft de sleutel? kris zegt da ruben em had".
  // Its names are then only those that are no word in lower case (AddLowerCaseNames): "wie is de
  // bob vanavond?", "er zit een merel in de tuin".
  bool ShortMessageInLowerCase() const {
    return text_.size() < kShortMessageBytes && WrittenInLowerCase(1);
  }

  // A mail that greets or signs with a lower-case name ("hey sofie,", "gr thijs") writes the
  // other names in lower case too: "kristof belde net". Not inside an address or a path.
  void AddLowerCaseNames(std::vector<Finding>& out) {
    for (size_t k = 0; k < tokens_.size(); ++k) {
      const NameToken& t = tokens_[k];
      if (state_[k].covered || !LowerCaseName(k, kFirstName) || t.dot_after || InAddress(t)) {
        continue;
      }
      // A count's unit: "99 ans", "3 roos"; not a name after a time or a room ("9u yasmina",
      // "k15 mieke").
      if (k > 0 && AdjNext(k - 1) && AllDigits(k - 1)) continue;
      if (!informal_ && Is(k, kLowerWord)) continue;  // a short message's word (above)
      Add({.first = k, .last = k}, kAloneScore, out);
    }
  }

  // A mention in a chat or a shared document: "@mehmet", "@Sofie Peeters"; a known name in any
  // case, ambiguous ones too. Not the domain of an e-mail address (a word right before the '@').
  // `flags`: the token's.
  static bool MayBeMention(std::string_view text, const NameToken& t, uint32_t flags) {
    return t.begin > 0 && text[t.begin - 1] == '@' &&
           !(t.begin >= 2 && IsWordByte(text[t.begin - 2])) && !t.has_digit &&
           (flags & (kFirstName | kSurname)) && !(flags & kNotName);
  }

  // The mentions (MayBeMention) not inside a name found before.
  void AddMentions(std::vector<Finding>& out) {
    for (const size_t k : mentions_) {
      if (state_[k].covered) continue;
      const NameToken& t = tokens_[k];
      Chain c = t.capitalised ? Parse(k) : Chain{};
      if (c.Words() == 0) c = Chain{.first = k, .last = k, .given = 1};
      Add(c, kCuedScore, out);
    }
  }

  // Marks the tokens inside `found` (sorted by begin) as covered.
  void CoverFoundElsewhere(std::span<const Finding> found) {
    size_t j = 0;
    for (size_t k = 0; k < tokens_.size() && j < found.size(); ++k) {
      while (j < found.size() && found[j].end <= tokens_[k].begin) ++j;
      if (j < found.size() && found[j].begin <= tokens_[k].begin &&
          tokens_[k].end <= found[j].end) {
        state_[k].covered = true;
      }
    }
  }

  // Later mentions of a given name or surname already found ("Nele Goethals ... Goethals was")
  // are the same person, also at a sentence start or when the word is ambiguous; not when a
  // capitalised non-name follows, as in a firm named after its owner ("Verstraeten Dakwerken").
  void AddRepeats(std::vector<Finding>& out) {
    std::vector<std::string_view> seen;        // sorted: the words of names found
    std::vector<std::string_view> seen_upper;  // sorted: those found written in capitals
    auto found_name = [&](size_t k) {
      return (tokens_[k].capitalised || tokens_[k].all_upper) && state_[k].covered &&
             !tokens_[k].dot_after && lower_[k].size() >= 3 && !IsParticle(k);
    };
    for (const std::vector<size_t>* named : {&capitals_, &uppers_}) {
      for (const size_t k : *named) {
        if (!found_name(k)) continue;
        seen.push_back(lower_[k]);
        if (tokens_[k].all_upper) seen_upper.push_back(lower_[k]);
      }
    }
    for (const size_t k : glued_) {
      if (!found_name(k) && state_[k].covered && InUserName(k)) {
        seen.push_back(lower_[k]);  // "gleice.moura 09:58" ... "I'll ping Gleice"
      }
    }
    if (seen.empty()) return;
    std::sort(seen.begin(), seen.end());
    std::sort(seen_upper.begin(), seen_upper.end());
    // A bit per seen word for its first two bytes, last byte and length: most words hit none,
    // and are not searched for (a string compare at each step). A text naming many people set
    // most of the 64 bits of a first byte and length alone.
    auto bit = [](std::string_view w) -> size_t {
      if (w.size() < 3) return 0;  // seen words have three bytes or more: searched, not found
      const auto b = [&](size_t i) {
        return static_cast<size_t>(static_cast<unsigned char>(w[i]));
      };
      return ((b(0) * 31 + b(1)) * 31 + b(w.size() - 1) + w.size() * 7) % kSeenBits;
    };
    std::bitset<kSeenBits> seen_bits;
    for (std::string_view w : seen) seen_bits.set(bit(w));
    // The word without a possessive "'s" ("yusuf's account" repeats "Yusuf Öztürk").
    auto word = [&](size_t i) {
      return lower_[i].substr(0, lower_[i].size() - state_[i].possessive);
    };
    auto capital_word = [&](size_t i) {  // in capitals and no name seen
      return tokens_[i].all_upper && !std::binary_search(seen.begin(), seen.end(), lower_[i]);
    };
    // A word in capitals repeats a name found, in a form or a table written in capitals ("|
    // ÖZTÜRK | AYŞE | ... Niveau: ÖZTÜRK 2.1", also "VOORNAAM: FLOOR ... FLOOR 2.1") or in mixed
    // case ("Karimi ... KARIMI: geen"); from mixed case not an ordinary word ("Frans Claes ...
    // TAAL: FRANS"), a month after a day ("Jan Peeters ... 15 JAN 2026") or a brand before a
    // product code ("Lies Bosch ... BOSCH 500W"), nor inside a heading or a firm's name in capitals
    // ("FYSIOTHERAPIE VAN DAM") unless the word beside it is a name seen too ("SANDRA NOWICKA"). A
    // capitalised word after a name tells a firm from a name (also in capitals: "VAN DAM HOLDING").
    auto capitals_repeat = [&](size_t k) {
      const bool after_day = k > 0 && AdjNext(k - 1) && AllDigits(k - 1);
      const bool before_code = AdjNext(k) && tokens_[k + 1].has_digit && !AllDigits(k + 1);
      const bool found_in_capitals =
          std::binary_search(seen_upper.begin(), seen_upper.end(), lower_[k]);
      return (found_in_capitals || (!after_day && !before_code && !Is(k, kAmbiguous | kNotName))) &&
             !(k > 0 && AdjNext(k - 1) && capital_word(k - 1));
    };
    for (size_t c = 0, u = 0; c < capitals_.size() || u < uppers_.size();) {
      // The capitalised tokens and those in capitals, in text order.
      const bool capital =
          u == uppers_.size() || (c < capitals_.size() && capitals_[c] < uppers_[u]);
      const size_t k = capital ? capitals_[c++] : uppers_[u++];
      if (state_[k].covered || !seen_bits.test(bit(word(k))) ||
          !std::binary_search(seen.begin(), seen.end(), word(k)) ||
          (tokens_[k].all_upper && !capitals_repeat(k))) {
        continue;
      }
      // An initial after the surname belongs to it, as lists write it ("Benhaddou S."); a code
      // beside the name ("Toumi BE46 7665 ...") is no firm word.
      const bool initial = AdjNext(k) && tokens_[k + 1].dot_after &&
                           tokens_[k + 1].end - tokens_[k + 1].begin == 1 &&
                           tokens_[k + 1].capitalised;
      // In capitals the name beside may be one the gazetteers lack but the text gave ("SANDRA
      // NOWICKA").
      const bool firm = AdjNext(k) && (tokens_[k + 1].capitalised || tokens_[k + 1].all_upper) &&
                        !tokens_[k + 1].has_digit && !IsGiven(k + 1) && !Is(k + 1, kSurname) &&
                        !initial &&
                        !(tokens_[k].all_upper && tokens_[k + 1].all_upper && !capital_word(k + 1));
      if (firm) continue;
      Add({.first = k, .last = initial ? k + 1 : k}, kRepeatScore, out);
      if (initial) ++out.back().end;  // the initial's dot
    }
    // Informal writing repeats a name in lower case ("Lowie Verbeke ... lowie is een vrolijke
    // jongen"): the same person, when the word is a known name and no ordinary word ("roos",
    // "mark"; in lower case also "claire", "frank": lowercase_words.txt) nor a title ("Juf Sarah"
    // ... "de juf").
    for (const size_t k : lower_names_) {
      if (state_[k].covered || !seen_bits.test(bit(word(k))) ||
          !std::binary_search(seen.begin(), seen.end(), word(k)) || InAddress(tokens_[k])) {
        continue;
      }
      Add({.first = k, .last = k}, kRepeatScore, out);
    }
  }

  // A surname's initial alone repeats someone named by their given name and that initial, as the
  // press writes of suspects and victims: "Kevin D. (41) uit Ninove ... De advocaat van D.,
  // meester Colson", "Ruud H. ... vertelde H. dat hij". Not an initial before a name ("D.
  // Peeters"), a list's letter or a lettered thing ("plan B.", "Punt V.", "art. S."), a grade
  // ("een D. voor wiskunde") or a reference ("zie D. hieronder").
  void AddSurnameInitialRepeats(std::vector<Finding>& out) {
    uint32_t letters = 0;  // a bit per letter A-Z that ends a name found
    for (const Finding& f : out) {
      if (f.type != "PERSON") continue;
      std::string_view name = text_.substr(f.begin, f.end - f.begin);
      if (name.ends_with('.')) name.remove_suffix(1);
      if (name.size() >= 4 && IsAsciiUpper(name.back()) && name[name.size() - 2] == ' ') {
        letters |= 1u << (name.back() - 'A');
      }
    }
    if (letters == 0) return;
    for (const size_t k : capitals_) {
      if (state_[k].covered || !SurnameInitial(k) ||
          ((letters >> (text_[tokens_[k].begin] - 'A')) & 1) == 0 ||
          (AdjNext(k) && (tokens_[k + 1].capitalised || tokens_[k + 1].all_upper)) ||
          ListItemLetter(k) || AfterLetteredThing(k) || AfterLetterWord(k)) {
        continue;
      }
      Add({.first = k, .last = k, .tail = 1}, kRepeatScore, out);
    }
  }

  // Token k comes right after a word that a letter names a thing of, in any case: "Punt V.",
  // "art. S.", "een D. voor wiskunde", "zie D. hieronder".
  bool AfterLetterWord(size_t k) const {
    static constexpr std::string_view kWords[] = {
        "punt",     "art",   "artikel", "een",    "zie",   "paragraaf", "hoofdstuk", "bijlage",
        "vitamine", "score", "cijfer",  "niveau", "graad", "letter",    "rubriek",   "point"};
    return k > 0 && AdjNext(k - 1) &&
           std::find(std::begin(kWords), std::end(kWords), lower_[k - 1]) != std::end(kWords);
  }

  // A known name in lower case that no list makes an ordinary word: AddRepeats' lower-case
  // repeats are among these (their flags and shape known once, not per repeat pass). `lower`,
  // `flags` and `possessive` (TokenState): the token's.
  static bool MayRepeatInLowerCase(const NameToken& t, std::string_view lower, uint32_t flags,
                                   size_t possessive) {
    return (flags & (kFirstName | kSurname)) &&
           !(flags & (kAmbiguous | kLowerWord | kNotName | kParticle | kTitle)) && !t.capitalised &&
           !t.all_upper && !t.has_digit && lower.size() - possessive >= 3;
  }

  // Token a and the next one are joined by a '.' or '_' alone ("gleice.moura"). A token of four
  // bytes or more glued to one beside it may be in a user name (the constructor's glued_).
  static bool GlueJoins(std::string_view text, std::span<const NameToken> tokens, size_t a) {
    // The byte first: most tokens end at a blank. A token follows, so text[end] exists.
    return a + 1 < tokens.size() && (text[tokens[a].end] == '.' || text[tokens[a].end] == '_') &&
           tokens[a].end + 1 == tokens[a + 1].begin;
  }

  // Token k and a found token beside it are parts of one user name (GlueJoins).
  bool InUserName(size_t k) const {
    return (GlueJoins(text_, tokens_, k) && state_[k + 1].covered) ||
           (k > 0 && GlueJoins(text_, tokens_, k - 1) && state_[k].covered);
  }

  // The first letters, lower-cased, of the words and hyphen-joined parts of `name` ("Pieter-Jan
  // Goossens" -> "pjg"), or none when a word opens with a byte outside ASCII letters.
  static std::string Initials(std::string_view name) {
    std::string out;
    for (size_t p = 0; p < name.size(); ++p) {
      const char c = name[p];
      const bool opens = p == 0 || name[p - 1] == ' ' || name[p - 1] == '-' || name[p - 1] == '.' ||
                         name[p - 1] == '\'';
      if (!opens || c == ' ' || c == '-' || c == '.' || c == '\'') continue;
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return {};
      out.push_back(static_cast<char>(c | 0x20));
    }
    return out;
  }

  // A token of two to four bytes, two of them capitals, no digit and in no list of words that
  // are no one's initials: AddInitialsOfFound reads only these. `flags`: the token's.
  static bool MayBeInitials(std::string_view text, const NameToken& t, uint32_t flags) {
    if (t.end - t.begin - 2 > 2 || t.has_digit) return false;  // most tokens, at one test
    const std::string_view w = TokenText(text, t);
    return std::count_if(w.begin(), w.end(), IsAsciiUpper) >= 2 &&
           !(flags & (kTitle | kNotName | kFunction | kParticle));
  }

  // Initials standing for a name found in the text, as minutes and chats shorten it ("Pieter-Jan
  // Goossens ... (Noot PJ: ...)", "Koen D. ... Actie: KD", "Vandersmissen, Pierre-Yves ... PY"):
  // a token of two capitals or more ("KD", "SVdB") spelling the first letters of the name's words,
  // or of the parts of a double given name; not an acronym of not_names.txt ("CV", "PR", "TV").
  void AddInitialsOfFound(std::vector<Finding>& out) {
    // A token of MayBeInitials in no finding may repeat someone's initials. Looked for first: most
    // texts have none, and then the names' initials are not spelled out.
    auto uncovered = [&](size_t k) { return !state_[k].covered; };
    if (std::none_of(initials_.begin(), initials_.end(), uncovered)) return;
    std::vector<std::string> initials;
    std::vector<ByteSpan> found;
    for (const Finding& f : out) {
      if (f.type != "PERSON") continue;
      found.push_back({f.begin, f.end});
      const std::string_view name = text_.substr(f.begin, f.end - f.begin);
      // A double given name opens the name, or follows the comma of "Surname, Given-Name"; a
      // double surname ("Al-Hassan") spells no one's initials.
      const size_t comma = name.find(',');
      const std::string_view given =
          comma == std::string_view::npos ? name : name.substr(comma + 1);
      const size_t start = std::min(given.find_first_not_of(' '), given.size());
      const std::string_view double_given = given.substr(start, given.find(' ', start) - start);
      if (double_given.find('-') != std::string_view::npos) {
        const std::string parts = Initials(double_given);
        if (parts.size() >= 2) initials.push_back(parts);
      }
      // "Pieters, Karin" signs "KP", "de Vries, Jolanda" "JdV": the given name's initial first.
      const std::string words = comma == std::string_view::npos
                                    ? Initials(name)
                                    : Initials(std::string(given.substr(start)) + ' ' +
                                               std::string(name.substr(0, comma)));
      if (words.size() >= 2 && words.size() <= 4) initials.push_back(words);
    }
    // A list's "Surname, Given" found as two names ("Aanwezig: Bakker, Henk; Brouwer, Esther").
    std::sort(found.begin(), found.end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    // A surname (not a given name only: "Tom, Chris" lists two people) and a one-word given name.
    auto given_only = [&](ByteSpan f) {
      const uint32_t flags = words_.Find(LowerUtf8(text_.substr(f.begin, f.end - f.begin)));
      return (flags & kFirstName) && !(flags & kSurname);
    };
    auto one_given = [&](ByteSpan f) {
      const std::string_view w = text_.substr(f.begin, f.end - f.begin);
      return w.find(' ') == std::string_view::npos && (words_.Find(LowerUtf8(w)) & kFirstName);
    };
    for (size_t k = 1; k < found.size(); ++k) {
      const ByteSpan surname = found[k - 1];
      const ByteSpan given = found[k];
      if (text_.substr(surname.end, given.begin - std::min(given.begin, surname.end)) != ", " ||
          given_only(surname) || !one_given(given)) {
        continue;
      }
      const std::string words =
          Initials(std::string(text_.substr(given.begin, given.end - given.begin)) + ' ' +
                   std::string(text_.substr(surname.begin, surname.end - surname.begin)));
      if (words.size() >= 2 && words.size() <= 4) initials.push_back(words);
    }
    if (initials.empty()) return;
    // Sorted, for a text of many names and many tokens in capitals.
    std::sort(initials.begin(), initials.end());
    initials.erase(std::unique(initials.begin(), initials.end()), initials.end());
    for (const size_t k : initials_) {
      if (!uncovered(k)) continue;
      const NameToken& t = tokens_[k];
      // Not a writer's initials in a reference ("Ons kenmerk: 2024/0193/HC", "N/Réf. : CR/24.117")
      // nor a firm's name ("JDW Beeld").
      auto joint = [](char c) { return c == '/' || c == '-' || c == '_' || c == '.'; };
      const bool in_reference =
          (t.begin > 0 && joint(text_[t.begin - 1])) ||
          (t.end + 1 < text_.size() && joint(text_[t.end]) && IsWordByte(text_[t.end + 1]));
      const bool firm = AdjNext(k) && !t.dot_after && tokens_[k + 1].capitalised &&
                        !IsGiven(k + 1) && !Is(k + 1, kSurname);
      if (!in_reference && !firm &&
          std::binary_search(initials.begin(), initials.end(), lower_[k])) {
        Add({.first = k, .last = k}, kRepeatScore, out);
      }
    }
  }

  // The token is glued to an address, path or handle ("lowie.verbeke@", "@lowie", "/lowie",
  // "lowie_v"): part of that, not a mention.
  bool InAddress(const NameToken& t) const {
    auto glue = [](char c) { return c == '.' || c == '@' || c == '_' || c == '/' || c == '#'; };
    return (t.begin > 0 && glue(text_[t.begin - 1])) ||
           (t.end < text_.size() &&
            (glue(text_[t.end]) && t.end + 1 < text_.size() && IsWordByte(text_[t.end + 1])));
  }

  // The word without a French elision: "l'échevine" -> "échevine".
  std::string_view Unelided(size_t i) const {
    const std::string_view w = lower_[i];
    if (w.size() < 3 || (w[0] != 'l' && w[0] != 'd')) return w;
    for (std::string_view mark : {"'", "\u2019"}) {
      if (w.substr(1).starts_with(mark) && w.size() > 1 + mark.size()) {
        return w.substr(1 + mark.size());
      }
    }
    return w;
  }

  // French elision before a given name: "la scolarité d'Adam", "qu'Inès s'est cassé le bras".
  // The bytes of the elision, or 0.
  size_t ElidedGivenName(size_t i) const {
    const std::string_view w = Slice(tokens_[i]);
    // Not "l'": an article puts no one's name after it ("Fête de l'Iris", "l'Europe").
    // "qu" by its bytes: starts_with(const char*) was a call with a strlen, for most capitals.
    if (w.size() < 4 || (w[0] != 'd' && !(w[0] == 'q' && w[1] == 'u'))) return 0;
    for (std::string_view mark : {"'", "\u2019"}) {
      const size_t at = w.find(mark);
      if (at == std::string_view::npos || at > 2) continue;
      const size_t skip = at + mark.size();
      const std::string_view rest = w.substr(skip);
      if (rest.size() < 3 || rest[0] < 'A' || rest[0] > 'Z') return 0;
      const uint32_t flags = words_.Find(LowerUtf8(rest));
      return (flags & kFirstName) && !(flags & (kAmbiguous | kNotName)) ? skip : 0;
    }
    return 0;
  }

  // Not the C of a temperature ("38,5 °C. Bel bij twijfel"). French writes some given names by
  // two or three letters: "Ph. Lambert", "Th. Dubois", "Chr. Janssens" (not "Ch.", a chaussée).
  bool IsInitial(size_t i) const {
    const NameToken& t = tokens_[i];
    if (!t.capitalised || !t.dot_after) return false;
    // The end of an abbreviation: "P+R. Witte Clio", "A/R. 12".
    if (t.begin > 0 &&
        (text_[t.begin - 1] == '+' || text_[t.begin - 1] == '/' || text_[t.begin - 1] == '&')) {
      return false;
    }
    const std::string_view letters = Slice(t);
    if (letters == "Ph" || letters == "Th" || letters == "Chr") return true;
    return letters.size() == 1 && !text_.substr(0, t.begin).ends_with("\u00B0");
  }

  bool IsGiven(size_t i) const { return state_[i].traits & kGiven; }

  // One capital A-Z and a dot: the surname's initial after a given name, as chats and the press
  // shorten a private person's name ("die Dirk V. van de Stationsstraat").
  bool SurnameInitial(size_t i) const {
    const NameToken& t = tokens_[i];
    return t.dot_after && t.end - t.begin == 1 && text_[t.begin] >= 'A' && text_[t.begin] <= 'Z';
  }

  // IsGiven, found once per token by the constructor from the token, its lower-case form `w` and
  // its flags; `pet`: DiminutiveOfGiven(w).
  bool ReadsAsGiven(const NameToken& t, std::string_view w, uint32_t flags, bool pet) const {
    if (!t.capitalised || t.has_digit || (flags & kNotName)) return false;
    if (flags & kFirstName) return true;
    // Hyphenated given names not in the list: "Marie-Josée" when both halves are names.
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos) return pet;
    return words_.Has(w.substr(0, dash), kFirstName) && words_.Has(w.substr(dash + 1), kFirstName);
  }

  // A Flemish or Dutch pet form of a known given name: "Fredje", "Jefke", "pietje", and with the
  // stem's last consonant doubled, "Tommeke", "brammeke". Not "-ie": nouns end in it ("premie",
  // "knie") and short stems are names somewhere ("Prem").
  bool DiminutiveOfGiven(std::string_view lower) const {
    // Every suffix ends in "je" or "ke" after three bytes at least: most words end otherwise.
    const size_t n = lower.size();
    if (n < 5 || lower[n - 1] != 'e' || (lower[n - 2] != 'j' && lower[n - 2] != 'k')) return false;
    auto given = [&](std::string_view stem) {
      const uint32_t flags = words_.Find(stem);
      return (flags & kFirstName) && !(flags & (kAmbiguous | kNotName));
    };
    for (std::string_view suffix : {"tje", "je", "ke"}) {
      if (lower.size() < suffix.size() + 3 || !lower.ends_with(suffix)) continue;
      if (given(lower.substr(0, lower.size() - suffix.size()))) return true;
    }
    // "-eke" after a doubled consonant: "tomm|eke" is Tom's, "finn|eke" Finn's.
    const char c = n >= 7 ? lower[n - 4] : 'a';
    const bool consonant = c >= 'b' && c <= 'z' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
    return consonant && lower.ends_with("eke") && c == lower[n - 5] &&
           (given(lower.substr(0, n - 4)) || given(lower.substr(0, n - 3)));
  }

  // Two listed surnames joined by a hyphen, as married women and couples are named in Flanders
  // and the Netherlands: "Peeters-Claes", "Vanhoutte-Dierickx".
  bool DoubleSurname(size_t i) const { return tokens_[i].capitalised && TwoListedSurnames(i); }

  // Token i is two listed surnames joined by a hyphen, in any case.
  bool TwoListedSurnames(size_t i) const {
    const std::string_view w = lower_[i];
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos) return false;
    // The second may be a word too after a first that is none ("Jansen-Bakker"; not "Zwart-Wit").
    auto surname = [&](std::string_view part, uint32_t not_flags) {
      const uint32_t flags = words_.Find(part);
      return (flags & kSurname) && !(flags & not_flags);
    };
    return surname(w.substr(0, dash), kNotName | kAmbiguous) &&
           surname(w.substr(dash + 1), kNotName);
  }

  bool IsParticle(size_t i) const { return Is(i, kParticle); }

  // Token i ends in a particle after a hyphen: the second surname of a married name goes on in
  // the next word ("de Jong-van Beek", "Anna van Dijk-de Vries").
  bool EndsInHyphenedParticle(size_t i) const {
    const std::string_view w = lower_[i];
    const size_t dash = w.rfind('-');
    return dash != std::string_view::npos && dash > 0 &&
           (words_.Find(w.substr(dash + 1)) & kParticle);
  }

  // A capitalised word that can be a surname, or an elided one ("d'Ursel").
  // The compound check, the dearest, comes last: most words fail the shape first.
  bool IsSurnameWord(size_t i) const {
    const NameToken& t = tokens_[i];
    if (t.has_digit || Is(i, kNotName)) return false;
    // In capitals only a listed surname ("I. WUYTS", "Jan PEETERS"): acronyms are written so.
    if (t.all_upper) return Is(i, kSurname) && !Is(i, kAmbiguous);
    if (!t.capitalised) {
      const std::string_view w = Slice(t);
      const std::string_view rest = w.substr(w.size() - Unelided(i).size());
      const bool elided = rest.size() < w.size() && w[0] == 'd' && rest.size() > 1 &&
                          rest[0] >= 'A' && rest[0] <= 'Z';
      if (!elided) return false;
    }
    return !IsNonNameCompound(lists_, lower_[i]);
  }

  // The first token after the surname particles in capitals from token i on ("DE", "VAN DEN";
  // not a preposition or article: "FOTO VAN DE MAAND", "IN DE BRES", "EMMA OP STAP"), three at
  // most: a run of particles is read once from each of its tokens.
  size_t AfterCapitalParticles(size_t i) const {
    const size_t most = i + 3;
    while (i < most && i < tokens_.size() && tokens_[i].all_upper && IsParticle(i) &&
           !PrepositionParticle(i) && (i + 1 == tokens_.size() || AdjNext(i))) {
      ++i;
    }
    return i;
  }

  // Token `surname`, after the particles from `first` on (none when equal), is a surname in
  // capitals: listed and unambiguous, or any word but a title, function, noun or street after
  // particles ("DE KEYSER"; not "VAN VELDEKESINGEL").
  bool CapitalSurname(size_t first, size_t surname) const {
    if (surname >= tokens_.size() || !tokens_[surname].all_upper || tokens_[surname].has_digit ||
        Is(surname, kNotName | kTitle | kFunction | kParticle) ||
        IsNonNameCompound(lists_, lower_[surname])) {
      return false;
    }
    return surname > first || (Is(surname, kSurname) && !Is(surname, kAmbiguous));
  }

  // Token k is a word in capitals next to token `next_to` on its line (k may be out of range).
  bool CapitalWordAt(size_t k, size_t next_to) const {
    if (k >= tokens_.size()) return false;
    const size_t left = std::min(k, next_to);
    return AdjNext(left) && tokens_[k].all_upper && !tokens_[k].has_digit;
  }

  // A listed, unambiguous given name in capitals at token i ("MARIA", "GEERT").
  bool CapitalGiven(size_t i) const {
    return i < tokens_.size() && tokens_[i].all_upper && !tokens_[i].has_digit &&
           Is(i, kFirstName) && !Is(i, kAmbiguous | kNotName | kTitle | kFunction);
  }

  // A whole name in capitals, as bank statements, forms and registers print it: a surname
  // (CapitalSurname) and a given name in either order ("VOS MARIA", "DE SCHUTTER PAUL", "MARIA
  // VOS", "PAUL DE SCHUTTER", "KAYA, EMRE"), from token i; after particles in capitals the given
  // name may be written with a capital only, as registers do ("DE KEYSER Wannes", "VAN DEN BROECK
  // Lotte"). Not a place in capitals ("MARIA TER HEIDE").
  std::optional<Chain> NameInCapitals(size_t i) const {
    const size_t surname = AfterCapitalParticles(i);
    // A comma may part them, as lists and tickets print them: "DEWULF, KAREN". Asked only after
    // CapitalSurname, which tells that `surname` is a token.
    auto then_given = [&] {
      return AdjNext(surname) ||
             (surname + 1 < tokens_.size() &&
              text_.substr(tokens_[surname].end,
                           tokens_[surname + 1].begin - tokens_[surname].end) == ", ");
    };
    if (CapitalSurname(i, surname) && then_given() &&
        (CapitalGiven(surname + 1) || (surname > i && IsGiven(surname + 1)))) {
      return Chain{.first = i,
                   .last = surname + 1,
                   .given = 1,
                   .particles = static_cast<int>(surname - i),
                   .surnames = 1,
                   .known_surname = Is(surname, kSurname)};
    }
    if (!CapitalGiven(i) || !AdjNext(i)) return std::nullopt;
    const size_t after = AfterCapitalParticles(i + 1);
    if (!CapitalSurname(i + 1, after) || lists_.places.contains(Joined(i, after))) {
      return std::nullopt;
    }
    return Chain{.first = i,
                 .last = after,
                 .given = 1,
                 .particles = static_cast<int>(after - i - 1),
                 .surnames = 1,
                 .known_surname = Is(after, kSurname)};
  }

  // "Van Damme", "Vanden Bossche": a Belgian surname even when the rest is unknown.
  bool VanParticle(size_t i) const {
    const std::string_view p = lower_[i];
    return p == "van" || p == "vanden" || p == "vander" || p == "ver";
  }

  // The tokens of "v.d." or "v.d" at token i, Dutch shorthand for "van de(n/r)" ("Jan v.d.
  // Berg", "M. v.d. Linden"): 2, or 0. Written in lower case without a blank; in capitals it is
  // two initials ("V.D. Berg").
  size_t AbbreviatedParticle(size_t i) const {
    const NameToken& v = tokens_[i];
    if (i + 1 >= tokens_.size() || text_[v.begin] != 'v' || v.end - v.begin != 1 || !v.dot_after ||
        tokens_[i + 1].begin != v.end + 1 || text_[tokens_[i + 1].begin] != 'd' ||
        tokens_[i + 1].end - tokens_[i + 1].begin != 1) {
      return 0;
    }
    return 2;
  }

  // Particles that are also the prepositions and articles sentences open with ("In", "Op").
  bool PrepositionParticle(size_t i) const {
    const std::string_view p = lower_[i];
    return p == "in" || p == "op" || p == "uit" || p == "aan" || p == "bij" || p == "onder" ||
           p == "over" || p == "het" || p == "te";
  }

  // The lower-case words first..last joined by single spaces: "van den broeck".
  std::string Joined(size_t first, size_t last) const {
    std::string out(lower_[first]);
    for (size_t p = first + 1; p <= last; ++p) (out += ' ') += lower_[p];
    return out;
  }

  // Parses initials, known given names, particles and one surname starting at token i;
  // `after_title`: right after a title, where a place is a surname too ("meneer Van Essen",
  // "Monsieur Pijnacker").
  Chain Parse(size_t i, bool after_title = false) const {
    size_t then = kNoToken;
    Chain c = ParseFrom(i, &then, after_title);
    if (then != kNoToken) JoinSecondSurname(c, ParseKept(then));
    return c;
  }

  // An unknown given name before a surname: "Koenraad Xyz Van Damme" stays two words.
  static void JoinSecondSurname(Chain& c, const Chain& rest) {
    if (rest.surnames == 1 && rest.given == 0 && rest.initials == 0) {
      c.surnames = 2;
      c.particles += rest.particles;
      c.known_surname = rest.known_surname;
      c.last = rest.last;
    }
  }

  // Parse(i) where it may be a second surname. That parse may need the parse from the token after
  // its own surname, and so on along a run of capitalised words: such a run is parsed from its
  // end, once, and kept (a recursion from each of its words was quadratic, and as deep as the
  // run: "Mevr.Mevr.Mevr...").
  Chain ParseKept(size_t i) const {
    if (!kept_.empty() && kept_[i]) return *kept_[i];
    size_t then = kNoToken;
    Chain c = ParseFrom(i, &then);
    if (then == kNoToken) return c;  // most runs end here: nothing to keep
    if (kept_.empty()) kept_.resize(tokens_.size());
    kept_[i] = c;
    waiting_.push_back({i, then});
    for (size_t at = then; !kept_[at];) {
      then = kNoToken;
      kept_[at] = ParseFrom(at, &then);
      waiting_.push_back({at, then});
      if (then == kNoToken || kept_[then]) break;
      at = then;
    }
    for (auto it = waiting_.rbegin(); it != waiting_.rend(); ++it) {
      if (it->second != kNoToken) JoinSecondSurname(*kept_[it->first], *kept_[it->second]);
    }
    waiting_.clear();
    return *kept_[i];
  }

  // Parse without the second surname: sets *then to the token its parse is needed from, or
  // leaves it.
  Chain ParseFrom(size_t i, size_t* then, bool after_title = false) const {
    Chain c{.first = i, .last = i};
    size_t j = i;
    auto joined = [&](size_t k) { return k == i || AdjNext(k - 1); };
    // Four initials at most ("J.-P. M. A."): a run of them is read once from each of its tokens.
    while (j < tokens_.size() && joined(j) && c.initials < 4 && IsInitial(j)) ++c.initials, ++j;
    while (j < tokens_.size() && joined(j) && c.given < 3 && IsGiven(j)) ++c.given, ++j;
    // After a title, a month that is also a given name before a listed surname: "de heer August
    // Janssens", "mevrouw Mei Peeters" (alone it stays a month).
    if (after_title && j == i && c.initials == 0 && i + 1 < tokens_.size() && AdjNext(i) &&
        tokens_[i].capitalised && GivenMonth(lower_[i]) && tokens_[i + 1].capitalised &&
        Is(i + 1, kSurname)) {
      ++c.given, ++j;
    }
    size_t k = j;
    int particles = 0;
    while (k < tokens_.size() && joined(k) && particles < 3) {
      const size_t size = IsParticle(k) ? 1 : AbbreviatedParticle(k);
      if (size == 0) break;
      ++particles;
      k += size;
    }
    // "Sarah Van Hove", "Jan van Mechelen": after a given name and a particle, a place is a
    // surname; so it is right after a title, particles or not ("meneer Van Essen", "Monsieur
    // Pijnacker").
    const bool place_surname = (j > i ? particles > 0 : after_title) && k < tokens_.size() &&
                               tokens_[k].capitalised && !tokens_[k].has_digit &&
                               lists_.places.contains(lower_[k]);
    // A listed surname with its particles, also when its last word is a noun: "Van 't Hof".
    const bool listed_with_particles =
        particles > 0 && k < tokens_.size() && words_.Has(Joined(j, k), kSurname);
    // "te" mostly puts a place after a building or a person ("Ter Linde te Pittem"): only a
    // listed surname follows it as a particle.
    const bool place_after_te = particles == 1 && lower_[j] == "te" && k < tokens_.size() &&
                                !Is(k, kSurname) && !listed_with_particles;
    if (k < tokens_.size() && joined(k) && !place_after_te &&
        (IsSurnameWord(k) || place_surname || (listed_with_particles && tokens_[k].capitalised))) {
      c.particles = particles;
      c.surnames = 1;
      c.known_surname = Is(k, kSurname) || listed_with_particles || DoubleSurname(k);
      c.last = k;
      if (AdjNext(k) &&
          ((c.given == 0 && c.initials == 0 && particles == 0) || EndsInHyphenedParticle(k))) {
        *then = k + 1;
      }
      // An unknown second given name before a listed surname ("Ndeye Sokhna Diop"), or a second
      // listed surname ("Bénédicte Mukendi Tshibangu").
      if (c.given > 0 && particles == 0 && k + 1 < tokens_.size() && AdjNext(k) &&
          tokens_[k + 1].capitalised && !tokens_[k + 1].all_upper && Is(k + 1, kSurname) &&
          !Is(k + 1, kAmbiguous | kNotName | kFirstName)) {
        if (c.known_surname) {
          c.surnames = 2;
        } else {
          ++c.given;
        }
        c.known_surname = true;
        c.last = k + 1;
      }
    } else if (j > i) {
      c.last = j - 1;
      // Given names with no surname after them, the last one a listed surname too: that one is
      // the surname: "Kenan Aydın" (many Turkish surnames are given names as well).
      if (c.given >= 2 && particles == 0 && Is(c.last, kSurname) &&
          !Is(c.last, kAmbiguous | kNotName)) {
        --c.given;
        c.surnames = 1;
        c.known_surname = true;
      }
    }
    return c;
  }

  // True when an opening quote mark stands right before token i.
  bool QuoteBefore(size_t i) const {
    const std::string_view before = text_.substr(0, tokens_[i].begin);
    static constexpr std::string_view kOpeningQuotes[] = {"'",      "\"",     "\u2018", "\u201C",
                                                          "\u201E", "\u00AB", "\u00AB "};
    for (std::string_view mark : kOpeningQuotes) {
      if (before.ends_with(mark)) return true;
    }
    return false;
  }

  // The character after a token, skipping blanks; 0 at the end.
  char NextChar(size_t i) const {
    const size_t p = AfterBlanks(i);
    return p < text_.size() ? text_[p] : 0;
  }

  // Where the text goes on after token i and the spaces and tabs that follow it.
  size_t AfterBlanks(size_t i) const {
    size_t p = tokens_[i].end;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    return p;
  }

  // A greeted name (token i) ends its greeting: a comma, '!', the line's or the text's end, or an
  // emoji, as chats write it ("salut karim 👋", "Hoi Tom ☺"): a four-byte character (lead byte
  // 0xF0) or one of U+2600-U+27BF (0xE2 0x98-0x9E).
  bool GreetingEndsAfter(size_t i) const {
    const size_t p = AfterBlanks(i);
    if (p == text_.size()) return true;
    const auto byte = [&](size_t k) {
      return k < text_.size() ? static_cast<unsigned char>(text_[k]) : 0;
    };
    const unsigned char c = byte(p);
    return c == ',' || c == '!' || c == '\n' || c == '\r' || c == 0xF0 ||
           (c == 0xE2 && byte(p + 1) >= 0x98 && byte(p + 1) <= 0x9E);
  }

  // What follows token i inside the brackets that open after it ("(" and blanks skipped), up to
  // 16 bytes; empty when no bracket follows.
  std::string_view InBracketsAfter(size_t i) const {
    size_t p = tokens_[i].end;
    while (p < text_.size() && text_[p] == ' ') ++p;
    if (p >= text_.size() || text_[p] != '(') return {};
    return text_.substr(p + 1, 16);
  }

  // The token of a nickname in quotes right after given name g and before a capitalised surname
  // ('Frank "Fré" Dierickx', "Jan 'Jos' Peeters", "Marie « Mimi » Dubois"); kNoToken when there
  // is none.
  size_t QuotedNicknameBeforeSurname(size_t g) const {
    const size_t k = g + 1;
    if (k + 1 >= tokens_.size() || !tokens_[k].capitalised || tokens_[k].has_digit ||
        Is(k, kNotName | kFunction | kTitle) || !tokens_[k + 1].capitalised ||
        tokens_[k + 1].has_digit || Is(k + 1, kNotName | kFunction | kTitle)) {
      return kNoToken;
    }
    static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
        {"\"", "\""},           {"'", "'"},          {"\u201C", "\u201D"}, {"\u2018", "\u2019"},
        {"\u00AB ", " \u00BB"}, {"\u00AB", "\u00BB"}};
    const std::string_view before = text_.substr(tokens_[g].end, tokens_[k].begin - tokens_[g].end);
    const std::string_view after =
        text_.substr(tokens_[k].end, tokens_[k + 1].begin - tokens_[k].end);
    for (const auto& [open, close] : kQuotes) {
      if (before.size() == open.size() + 1 && before[0] == ' ' && before.substr(1) == open &&
          after.size() == close.size() + 1 && after.back() == ' ' &&
          after.substr(0, close.size()) == close) {
        return k;
      }
    }
    return kNoToken;
  }

  static constexpr size_t kNicknameRest = 48;  // bytes after a quoted nickname to its ')'

  // The token of a nickname in brackets right after token i: 'Arne De Clercq ("Arnie")',
  // "Abdelkader Zerrouki (roepnaam Kader)"; kNoToken when there is none.
  size_t NicknameAfter(size_t i) const {
    size_t p = tokens_[i].end;
    while (p < text_.size() && text_[p] == ' ') ++p;
    if (p >= text_.size() || text_[p] != '(') return kNoToken;
    ++p;
    // Bare brackets after a name hold a party, a department or a language too: "(GroenLinks)",
    // "(Frans)"; a nickname is quoted or labelled.
    bool marked = false;
    // Not the French "dit": Dutch "dit" is "this" ("(dit Teams-kanaal)").
    static constexpr std::string_view kMarks[] = {
        "roepnaam ", "beter bekend als ", "bekend als ", "alias ",
        "dite ",     "genaamd ",          "aka ",        "a.k.a. "};
    const std::string ahead = LowerUtf8(text_.substr(p, 20));
    for (std::string_view mark : kMarks) {
      if (ahead.starts_with(mark)) {
        p += mark.size();
        while (p < text_.size() && text_[p] == ' ') ++p;
        marked = true;
        break;
      }
    }
    for (std::string_view quote : {"\"", "'", "\u201C", "\u2018", "\u00AB"}) {
      if (text_.substr(p).starts_with(quote)) {
        p += quote.size();
        while (p < text_.size() && text_[p] == ' ') ++p;  // "« Mimi »"
        if (text_.substr(p).starts_with("\u00A0")) p += 2;
        marked = true;
        break;
      }
    }
    if (!marked) return kNoToken;
    size_t k = i + 1;
    while (k < tokens_.size() && tokens_[k].begin < p) ++k;
    if (k >= tokens_.size() || tokens_[k].begin != p || !tokens_[k].capitalised ||
        tokens_[k].has_digit || lower_[k].size() < 2 ||
        Is(k, kNotName | kFunction | kTitle | kWorkWord)) {
      return kNoToken;
    }
    size_t e = tokens_[k].end;
    if (text_.substr(e).starts_with("\u00A0")) e += 2;
    while (e < text_.size() && text_[e] == ' ') ++e;
    for (std::string_view quote : {"\"", "'", "\u201D", "\u2019", "\u00BB"}) {
      if (text_.substr(e).starts_with(quote)) {
        e += quote.size();
        break;
      }
    }
    // The bracket closes, or goes on with more about the person after a known given name or its
    // pet form ('("Mo", penningmeester)', '("Jelleke" voor de collega's)'; not a department's:
    // '("Kwaliteit", lokaal 2.14)').
    if (e >= text_.size()) return kNoToken;
    if (text_[e] == ')') return k;
    const std::string_view rest = text_.substr(e, kNicknameRest);
    const bool closes = rest.find(')') < rest.find('\n');
    return (text_[e] == ',' || text_[e] == ' ') && closes && IsGiven(k) ? k : kNoToken;
  }

  // A postcode in brackets follows token i: "Melle (9090)" names a municipality; not a year
  // ("Lotte (2015)") nor an area code ("(0475)").
  bool PostcodeAfter(size_t i) const {
    const std::string_view rest = InBracketsAfter(i);
    const int code = FourDigits(rest);
    return code >= 1000 && !(code >= 1900 && code < 2100) && rest.substr(4, 1) == ")";
  }

  // The chain is a whole quoted title, also after its article: "programma "Lente aan Zee"",
  // "halte "De Haan Aan Zee"".
  bool Quoted(const Chain& c) const {
    const size_t i = c.first;
    const bool opened =
        QuoteBefore(i) || (i > 0 && AdjNext(i - 1) && IsParticle(i - 1) && QuoteBefore(i - 1));
    return opened && QuoteClosesAfter(c.last);
  }

  // A closing quote follows token i within a few words, before any sentence end: the quoted
  // words are a title ("« Gaston : gaffes à gogo »", "\"Tijl\""), not quoted speech.
  bool QuoteClosesAfter(size_t i) const {
    const std::string_view rest = text_.substr(tokens_[i].end, 32);
    for (size_t p = 0; p < rest.size(); ++p) {
      const char c = rest[p];
      if (c == '.' || c == '!' || c == '?' || c == '\n') return false;
      if (c == '"' || rest.substr(p).starts_with("\u00BB") ||
          rest.substr(p).starts_with("\u201D")) {
        return true;
      }
    }
    return false;
  }

  bool ShortTitleOk(size_t i) const {
    // Care notes write "mw Bakker", "dr Haddad", "mr peeters"; lower-case "hr", "ms", "me", "m"
    // are other words, "mw" after a number is a unit ("300 mw Elektriciteit"), "mr" after an
    // article a school council ("de mr De Regenboog").
    const std::string_view title = Slice(tokens_[i]);
    const bool after_article = i > 0 && (lower_[i - 1] == "de" || lower_[i - 1] == "het" ||
                                         lower_[i - 1] == "een" || lower_[i - 1] == "onze");
    const bool care_note = title == "dr" || (title == "mr" && !after_article) ||
                           (title == "mw" && !(i > 0 && tokens_[i - 1].has_digit));
    // "HR" and "MS" in capitals are acronyms before a capitalised word ("naar HR. Kan jij", "MS
    // Teams"); titles when a register writes the name in capitals too ("HR. JANSEN").
    if ((title == "HR" || title == "MS") && i + 1 < tokens_.size() && !tokens_[i + 1].all_upper) {
      return false;
    }
    // In lower case after a letter and its dot a short title ends an abbreviation ("i.s.m.
    // Erfgoed Leiden"); not after a longer title ("prof.dr. Segers", "mr.dr. Hoekstra").
    if (title.size() <= 2 && !tokens_[i].capitalised && !tokens_[i].all_upper && i > 0 &&
        tokens_[i - 1].dot_after && tokens_[i - 1].end + 1 == tokens_[i].begin &&
        tokens_[i - 1].end - tokens_[i - 1].begin == 1) {
      return false;
    }
    // "m" after a number is a metre ("après 300 m. Tournez à gauche") unless a known name follows
    // ("Chambre 12 m. Dupont").
    if (title == "m" && i > 0 && AllDigits(i - 1) &&
        !(i + 1 < tokens_.size() && Is(i + 1, kSurname | kFirstName))) {
      return false;
    }
    return title.size() > 2 || tokens_[i].capitalised || tokens_[i].dot_after || care_note;
  }

  // A name written in lower case in a quick mail ("hoi tom,", "naam: lucas vanhoudt", "thx jo"): a
  // known name of at least three letters, or two that are no word in lower case (kLowerWord), that
  // is no ordinary word (kAmbiguous) or other list word.
  bool LowerCaseName(size_t i, uint32_t list) const {
    const NameToken& t = tokens_[i];
    const size_t size = lower_[i].size();
    return !t.capitalised && !t.all_upper && !t.has_digit &&
           (size >= 3 || (size == 2 && !Is(i, kLowerWord))) &&
           (Is(i, list) ||
            (list == kFirstName && state_[i].flags == 0 && (state_[i].traits & kPetForm))) &&
           !Is(i, kAmbiguous | kNotName | kParticle | kTitle | kFunction | kSalutation |
                      kQuoteVerb | kListCue | kClosing);
  }

  // The last token of a surname in capitals from token i, particles first ("EL AMRANI", "VAN DEN
  // BROECK"); kNoToken when the words there are no name: an acronym without a vowel ("M. PDF"),
  // an organisation, a function or a place ("Mevrouw BURGEMEESTER").
  size_t SurnameInCapitalsEnd(size_t i) const {
    for (size_t k = i; k < tokens_.size() && k < i + 4; ++k) {
      if (k > i && !AdjNext(k - 1)) break;
      const NameToken& t = tokens_[k];
      if (!t.all_upper || t.has_digit) break;
      if (IsParticle(k)) continue;
      const std::string_view w = lower_[k];
      const bool vowel = w.find_first_of("aeiouy") != std::string_view::npos || !t.ascii;
      if (w.size() < 3 || !vowel ||
          Is(k, kNotName | kFunction | kTitle | kSalutation | kClosing | kListCue | kNameLabel)) {
        break;
      }
      return k;
    }
    return kNoToken;
  }

  // The second salutation of a bilingual pair: "Bonjour / Dag Marijke,".
  bool AfterSalutationAndSlash(size_t i) const {
    if (i == 0 || !Is(i - 1, kSalutation) || !tokens_[i - 1].line_start) return false;
    const std::string_view between =
        text_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end);
    return between.find('/') != std::string_view::npos &&
           between.find_first_not_of(" \t/") == std::string_view::npos;
  }

  // A closing at token i opening a sentence or after a comma, then the writer's given name
  // ending the line: a short message signed inline ("laat het weten aan Hilde van hr. gr Marc",
  // "ok! groetjes sofie", "Ze heeft goed gegeten. Groetjes, An", "ik ben om 6u thuis, xx Noor").
  // After a comma the name may also be a word.
  Chain SignedInline(size_t i) const {
    const NameToken& t = tokens_[i];
    const bool after_comma = t.begin >= 2 && text_.substr(t.begin - 2, 2) == ", ";
    if (!(t.sentence_start || t.line_start || after_comma) || t.dot_after ||
        i + 1 >= tokens_.size()) {
      return {};
    }
    const size_t n = i + 1;
    const std::string_view between = text_.substr(t.end, tokens_[n].begin - t.end);
    const bool comma = between.size() > 1 && between[0] == ',' &&
                       between.find_first_not_of(" \t", 1) == std::string_view::npos;
    if (!AdjNext(i) && !comma) return {};
    Chain c;
    if (tokens_[n].capitalised) {
      c = Parse(n);
    } else if (LowerCaseName(n, kFirstName)) {
      c = Chain{.first = n, .last = n, .given = 1};
    }
    const char after = c.Words() > 0 ? NextChar(c.last) : 'x';
    const bool also_word = Is(n, kAmbiguous) && !(comma && tokens_[n].capitalised);
    if (c.given > 0 && c.initials == 0 && !also_word && !Is(n, kNotName) &&
        (after == '\n' || after == '\r' || after == 0)) {
      return c;
    }
    return {};
  }

  // A family word, then a name in brackets, known or not: "Mama (Kalawatie Soekhai-Ramsaran)
  // wilde naar huis", "mijn zoon (Yazan) is ziek"; or between commas, with a given name that may
  // also be a word: "Sa fille, Divine, attend à la pharmacie".
  std::pair<Chain, double> NameInBracketsAfterKin(size_t i) const {
    const size_t n = i + 1;
    if (!Is(i, kKinship) || n >= tokens_.size() || !tokens_[n].capitalised ||
        Is(n, kNotName | kTitle | kFunction)) {
      return {{}, 0};
    }
    const std::string_view between =
        text_.substr(tokens_[i].end, tokens_[n].begin - tokens_[i].end);
    const bool commas = between == ", ";
    if (between != " (" && between != "(" && !commas) return {{}, 0};
    const Chain c = Parse(n);
    if (c.initials > 0 || c.Words() == 0 || NextChar(c.last) != (commas ? ',' : ')') ||
        (commas && c.given == 0)) {
      return {{}, 0};
    }
    return {c, kCuedScore};
  }

  // A cue at token i followed by a name.
  std::pair<Chain, double> MatchCued(size_t i) const {
    if (Is(i, kClosing) && !AdjNext(i)) {
      const Chain c = SignedInline(i);
      return {c, c.Words() > 0 ? kCuedScore : 0};
    }
    if (!AdjNext(i)) return NameInBracketsAfterKin(i);
    const size_t n = i + 1;
    const bool capital_start = tokens_[n].capitalised;
    if (!capital_start && (state_[i].flags & kSalutation)) {
      // "hoi tom,", also with a title in lower case between: "dag meester wouter,", "beste
      // mevrouw peeters,".
      const size_t m = Is(n, kTitle) && !tokens_[n].capitalised && AdjNext(n) ? n + 1 : n;
      const bool name = m == n ? LowerCaseName(m, kFirstName)
                               : LowerCaseName(m, kFirstName) || LowerCaseName(m, kSurname);
      if (name && GreetingEndsAfter(m)) {
        informal_ = true;
        const bool given = Is(m, kFirstName);
        return {Chain{.first = m,
                      .last = m,
                      .given = given ? 1 : 0,
                      .surnames = given ? 0 : 1,
                      .known_surname = !given},
                kCuedScore};
      }
    }
    const std::string_view unelided = Unelided(i);
    const uint32_t cue =
        unelided.size() == lower_[i].size() ? state_[i].flags : words_.Find(unelided);
    // A title before a known surname in lower case, as chats and quick notes write it: "mevr.
    // janssens", "mevr de bruyne", "dokter de clercq", "mme dubois-lambert"; the surname list
    // keeps out "mevrouw de voorzitter".
    if (!capital_start && (cue & kTitle) && ShortTitleOk(i)) {
      size_t m = n;
      int particles = 0;
      while (particles < 3 && IsParticle(m) && AdjNext(m) && !tokens_[m].capitalised) {
        ++m, ++particles;
      }
      // After a form of address a surname that is also a word is the name: "meneer visser", "dhr
      // bakker"; not after a particle ("meneer de baas") nor another title ("dokter snel").
      static constexpr std::string_view kAddresses[] = {"meneer", "mijnheer", "mevrouw", "mevr",
                                                        "dhr",    "mw",       "heer",    "mr"};
      const bool word_surname =
          particles == 0 && lower_[m].size() >= 4 && Is(m, kSurnameCompact) && Is(m, kAmbiguous) &&
          !tokens_[m].capitalised && !tokens_[m].has_digit &&
          !Is(m, kNotName | kParticle | kTitle | kFunction | kSalutation | kQuoteVerb | kListCue |
                     kClosing) &&
          std::find(std::begin(kAddresses), std::end(kAddresses), unelided) != std::end(kAddresses);
      const bool surname =
          LowerCaseName(m, kSurname) || word_surname ||
          (!tokens_[m].capitalised && !tokens_[m].all_upper && TwoListedSurnames(m));
      if (surname && (particles > 0 || !IsObjectPronoun(lower_[m]))) {
        return {Chain{.first = n,
                      .last = m,
                      .particles = particles,
                      .surnames = 1,
                      .known_surname = true},
                kCuedScore};
      }
    }
    // A title before a surname in capitals, as registers and French letters write it: "Mme
    // DUPONT", "M. EL AMRANI", "Mme DUBOIS Chantal".
    if ((cue & kTitle) && ShortTitleOk(i) && tokens_[n].all_upper) {
      const size_t last = SurnameInCapitalsEnd(n);
      if (last != kNoToken) {
        Chain c{.first = n, .last = last, .surnames = 1};
        while (c.given < 2 && AdjNext(c.last) && IsGiven(c.last + 1))
          ++c.last, ++c.given;  // "Chantal"
        return {c, kCuedScore};
      }
    }
    // "collega katrien heeft hetzelfde": a known given name in lower case after a relation word.
    if (!capital_start && (cue & kKinship) && LowerCaseName(n, kFirstName)) {
      return {Chain{.first = n, .last = n, .given = 1}, kCuedScore};
    }
    // A relation of someone named after "van", "de", "of": "de mama van Aiko", "le papa de
    // Takeshi", "the daughter of Amara"; "moeder", "père" only in lower case ("rue Père de
    // Deken" honours a priest).
    const bool relation = (cue & kKinship) || ((cue & kRelationOf) && !tokens_[i].capitalised);
    if (relation && !capital_start && n + 1 < tokens_.size() && AdjNext(n) &&
        tokens_[n + 1].capitalised && !Is(n + 1, kNotName | kTitle) &&
        (lower_[n] == "van" || lower_[n] == "de" || lower_[n] == "of")) {
      const Chain c = EndAtSentence(Parse(n + 1));
      if (c.initials == 0 && c.Words() > 0) return {c, kCuedScore};
    }
    // Every cue is followed by a capitalised word or, after a title, a particle.
    if (!capital_start && !IsParticle(n) && AbbreviatedParticle(n) == 0) return {{}, 0};
    if ((cue & kTitle) && ShortTitleOk(i) && !Is(n, kTitle)) {
      // A place after a title addressing one person is a surname; not after a family or a couple
      // ("famille de Bruxelles"), a payee's "tav" or a bare letter ("M Leuven" is a museum).
      const std::string_view title = lower_[i];
      static constexpr std::string_view kNotOnePerson[] = {
          "fam", "familie", "famille", "echtpaar", "echtelieden", "\u00E9poux", "tav", "tnv"};
      const bool one_person = std::find(std::begin(kNotOnePerson), std::end(kNotOnePerson),
                                        title) == std::end(kNotOnePerson) &&
                              (title.size() > 1 || tokens_[i].dot_after);
      const Chain c = Parse(n, one_person);
      // "Madame la Ministre", "Monsieur le Directeur": an office, addressed by its article.
      const bool office =
          c.particles > 0 && c.Words() == 1 && !tokens_[n].capitalised && Is(c.last, kFunction);
      // "tav", "tnv" also read "ten aanzien van": only an initial or a full name is the payee
      // ("tnv S. Hoekstra"), not "Beleid tav Roma".
      const bool payee = lower_[i] == "tav" || lower_[i] == "tnv";
      if (payee && c.initials == 0 && c.Words() < 2) return {{}, 0};
      // A preposition after the title is no particle but for a listed name ("familie in
      // Paramaribo", "mevrouw op de gang"; "familie in 't Veld").
      if (!capital_start && PrepositionParticle(n) && !c.known_surname) return {{}, 0};
      if (c.Words() > 0 && (capital_start || c.particles > 0) && !office) return {c, kCuedScore};
      return {{}, 0};
    }
    if (!capital_start) return {{}, 0};
    // An English relation word capitalised mid-sentence heads a title ("Bring Your Husband Day",
    // "Wife Material"): only a known given name after it. Dutch and French do not write titles so
    // ("Oma Soekarni").
    const bool title_case = tokens_[i].capitalised && !tokens_[i].sentence_start &&
                            (lower_[i] == "husband" || lower_[i] == "wife" ||
                             lower_[i].starts_with("grand") || lower_[i].ends_with("friend"));
    // A title after the cue is a cue of its own, outside the name: "collègue Mme Verbeke",
    // "aldus schepen Mevr. Peeters".
    if ((cue & (kKinship | kFunction | kQuoteVerb)) && Is(n, kTitle)) return {{}, 0};
    if ((cue & kKinship) && !tokens_[i].dot_after && !Is(n, kNotName) &&
        !(title_case && !IsGiven(n))) {
      const Chain c = EndAtSentence(Parse(n));
      if (c.initials == 0 && c.Words() > 0) return {c, kCuedScore};
    }
    const bool function = cue & kFunction;
    const bool quote = cue & kQuoteVerb;
    if (function || quote) {
      const Chain c = Parse(n);
      if (c.given > 0 || c.known_surname || c.surnames == 2 ||
          (c.particles > 0 && VanParticle(n))) {
        return {c, function ? kCuedScore : kQuoteScore};
      }
      return {{}, 0};
    }
    const NameToken& t = tokens_[i];
    if (cue & kClosing) {
      const Chain c = SignedInline(i);
      if (c.Words() > 0) return {c, kCuedScore};
    }
    // "[09:41] Dag Martine, ...", a message quoted in a list: ';"Chère Nadine, ...'.
    if ((cue & kSalutation) && !Is(n, kTitle) && !t.dot_after &&
        (t.sentence_start || t.line_start || AfterSalutationAndSlash(i) ||
         ChatTimeBefore(text_, t.begin) || QuoteBefore(i))) {
      const Chain c = Parse(n);
      // "Beste Mark en Priya,": the punctuation may follow a second name.
      size_t end = c.last;
      if (c.Words() > 0 && c.last + 2 < tokens_.size() && ListJoint(c.last, c.last + 2)) {
        const Chain second = Parse(c.last + 2);
        if (second.Words() > 0) end = second.last;
      }
      const char after = NextChar(end);
      const bool ends = GreetingEndsAfter(end) || after == ':' || after == ';';
      if (c.Words() > 0 && c.initials == 0 && ends && !Is(n, kNotName)) {
        return {c, kCuedScore};
      }
    }
    return {{}, 0};
  }

  // A known given name thanked: "Bedankt Kris voor de hulp", "Dank aan Kris, Nathalie en Sven",
  // "Merci à Julie", "Thanks to Priya". Token i is the word of thanks.
  std::pair<Chain, double> MatchThanked(size_t i) const {
    static constexpr std::string_view kThanks[] = {"bedankt", "dank",   "dankjewel", "dankuwel",
                                                   "merci",   "thanks", "thank"};
    static constexpr std::string_view kTo[] = {"aan", "\u00E0", "to", "you"};
    const std::string_view w = lower_[i];
    // Their first letters, one test for most words.
    if (w.empty() || std::string_view("bdmt").find(w[0]) == std::string_view::npos ||
        std::find(std::begin(kThanks), std::end(kThanks), w) == std::end(kThanks) || !AdjNext(i)) {
      return {{}, 0};
    }
    size_t n = i + 1;
    if (std::find(std::begin(kTo), std::end(kTo), lower_[n]) != std::end(kTo) && AdjNext(n)) ++n;
    if (n >= tokens_.size() || !IsGiven(n) || Is(n, kAmbiguous)) return {{}, 0};
    const Chain c = Parse(n);
    return c.Words() > 0 && c.initials == 0 ? std::pair{c, kCuedScore}
                                            : std::pair<Chain, double>{{}, 0};
  }

  // A name without a cue, from the gazetteers.
  std::pair<Chain, double> MatchGazetteer(size_t i) const {
    const NameToken& t = tokens_[i];
    // A known surname in capitals before the given name, as registers write it: "DUBOIS Chantal".
    if (t.all_upper && Is(i, kSurname) && !Is(i, kAmbiguous | kNotName) && AdjNext(i) &&
        IsGiven(i + 1)) {
      size_t last = i + 1;
      while (last + 1 < tokens_.size() && AdjNext(last) && IsGiven(last + 1)) ++last;
      return {Chain{.first = i, .last = last, .given = 1, .surnames = 1, .known_surname = true},
              kKnownFullScore};
    }
    // ...and a whole name in capitals, or with its particles in capitals where the surname need
    // not be listed (NameInCapitals: "DE SCHUTTER PAUL", "DE KEYSER Wannes"), opening a run of
    // capitals (i - 1 may be out of range).
    if (t.all_upper && !CapitalWordAt(i - 1, i)) {
      const std::optional<Chain> c = NameInCapitals(i);
      // The whole run of capitals: not a name in a heading ("OPENING SPORTHAL JAN PEETERS").
      if (c && !CapitalWordAt(c->last + 1, c->last)) return {*c, kKnownFullScore};
    }
    if (const size_t skip = ElidedGivenName(i); skip > 0) {
      Chain c{.first = i, .last = i, .given = 1, .skip = skip};
      // With the surname after it: "le dossier d'Inès Benali", scored as without the elision.
      if (AdjNext(i) && tokens_[i + 1].capitalised && !tokens_[i + 1].has_digit &&
          !Is(i + 1, kNotName | kTitle | kFunction | kAmbiguous)) {
        c.last = i + 1;
        c.surnames = 1;
        c.known_surname = Is(i + 1, kSurname);
        return {c, c.known_surname ? kKnownFullScore : kFullScore};
      }
      return {c, kAloneScore};
    }
    // A surname before the given name, then a birth mark, as family lists write it: "Kalala
    // Jonathan, ° 03/09/2009", "Kalala Divine (°22/05/2014)".
    if (t.capitalised && !Is(i, kNotName | kFirstName | kParticle) && !t.has_digit && AdjNext(i) &&
        IsGiven(i + 1) && BirthMarkAfter(i + 1)) {
      return {Chain{.first = i, .last = i + 1, .given = 1, .surnames = 1}, kFullScore};
    }
    // ...also with a comma between, as police reports list people: "KADIRI, Soufiane, °
    // 05.02.1994", or with where they live: "Verstraeten, Hilde, wonende Molenstraat 41".
    if ((t.capitalised || t.all_upper) && !Is(i, kNotName | kFirstName | kParticle) &&
        !t.has_digit && i + 1 < tokens_.size() &&
        text_.substr(t.end, tokens_[i + 1].begin - t.end) == ", " && IsGiven(i + 1) &&
        (BirthMarkAfter(i + 1) || ResidenceAfter(i + 1))) {
      return {Chain{.first = i, .last = i + 1, .given = 1, .surnames = 1}, kCuedScore};
    }
    if (!t.capitalised) {
      // Lower case needs a known given name and a known surname: "kurt vanhoudt".
      if (i + 1 < tokens_.size() && AdjNext(i) && LowerCaseName(i, kFirstName) &&
          LowerCaseName(i + 1, kSurname)) {
        return {Chain{.first = i, .last = i + 1, .given = 1, .surnames = 1, .known_surname = true},
                kFullScore};
      }
      return {{}, 0};
    }
    // Below, a chain is reported only with a given name, an initial, particles or a known surname
    // (its own, or that of a second surname after particles: "Xyz van Damme"); a capitalised word
    // that opens none, as most do, is not parsed.
    if (!IsGiven(i) && !Is(i, kSurname | kParticle) && !IsInitial(i) &&
        AbbreviatedParticle(i) == 0 &&
        !(AdjNext(i) && (IsParticle(i + 1) || AbbreviatedParticle(i + 1) > 0)) &&
        !DoubleSurname(i)) {
      return {{}, 0};
    }
    const Chain c = Parse(i);
    // A function, a telephone number or where someone lives right after a full name: "Jan
    // Peeters, directeur", "Frans Lemahieu – 057 20 44 91" in a list of contacts, "Hilde
    // Verstraeten, wonende ...".
    if ((c.given > 0 || c.initials > 0) && c.surnames > 0 &&
        (FunctionAfter(c.last) || PhoneAfter(c.last) || ResidenceAfter(c.last))) {
      return {c, kCuedScore};
    }
    // A given name, the surname's initial and the age: "Nadia H. (29)" (the parse may take the
    // initial for a surname).
    if (c.given == 1 && c.initials == 0 && c.first + 1 < tokens_.size() && AdjNext(c.first)) {
      const Chain named{
          .first = c.first, .last = c.first + 1, .initials = 1, .given = 1, .tail = 1};
      if (InitialsWithAge(named)) return {named, kCuedScore};
    }
    if (c.initials > 0) {
      if (c.surnames == 0 && c.given == 0 && (InitialsAfterRole(c) || InitialsWithAge(c))) {
        Chain initials = c;
        initials.tail = 1;  // the last initial's dot
        return {initials, kCuedScore};
      }
      // Initials and a one-letter "surname" are an abbreviation: "H.U.B". A list item's letter
      // before an unknown word is no initial, nor is the letter of a wing, a team or a rate before
      // one ("lift B. Parkeerplaats", "l'entrée B. Réévaluation", "ploeg A en B. Voor").
      const bool letters_only = tokens_[c.last].end - tokens_[c.last].begin < 2;
      const bool item = c.initials == 1 && !c.known_surname &&
                        (ListItemLetter(c.first) || AfterLetteredThing(c.first));
      if (c.surnames == 0 || letters_only || item) return {{}, 0};
      // Initials and a listed surname are as telling as a known given name and surname: "J.
      // Peeters", "M.-C. Dubois".
      return {c, c.known_surname && !Is(c.last, kAmbiguous) ? kKnownFullScore : kFullScore};
    }
    const bool ambiguous = Is(i, kAmbiguous);
    if (t.sentence_start && lower_[i] == "an" && EnglishArticle(i)) return {{}, 0};
    if (c.given > 0 && c.surnames > 0) {
      if (ambiguous && t.sentence_start && !c.known_surname) return {{}, 0};
      return {c, c.known_surname ? kKnownFullScore : kFullScore};
    }
    // A name word alone after a capitalised word that is no name nor cue, or after such a word
    // and a lower-case particle, ends a longer proper noun: "Zwarte Leeuw Rijkevorsel", "De Rode
    // Ridder", "Hof ter Beke".
    auto proper_noun_word = [&](size_t k) {
      return tokens_[k].capitalised && !tokens_[k].sentence_start &&
             (!Is(k, kFirstName | kSurname | kParticle | kTitle | kFunction | kSalutation |
                         kQuoteVerb | kKinship | kListCue) ||
              Is(k, kNotName));  // "Hof" ends the surname "Van 't Hof" but is a noun
    };
    // Before a lower-case place particle ("ter", "ten", "der", not the preposition "van": "een
    // bericht op WhatsApp van Sofie"), also a known noun opening the sentence: "Hof ter Beke is".
    const bool noun_particle_before =
        i > 1 && !tokens_[i - 1].capitalised && PlaceParticle(lower_[i - 1]) && AdjNext(i - 2) &&
        (proper_noun_word(i - 2) || (tokens_[i - 2].capitalised && Is(i - 2, kNotName)));
    const bool noun_before =
        i > 0 && AdjNext(i - 1) && (proper_noun_word(i - 1) || noun_particle_before);
    if (c.given > 0) {
      // A given name alone opening a quotation titles a work: "« Gaston : gaffes à gogo »".
      if (ambiguous || noun_before || PostcodeAfter(c.last) ||
          (QuoteBefore(i) && QuoteClosesAfter(c.last))) {
        return {{}, 0};
      }
      // A heading in title case ("Jan Breydel Stadion") is no evidence at a sentence start.
      if (t.sentence_start && AdjNext(c.last) && tokens_[c.last + 1].capitalised) {
        return {{}, 0};
      }
      // A month after a day: "(4 Jan, 19 Jan, 2 Feb)"; a unit after a number: "15 Mo", "2 Go"
      // (not "Kamer 12 Mo: koorts").
      if (i > 0 && AdjNext(i - 1) &&
          ((DayNumber(i - 1) && MonthAbbreviation(lower_[i])) ||
           (AllDigits(i - 1) && c.first == c.last && !tokens_[i].dot_after && NextChar(i) != ':' &&
            (lower_[i] == "mo" || lower_[i] == "go" || lower_[i] == "ko" || lower_[i] == "to")))) {
        return {{}, 0};
      }
      // A weekday abbreviation before a date: "Sam. 29 mars", a programme line "Sam 21/02" (not
      // "Lina (9 ans)", nor "Sofie 0477 12 34 56" in a phone list).
      const char next = NextChar(c.last);
      if (c.last + 1 < tokens_.size() && tokens_[c.last + 1].has_digit &&
          (tokens_[c.last].dot_after ||
           (t.line_start && next >= '0' && next <= '9' && WeekdayAbbreviation(lower_[c.last])))) {
        return {{}, 0};
      }
      // A mobile number right after a given name is that person's: "appen naar Daan:
      // 06-12834567", "Noor, 0476 12 34 56".
      const bool cued = MobileAfter(c.last) || SignedAfterDash(c) || SignsLastLine(c) ||
                        (RosterShaped(c.first) && OnARoster()) || OpensAMailbox(c.first);
      return {c, cued ? kCuedScore : kAloneScore};
    }
    if (c.surnames == 0 || noun_before) return {{}, 0};
    if (c.particles > 0) {
      // A sentence opened by a preposition: "In Hoogland en Kattenbroek halen ..."; a quoted
      // title opened by an article: "'De Leeuw van Vlaanderen'".
      if (t.sentence_start && PrepositionParticle(i)) return {{}, 0};
      if (QuoteBefore(i) &&
          (lower_[i] == "de" || lower_[i] == "het" || lower_[i] == "le" || lower_[i] == "la")) {
        return {{}, 0};
      }
      // "Van Damme" mid-sentence is a Belgian surname even when unknown; "De Lijn" is not.
      if (c.known_surname || (VanParticle(i) && !t.sentence_start)) return {c, kAloneScore};
      return {{}, 0};
    }
    // Not the rest of a name already turned down with its particle ("'De Leeuw ...'").
    const bool after_particle =
        i > 0 && AdjNext(i - 1) && IsParticle(i - 1) && tokens_[i - 1].capitalised;
    if (c.surnames == 1 && c.known_surname && !ambiguous && !OpensSentence(i) && !after_particle &&
        !PostcodeAfter(c.last)) {
      return {c, kAloneScore};
    }
    return {{}, 0};
  }

  // The chain is initials alone, each with its dot, right after a form of address or a role
  // that labels a person ("mw. L.", "medewerker K.V.", "leerling J.D."): someone whose name a
  // report holds back, not an abbreviation.
  // The role is a word of two letters or more set off by a blank, and no letter or digit follows:
  // not the letters of "S.M.A.K." ("M." is a title too) nor a room "t.e.m. C.1.07". After a role
  // that is no form of address, one initial is a placeholder ("bestuurder A. reed bestuurder B.
  // aan"): two at least. Four at most.
  bool InitialsAfterRole(const Chain& c) const {
    if (c.first == 0 || !AdjNext(c.first - 1) || !Is(c.first - 1, kTitle | kNameLabel) ||
        Is(c.first - 1, kWeakNameLabel | kNotName) || c.last - c.first >= 4 ||
        (c.last == c.first && !Is(c.first - 1, kTitle))) {
      return false;
    }
    const NameToken& role = tokens_[c.first - 1];
    if (role.end - role.begin < 2 || text_[tokens_[c.first].begin - 1] != ' ') return false;
    for (size_t k = c.first; k <= c.last; ++k) {
      if (!tokens_[k].dot_after || tokens_[k].end - tokens_[k].begin != 1) return false;
    }
    const size_t after = tokens_[c.last].end + 1;
    return after >= text_.size() || !IsWordByte(text_[after]);
  }

  // Initials, or a given name and the surname's initial, with the age after them, as Belgian
  // and Dutch news name suspects and victims: "A.M. (27)", "A.B. (17 ans)", "Nadia H. (29)".
  bool InitialsWithAge(const Chain& c) const {
    const bool given_first = c.given > 0 && c.initials == 1 && c.last == c.first + 1;
    if (c.last == c.first || c.last - c.first > 2 || (c.given > 0 && !given_first)) return false;
    for (size_t k = given_first ? c.last : c.first; k <= c.last; ++k) {
      if (!tokens_[k].dot_after || tokens_[k].end - tokens_[k].begin != 1) return false;
    }
    // Initials alone after an article or a count are an abbreviation and how many there are:
    // "de E.U. (27)", "het aantal P.V. (14)", "au M.B. (2)".
    if (!given_first && ThingWordBefore(tokens_[c.first].begin)) return false;
    size_t p = tokens_[c.last].end + 1;  // past the last dot
    if (AgeAt(p)) return true;
    if (p < text_.size() && text_[p] == ' ') ++p;
    if (p >= text_.size() || text_[p] != '(') return false;
    const size_t digits = ++p;
    while (p < text_.size() && IsAsciiDigit(text_[p]) && p - digits < 3) ++p;
    return p > digits && p - digits <= 2 && p < text_.size() && text_[p] == ')';
  }

  // An article or a word of counting right before text_[pos], a blank apart.
  bool ThingWordBefore(size_t pos) const {
    while (pos > 0 && text_[pos - 1] == ' ') --pos;
    size_t b = pos;
    while (b > 0 && IsAsciiLetter(text_[b - 1])) --b;
    if (b == pos || (b > 0 && IsWordByte(text_[b - 1]))) return false;
    std::string word(text_.substr(b, pos - b));
    for (char& ch : word) ch = LowerAscii(ch);
    static constexpr std::string_view kThingWords[] = {
        "de", "het", "een", "der", "den", "des",    "du",     "le",     "la",   "les",
        "au", "aux", "un",  "une", "the", "aantal", "totaal", "nombre", "total"};
    return std::any_of(std::begin(kThingWords), std::end(kThingWords),
                       [&](std::string_view w) { return word == w; });
  }

  // A given name alone after a dash ends its line, a message signed so: "Ik ben mijn lader
  // kwijt \u2013 Bart"; not after a number ("Tram 92 - Louise", "Lokaal 3 - Jan").
  bool SignedAfterDash(const Chain& c) const {
    return c.first == c.last && EndsLineAfter(c.first, {" - ", " \u2013 "});
  }

  // Token i ends its line right after one of `marks`, with a word before them on the line, not a
  // number: "ma: Tom", "... kwijt \u2013 Bart"; not "Tram 92 - Louise".
  bool EndsLineAfter(size_t i, std::initializer_list<std::string_view> marks) const {
    const char next = NextChar(i);
    if (next != '\n' && next != '\r' && next != 0) return false;
    const std::string_view before = text_.substr(0, tokens_[i].begin);
    for (std::string_view mark : marks) {
      if (before.ends_with(mark)) {
        const size_t at = before.size() - mark.size();
        return at > 0 && before[at - 1] != '\n' && !IsAsciiDigit(before[at - 1]);
      }
    }
    return false;
  }

  // Token i is a given name that opens a mailbox's local part in the text: "one of our volunteers,
  // Olena, ... olena.kovalenko@gmail.com" names her with her own address. The local parts' first
  // words are found once, at the first name that asks, and kept sorted: a text of many names
  // and many mailboxes must not compare each name with every mailbox.
  bool OpensAMailbox(size_t i) const {
    if (!mailbox_words_) {
      mailbox_words_.emplace();
      for (size_t at = text_.find('@'); at != std::string_view::npos;
           at = text_.find('@', at + 1)) {
        size_t b = at;
        while (b > 0 && (IsAsciiLetter(text_[b - 1]) || IsAsciiDigit(text_[b - 1]) ||
                         text_[b - 1] == '.' || text_[b - 1] == '_' || text_[b - 1] == '-')) {
          --b;
        }
        size_t e = b;
        while (e < at && IsAsciiLetter(text_[e])) ++e;
        if (e == b) continue;  // "olena@", "olena.k@", "olena_k87@"
        std::string word(text_.substr(b, e - b));
        for (char& ch : word) ch = LowerAscii(ch);
        mailbox_words_->push_back(std::move(word));
      }
      std::sort(mailbox_words_->begin(), mailbox_words_->end());
    }
    return std::binary_search(mailbox_words_->begin(), mailbox_words_->end(), lower_[i]);
  }

  // Token i opens its line before ':' or a dash ("Eva: dessert", "Lotte - 12 maart"), or ends it
  // after them, not after a number ("ma: Tom", "Maandag - Ilse"; not "Tram 92 - Louise").
  bool RosterShaped(size_t i) const {
    if (tokens_[i].line_start) {
      const std::string_view after = text_.substr(AfterBlanks(i), 4);
      return NextChar(i) == ':' || after.starts_with("- ") || after.starts_with("\u2013 ");
    }
    return EndsLineAfter(i, {": ", " - ", " \u2013 "});
  }

  // Two different given names or more, each alone on its line as RosterShaped says: a roster, a
  // list of who brings what or of birthdays. Found once, at the first name that asks.
  bool OnARoster() const {
    if (!roster_) {
      std::string_view first;
      roster_ = false;
      for (size_t k = 0; k < tokens_.size() && !*roster_; ++k) {
        if (!IsGiven(k) || Is(k, kAmbiguous) || !RosterShaped(k)) continue;
        if (first.empty()) {
          first = lower_[k];
        } else if (lower_[k] != first) {
          roster_ = true;
        }
      }
    }
    return *roster_;
  }

  // A given name alone on the text's last line, under the message it signs: "... want werkmail
  // doet raar\nAylin".
  bool SignsLastLine(const Chain& c) const {
    const NameToken& t = tokens_[c.first];
    if (c.first != c.last || !t.line_start || t.begin == 0) return false;
    const size_t rest = text_.find_first_not_of(" \t\r\n", tokens_[c.last].end);
    const size_t above = text_.find_last_not_of(" \t\r\n", t.begin - 1);
    return rest == std::string_view::npos && above != std::string_view::npos &&
           text_.substr(above, t.begin - above).find('\n') != std::string_view::npos;
  }

  // A Belgian or Dutch mobile number follows token i (AfterSeparators), maybe after the word
  // that says where to call: "bel Dirk op 0487 ...", "appelle Inès au 0476 ..."; not a date
  // that opens alike ("Louise op 04/05").
  bool MobileAfter(size_t i) const {
    size_t p = AfterSeparators(i);
    for (std::string_view at : {"op ", "via ", "au ", "at ", "on "}) {
      if (text_.substr(p, at.size()) == at) p += at.size();
    }
    const std::string_view rest = text_.substr(p, 8);
    for (std::string_view prefix :
         {"04", "06", "+32 4", "+324", "+31 6", "+316", "00324", "00316"}) {
      if (rest.starts_with(prefix)) return NumberAt(p);
    }
    return false;
  }

  // A telephone number follows token i (AfterSeparators).
  bool PhoneAfter(size_t i) const { return NumberAt(AfterSeparators(i)); }

  // A telephone number opens at byte p: a '+' or a '0' and nine digits or more in groups, not a
  // date ("12/03/2024" has eight, "04/05" four).
  bool NumberAt(size_t p) const {
    constexpr size_t kMaxNumber = 20;  // bytes: "+32 (0)477 30 18 52"
    if (p >= text_.size() || (text_[p] != '0' && text_[p] != '+')) return false;
    int digits = 0;
    for (size_t q = p; q < text_.size() && q - p < kMaxNumber; ++q) {
      const char c = text_[q];
      if (IsAsciiDigit(c)) {
        ++digits;
      } else if (c != ' ' && c != '.' && c != '/' && c != '-' && c != '+' && c != '(' && c != ')') {
        break;
      }
    }
    return digits >= 9;
  }

  // Where the bytes after token i go on past blanks and a colon, comma, bracket, tab or dash
  // ("Noor, 0476 ...", "Frans Lemahieu \u2013 057 20 44 91"), a few at most.
  size_t AfterSeparators(size_t i) const {
    constexpr size_t kMaxGap = 6;  // " \u2013 " is five bytes
    size_t p = tokens_[i].end;
    while (p < text_.size() && p - tokens_[i].end < kMaxGap) {
      const char c = text_[p];
      if (c == ' ' || c == ':' || c == ',' || c == '(' || c == '\t' || c == '-') {
        ++p;
      } else if (text_.substr(p).starts_with("\u2013")) {
        p += 3;
      } else {
        break;
      }
    }
    return p;
  }

  // "°" follows token i, after blanks, a comma or an opening bracket.
  bool BirthMarkAfter(size_t i) const {
    size_t p = tokens_[i].end;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == ',' || text_[p] == '(')) ++p;
    return text_.substr(p).starts_with("\u00B0");
  }

  // A word of living somewhere right after token i, a comma apart, as deeds, objections and
  // minutes name people: "Verstraeten, Hilde, wonende Molenstraat 41", "Jan Peeters, woonachtig
  // te Gent", "Marie Dubois, domiciliée à Uccle".
  bool ResidenceAfter(size_t i) const {
    static constexpr std::string_view kWords[] = {"wonende",     "wonend",     "woonachtig",
                                                  "woonachtige", "domicilié",  "domiciliée",
                                                  "demeurant",   "demeurante", "residing"};
    size_t p = tokens_[i].end;
    if (p < text_.size() && text_[p] == ',') ++p;
    while (p < text_.size() && text_[p] == ' ') ++p;
    const std::string_view rest = text_.substr(p);
    return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) {
      return rest.starts_with(w) && (rest.size() == w.size() || !IsWordByte(rest[w.size()]));
    });
  }

  // The tokenizer starts a sentence after any dot; a comma after it goes on with the list:
  // "Goossens L., Mertens K.".
  bool OpensSentence(size_t i) const {
    if (!tokens_[i].sentence_start) return false;
    size_t p = tokens_[i].begin;
    while (p > 0 && text_[p - 1] == ' ') --p;
    return p == 0 || (text_[p - 1] != ',' && text_[p - 1] != ';');
  }

  // "An" at token i is the English article: before an acronym, a number or a letter and hyphen
  // ("An MRI", "An 18-year-old", "An X-ray"), or before a word with a vowel in a sentence with
  // English function words ("An update will follow"); not the name before a verb ("An belde",
  // "An opende de deur", "An is ziek").
  bool EnglishArticle(size_t i) const {
    if (i + 1 >= tokens_.size() || !AdjNext(i)) return false;
    const NameToken& next = tokens_[i + 1];
    const std::string_view word = Slice(next);
    if (next.all_upper || next.has_digit || (word.size() > 2 && word[1] == '-')) return true;
    if (next.capitalised || lower_[i + 1].size() < 3 ||
        std::string_view("aeiou").find(lower_[i + 1][0]) == std::string_view::npos) {
      return false;
    }
    const size_t end = std::min(text_.size(), next.end + kMaxEnglishLook);
    std::string rest(" ");
    for (size_t p = next.end; p < end && text_[p] != '.' && text_[p] != '\n'; ++p) {
      rest += static_cast<char>(std::tolower(static_cast<unsigned char>(text_[p])));
    }
    rest += ' ';
    static constexpr std::string_view kWords[] = {" the ",  " will ", " has ",  " have ", " was ",
                                                  " were ", " are ",  " to ",   " and ",  " for ",
                                                  " with ", " been ", " this ", " that ", " our "};
    return std::any_of(std::begin(kWords), std::end(kWords),
                       [&](std::string_view w) { return rest.find(w) != std::string::npos; });
  }

  // A lower-case name signing a quick mail: "gr thijs", "mvg\ngeert", "groetjes\nels (mama van
  // Lowie)".
  std::pair<Chain, double> MatchLowerCaseSignature(size_t i) const {
    const size_t n = i + 1;
    if (!Is(i, kClosing) || n >= tokens_.size() || !LowerCaseName(n, kFirstName)) return {{}, 0};
    int breaks = 0;
    for (size_t p = tokens_[i].end; p < tokens_[n].begin; ++p) {
      const char c = text_[p];
      if (c == '\n') {
        ++breaks;
      } else if (c != ' ' && c != '\t' && c != '\r' && c != ',') {
        return {{}, 0};
      }
    }
    const char after = NextChar(n);
    if (breaks > 2 ||
        (after != 0 && after != '\n' && after != '\r' && after != ',' && after != '(')) {
      return {{}, 0};
    }
    informal_ = true;
    return {Chain{.first = n, .last = n, .given = 1}, kCuedScore};
  }

  // The rest of the line from `pos` speaks to someone: a question, or "ge", "je", "u", "tu",
  // "vous", "you" ("jan, kunt ge ..."; not a list "pierre, bois et métal").
  bool AddressesSomeone(size_t pos) const {
    const size_t nl = std::min(text_.find('\n', pos), text_.size());
    const std::string_view rest = text_.substr(pos, nl - pos);
    if (rest.find('?') != std::string_view::npos) return true;
    for (std::string_view you : {" ge ", " je ", " jij ", " u ", " tu ", " vous ", " you "}) {
      if (rest.find(you) != std::string_view::npos) return true;
    }
    return false;
  }

  // A name right after a label that opens a list of people: "Aanwezig: Gert-Jan (projectleider)".
  std::pair<Chain, double> MatchAfterListLabel(size_t i) const {
    if (i == 0 || tokens_[i].line_start || !ListLabel(i - 1) || !tokens_[i].capitalised) {
      return {{}, 0};
    }
    const Chain c = Parse(i);
    if (c.given == 0 && !c.known_surname) return {{}, 0};
    return {c, kCuedScore};
  }

  // A lower-case given name opening a line with a comma, as a quick note is addressed: "jan,
  // kunt ge mevr. janssens terugbellen?"; or after a reply or wish word opening the line or a
  // chat message, where the name may also end the message: "ok kenny, beterschap", "merci
  // lotte, tot morgen", "[07:21] Kevin: beterschap jensie!!", "ok merci kim."
  std::pair<Chain, double> MatchLowerCaseAddressee(size_t i) const {
    const NameToken& t = tokens_[i];
    if (t.capitalised || t.all_upper) return {{}, 0};  // most tokens: before the dearer tests
    const char after = NextChar(i);
    const bool comma = after == ',';
    // ...or an emoji (four UTF-8 bytes): "merci miel ❤️".
    const bool ends_message = after == '!' || after == '.' || after == 0 || after == '\n' ||
                              after == '\r' || static_cast<unsigned char>(after) >= 0xF0;
    if (!(comma || ends_message) || !LowerCaseName(i, kFirstName)) return {{}, 0};
    auto opens_message = [&](size_t k) {
      return tokens_[k].line_start || ChatColonBefore(tokens_[k].begin);
    };
    auto greets = [&](size_t k) { return ReplyWord(lower_[k]) || WishWord(lower_[k]); };
    const bool replied =
        i > 0 && AdjNext(i - 1) && greets(i - 1) &&
        (opens_message(i - 1) ||
         (i > 1 && AdjNext(i - 2) && ReplyWord(lower_[i - 2]) && opens_message(i - 2)));
    if (!replied && !(comma && t.line_start && AddressesSomeone(t.end))) return {{}, 0};
    informal_ = true;
    return {Chain{.first = i, .last = i, .given = 1}, kCuedScore};
  }

  // Blanks, then the ':' after a chat message's sender, right before text[pos].
  bool ChatColonBefore(size_t pos) const {
    while (pos > 0 && text_[pos - 1] == ' ') --pos;
    return pos > 0 && text_[pos - 1] == ':';
  }

  // A wish said to someone by name: "beterschap jensie", "welkom Takeshi", "courage Marie".
  static bool WishWord(std::string_view lower) {
    static constexpr std::string_view kWords[] = {
        "beterschap", "welkom",  "proficiat", "gefeliciteerd", "sterkte", "succes",
        "bienvenue",  "courage", "bravo",     "félicitations", "welcome", "congrats"};
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
  }

  // A word that opens a short reply in a chat or SMS: "ok", "merci", "thx".
  static bool ReplyWord(std::string_view lower) {
    static constexpr std::string_view kWords[] = {"ok",   "oké",     "oke", "okay",  "merci",
                                                  "thx",  "thanks",  "top", "super", "sorry",
                                                  "dank", "bedankt", "yes", "ja",    "oei"};
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
  }

  // A function after the name and a comma: "Griet Knaepen, woordvoerder", "Luc Dupont, échevin".
  bool FunctionAfter(size_t last) const {
    const size_t n = last + 1;
    if (n >= tokens_.size() || !Is(n, kFunction)) return false;
    const std::string_view between =
        text_.substr(tokens_[last].end, tokens_[n].begin - tokens_[last].end);
    return !between.empty() && between[0] == ',' &&
           between.find_first_not_of(" \t", 1) == std::string_view::npos;
  }

  // The speaker of a chat line: "[19:02] Griet: ...", "Sanne de Graaf  09:14" (Teams).
  std::pair<Chain, double> MatchSpeaker(size_t i) const {
    const NameToken& t = tokens_[i];
    if (!t.capitalised || Is(i, kNotName)) return {{}, 0};
    const bool chat = ChatTimeBefore(text_, t.begin);
    if (!chat && !t.line_start) return {{}, 0};
    const Chain c = Parse(i);
    if (c.Words() == 0 || c.initials > 0) return {{}, 0};
    // A role alone speaks for someone unnamed: "[19:41] Client: bonsoir", "Medewerker:".
    if (c.first == c.last && IsRoleOnly(state_[i].flags)) {
      return {{}, 0};
    }
    if ((chat && NextChar(c.last) == ':') ||
        (t.line_start && c.given > 0 && TimeEndsLine(text_, tokens_[c.last].end))) {
      return {c, kCuedScore};
    }
    return {{}, 0};
  }

  // An age right after the name: "Grâce, 9 ans", "Milan (7 jaar)", "Noor, 14 months".
  bool AgeAfter(size_t last) const { return AgeAt(tokens_[last].end); }

  // An age at text_[p], after a comma or a blank, maybe in brackets: ", 9 ans", " (7 jaar)".
  bool AgeAt(size_t p) const {
    if (p < text_.size() && (text_[p] == ',' || text_[p] == ' ')) ++p;
    if (p < text_.size() && text_[p] == '(') ++p;
    while (p < text_.size() && text_[p] == ' ') ++p;
    const size_t digits = p;
    while (p < text_.size() && IsAsciiDigit(text_[p]) && p - digits < 3) ++p;
    if (p == digits || text_[digits] == '0') return false;
    if (p < text_.size() && text_[p] == ' ') ++p;
    size_t end = p;
    while (end < text_.size() && text_[end] >= 'a' && text_[end] <= 'z') ++end;
    if (end < text_.size() && IsWordByte(text_[end])) return false;
    const std::string_view unit = text_.substr(p, end - p);
    for (std::string_view age : {"jaar", "jaren", "jr", "ans", "an", "years", "year", "yrs",
                                 "maanden", "mois", "months", "weken", "semaines", "weeks"}) {
      if (unit == age) return true;
    }
    return false;
  }

  // True when the words before token i are `words` (lower case), adjacent.
  bool PrecededBy(size_t i, std::initializer_list<std::string_view> words) const {
    if (i < words.size()) return false;
    size_t k = i - words.size();
    for (std::string_view w : words) {
      if (lower_[k] != w || !AdjNext(k)) return false;
      ++k;
    }
    return true;
  }

  // Someone introducing themselves: "ik ben kevin de vos", "je m'appelle Awa Diallo", "mijn naam
  // is Sofie", "bonjour c'est nathalie", "hallo, hier is An"; a known given name in any case (not
  // an ordinary word: "ik ben roos"), then particles and a known surname in lower case, or a parsed
  // name.
  std::pair<Chain, double> MatchSelfIntroduction(size_t i) const {
    // Every phrasing below ends in one of these words right before the name: one look at the
    // word before rules out nearly every token (the phrasings cost some 170 instructions a token).
    static constexpr std::string_view kLastWords[] = {
        "is", "est", "ben", "heet", "suis", "m'appelle", "m’appelle", "c'est", "c’est"};
    // Their sizes by first byte: most words fail this before any compare.
    static constexpr std::array<uint16_t, 256> kSizes = [] {
      std::array<uint16_t, 256> sizes{};
      for (std::string_view w : kLastWords)
        sizes[static_cast<unsigned char>(w[0])] |= 1u << w.size();
      return sizes;
    }();
    if (tokens_[i].has_digit || i == 0) return {{}, 0};
    const std::string_view before = lower_[i - 1];
    if (before.size() >= 16 ||
        (kSizes[static_cast<unsigned char>(before[0])] >> before.size() & 1) == 0 ||
        std::find(std::begin(kLastWords), std::end(kLastWords), before) == std::end(kLastWords)) {
      return {{}, 0};
    }
    // Giving one's own name outright: any capitalised name ("mijn naam is Folasade Adeyemi"); "ik
    // heet U welkom" greets.
    if (tokens_[i].capitalised && Slice(tokens_[i]).size() > 1 &&
        !Is(i, kNotName | kTitle | kFunction | kNameLabel | kKinship) &&
        (PrecededBy(i, {"mijn", "naam", "is"}) || PrecededBy(i, {"my", "name", "is"}) ||
         PrecededBy(i, {"mon", "nom", "est"}) || PrecededBy(i, {"ik", "heet"}) ||
         PrecededBy(i, {"m'appelle"}) || PrecededBy(i, {"m’appelle"}))) {
      const Chain c = EndAtSentence(Parse(i));
      if (c.Words() > 0) return {c, kCuedScore};
    }
    if (!Is(i, kFirstName) || Is(i, kAmbiguous | kNotName) ||
        !(PrecededBy(i, {"ik", "ben"}) || PrecededBy(i, {"naam", "is"}) ||
          PrecededBy(i, {"ik", "heet"}) || PrecededBy(i, {"je", "suis"}) ||
          PrecededBy(i, {"m'appelle"}) || PrecededBy(i, {"m’appelle"}) ||
          PrecededBy(i, {"c'est"}) || PrecededBy(i, {"c’est"}) || PrecededBy(i, {"hier", "is"}) ||
          PrecededBy(i, {"dit", "is"}) || PrecededBy(i, {"this", "is"}) ||
          PrecededBy(i, {"name", "is"}))) {
      return {{}, 0};
    }
    if (tokens_[i].capitalised) return {Parse(i), kCuedScore};
    // "this is an automated message", "c'est grâce à vous": words in lower case.
    if (!LowerCaseName(i, kFirstName) || Is(i, kLowerWord)) return {{}, 0};
    Chain c{.first = i, .last = i, .given = 1};
    size_t k = i + 1;
    int particles = 0;
    while (k < tokens_.size() && AdjNext(k - 1) && particles < 3 && IsParticle(k) &&
           !tokens_[k].capitalised) {
      ++k, ++particles;
    }
    // After particles an ordinary word may be the surname: "de vos", "van den bos".
    const bool surname = k < tokens_.size() && AdjNext(k - 1) &&
                         (LowerCaseName(k, kSurname) ||
                          (particles > 0 && Is(k, kSurname) && !tokens_[k].capitalised));
    if (surname) {
      c.last = k;
      c.particles = particles;
      c.surnames = 1;
      c.known_surname = true;
    }
    return {c, kCuedScore};
  }

  // A line opening with "Surname, Given" and then its end, a role after a dash or a bracket, as
  // attendance lists and directories write people ("Hakkert, Joost – regisseur wijkteam", "-
  // Claes, J. (promotor)"): the surname may be unknown, the given name an initial, or an
  // ordinary word too after a listed surname only ("Kok, Roos"; "Tulp, Iris" lists a flower).
  std::pair<Chain, double> MatchSurnameCommaGivenLine(size_t i) const {
    const NameToken& t = tokens_[i];
    if (!t.line_start || !t.capitalised || t.all_upper || t.has_digit || i + 1 >= tokens_.size() ||
        Is(i, kNotName | kFunction | kTitle | kSalutation | kClosing | kListCue | kNameLabel) ||
        text_.substr(t.end, 2) != ", " || tokens_[i + 1].begin != t.end + 2) {
      return {{}, 0};
    }
    const size_t g = i + 1;
    // An initial only after a listed surname or a double one ("Claes, J.", "Nowak-Wiśniewska,
    // K."): "Tulp, B." may be a flower's colour code.
    const std::string_view surname = Slice(t);
    const size_t dash = surname.find('-');
    const bool double_surname =
        dash != std::string_view::npos && dash + 1 < surname.size() &&
        (IsAsciiUpper(surname[dash + 1]) || static_cast<unsigned char>(surname[dash + 1]) >= 0xC3);
    const bool initial = IsInitial(g) && tokens_[g].end - tokens_[g].begin == 1 &&
                         ((Is(i, kSurname) && !Is(i, kAmbiguous)) || double_surname);
    if (!initial && (!tokens_[g].capitalised || tokens_[g].all_upper || !Is(g, kFirstName) ||
                     Is(g, kNotName) || (Is(g, kAmbiguous | kLowerWord) && !Is(i, kSurname)))) {
      return {{}, 0};  // "Tulp, Iris (paars)" lists a flower
    }
    // In a list: after its label line ("Aanwezig:") or beside another such line; or a listed
    // surname and given name, anywhere such a line ends: also a table's row ("Nowak, Agnieszka |
    // Brugsesteenweg 217") or a cell before a tab.
    const bool listed = Is(i, kSurname) && !Is(i, kAmbiguous) && !initial && !Is(g, kAmbiguous);
    if (!listed && !InCommaPairList(t.begin)) return {{}, 0};
    size_t last = g;
    while (!initial && last + 1 < tokens_.size() && AdjNext(last) && IsParticle(last + 1) &&
           !tokens_[last + 1].capitalised) {
      ++last;  // "Zwart, Marieke de"
    }
    size_t p = initial ? tokens_[g].end + 1 : tokens_[last].end;  // an initial's dot
    const size_t name_end = p;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    const bool cell_ends =
        text_.substr(name_end, p - name_end).find('\t') != std::string_view::npos ||
        (p < text_.size() && text_[p] == '|');
    const bool ends = p >= text_.size() || text_[p] == '\n' || text_[p] == '\r' ||
                      text_[p] == '(' || text_.substr(p).starts_with("- ") ||
                      text_.substr(p).starts_with("\u2013") || (listed && cell_ends);
    if (!ends) return {{}, 0};
    if (initial) {
      return {Chain{.first = i, .last = g, .initials = 1, .surnames = 1, .tail = 1}, kCuedScore};
    }
    return {Chain{.first = i, .last = last, .given = 1, .surnames = 1}, kCuedScore};
  }

  // A member of a list written "Surname I." on a line opened by a list label ("Aanwezig:
  // Debrabandere L., Ostyn F., Tiemersma K. (verslag)", "Verontschuldigd: Pollentier M."): the
  // surname may be unknown; the initial ends the member, before ',', ';', a bracket, "en" or the
  // line's end.
  std::pair<Chain, double> MatchSurnameInitialItem(size_t i) const {
    const NameToken& t = tokens_[i];
    if (!t.capitalised || t.all_upper || t.has_digit || t.line_start ||
        Is(i, kNotName | kFunction | kTitle | kSalutation | kListCue | kNameLabel)) {
      return {{}, 0};
    }
    // An initial within the next few words, before the dearer parse: most words have none.
    bool initial_near = false;
    for (size_t k = i + 1; k < tokens_.size() && k <= i + 4 && AdjNext(k - 1); ++k) {
      initial_near = initial_near || SurnameInitial(k);
    }
    if (!initial_near) return {{}, 0};
    const Chain c = Parse(i);
    const size_t n = c.last + 1;
    if (c.given > 0 || c.initials > 0 || c.surnames != 1 || n >= tokens_.size() ||
        !AdjNext(c.last) || !SurnameInitial(n)) {
      return {{}, 0};
    }
    const size_t p = AfterBlanks(n) + 1;  // past the initial's dot
    const bool ends = p >= text_.size() || text_[p] == ',' || text_[p] == ';' || text_[p] == '\n' ||
                      text_[p] == '\r' || text_.substr(p).starts_with(" (") ||
                      text_.substr(p).starts_with(" en ") || text_.substr(p).starts_with(" et ");
    if (!ends) return {{}, 0};
    // The line's first word is a list label ("Aanwezig", "Verontschuldigd", "cc"); an unknown
    // surname needs a listed one on the line: "Klas A., Klas B." lists classes.
    size_t first = i;
    while (first > 0 && !tokens_[first].line_start && i - first < kMaxListWords) --first;
    if (!tokens_[first].line_start || !ListLabel(first)) return {{}, 0};
    bool listed = c.known_surname;
    for (size_t k = first + 1; !listed && k < tokens_.size() && k < first + kMaxListWords &&
                               (k == first + 1 || !tokens_[k].line_start);
         ++k) {
      listed = k != i && tokens_[k].capitalised && Is(k, kSurname) && !Is(k, kAmbiguous | kNotName);
    }
    if (!listed) return {{}, 0};
    return {c, kCuedScore};
  }

  // The line holding `begin` follows a label line ("Aanwezig:") or has a neighbour line that
  // opens like it with "Word, Word" ("Smit, Annelies"), a bullet before them or not.
  bool InCommaPairList(size_t begin) const {
    while (begin > 0 && text_[begin - 1] != '\n') --begin;
    std::string_view prev;
    if (begin > 0) {
      const size_t prev_end = begin - 1;  // its '\n'
      const size_t prev_begin = prev_end == 0 ? 0 : text_.rfind('\n', prev_end - 1) + 1;
      prev = text_.substr(prev_begin, prev_end - prev_begin);
      while (!prev.empty() && (prev.back() == ' ' || prev.back() == '\r')) prev.remove_suffix(1);
    }
    const size_t line_end = std::min(text_.find('\n', begin), text_.size());
    std::string_view next;
    if (line_end < text_.size()) {
      const size_t next_end = std::min(text_.find('\n', line_end + 1), text_.size());
      next = text_.substr(line_end + 1, next_end - line_end - 1);
    }
    return prev.ends_with(':') || CommaPairOpens(prev) || CommaPairOpens(next);
  }

  // The line opens with two capitalised words joined by ", " ("Smit, Annelies"), a bullet
  // before them or not ("- Smit, Annelies").
  static bool CommaPairOpens(std::string_view line) {
    for (std::string_view bullet : {"- ", "* ", "\u2022 ", "\u2013 "}) {
      if (line.starts_with(bullet)) line.remove_prefix(bullet.size());
    }
    const size_t comma = line.find(", ");
    return CapitalAt(line, 0) > 0 && comma != std::string_view::npos &&
           line.substr(0, comma).find(' ') == std::string_view::npos &&
           CapitalAt(line, comma + 2) > 0;
  }

  // A family at home, French: "la visite chez les Constantinescu"; a listed surname only ("chez les
  // Scouts", "chez les Jésuites" name groups).
  std::pair<Chain, double> MatchFamilyAtHome(size_t i) const {
    if (!tokens_[i].capitalised || tokens_[i].all_upper || !Is(i, kSurname) ||
        Is(i, kAmbiguous | kNotName | kFunction | kTitle) || !PrecededBy(i, {"chez", "les"})) {
      return {{}, 0};
    }
    return {Chain{.first = i, .last = i, .surnames = 1, .known_surname = true}, kCuedScore};
  }

  // A digit within the next few bytes of the line at `pos`: a cheap test before parsing a name.
  bool DigitSoonAfter(size_t pos) const {
    const size_t end = std::min(text_.size(), pos + 48);
    for (; pos < end && text_[pos] != '\n'; ++pos) {
      if (IsAsciiDigit(text_[pos])) return true;
    }
    return false;
  }

  // A surname or full name with a political party in brackets after it, as minutes list
  // councillors ("raadsleden Van Dijk (VVD), de Boer (CDA), Sterk (SP)"): ambiguous words and a
  // lower-case particle too.
  std::pair<Chain, double> MatchWithParty(size_t i) const {
    const bool particle =
        IsParticle(i) && i + 1 < tokens_.size() && AdjNext(i) && tokens_[i + 1].capitalised;
    if ((!tokens_[i].capitalised && !particle) || tokens_[i].has_digit ||
        Is(i, kNotName | kTitle | kFunction) || !PartyBracketSoonAfter(tokens_[i].end)) {
      return {{}, 0};
    }
    Chain c = Parse(i);
    if (c.Words() == 0 || c.initials > 0) {
      // Parse turns down a lone ambiguous word ("Sterk"); the bracket vouches for it.
      size_t last = i;
      while (last < i + 3 && IsParticle(last) && last + 1 < tokens_.size() && AdjNext(last)) ++last;
      if (!tokens_[last].capitalised || Is(last, kNotName | kTitle | kFunction)) return {{}, 0};
      c = Chain{.first = i, .last = last, .particles = static_cast<int>(last - i), .surnames = 1};
    }
    // Not the party's own name ("een motie van Groen (Groen)").
    if (!PartyAfter(c.last) || lists_.parties.contains(lower_[c.last])) return {{}, 0};
    return {c, kCuedScore};
  }

  // A party's bracket within a few bytes after `pos` on its line: a cheap test before parsing a
  // name.
  bool PartyBracketSoonAfter(size_t pos) const {
    const std::string_view ahead = text_.substr(pos, 40);
    const size_t open = ahead.find('(');  // memchr: most names have none after them
    return open != std::string_view::npos &&
           ahead.substr(0, open).find('\n') == std::string_view::npos && PartyAt(pos + open);
  }

  // A political party (names/political_parties.txt) in the brackets opening at text_[open].
  bool PartyAt(size_t open) const {
    // Within 24 bytes: a search to the text's end from every name would not be linear.
    const size_t close = text_.substr(open, 25).find(')');
    return close != std::string_view::npos &&
           lists_.parties.contains(LowerUtf8(text_.substr(open + 1, close - 1)));
  }

  // A political party in brackets right after token `last`.
  bool PartyAfter(size_t last) const {
    size_t p = tokens_[last].end;
    while (p < text_.size() && text_[p] == ' ') ++p;
    return p < text_.size() && text_[p] == '(' && PartyAt(p);
  }

  // A known given name (ambiguous ones too) with an age after it.
  std::pair<Chain, double> MatchWithAge(size_t i) const {
    if (!IsGiven(i) || !DigitSoonAfter(tokens_[i].end)) return {{}, 0};
    Chain c = Parse(i);
    if (c.Words() == 0) c = Chain{.first = i, .last = i, .given = 1};
    return AgeAfter(c.last) ? std::pair{c, kCuedScore} : std::pair<Chain, double>{{}, 0};
  }

  // True when Match(i) finds nothing for certain, as for most words: a lower-case word in no
  // list a matcher reads at its start, no pet form, and no elision (Unelided, ElidedGivenName:
  // "l'échevine", "d'Adam", "qu'Inès"). The eight matchers cost some 100 instructions a word.
  bool StartsNoName(size_t i) const {
    const NameToken& t = tokens_[i];
    if ((state_[i].flags & (kFirstName | kTitle | kFunction | kSalutation | kQuoteVerb | kKinship |
                            kRelationOf | kClosing)) != 0 ||
        state_[i].traits != 0 || t.capitalised || t.all_upper) {
      return false;
    }
    const std::string_view word = Slice(t);
    auto elision_letter = [](char c) { return c == 'd' || c == 'l' || c == 'q'; };
    if (!elision_letter(word[0]) && !elision_letter(lower_[i][0])) return true;
    // An elision's apostrophe is its second or third byte ('\xE2' opens U+2019).
    auto apostrophe = [](std::string_view w, size_t k) {
      return k < w.size() && (w[k] == '\'' || w[k] == '\xE2');
    };
    return !apostrophe(word, 1) && !apostrophe(word, 2) && !apostrophe(lower_[i], 1);
  }

  std::pair<Chain, double> Match(size_t i) const {
    auto cued = MatchCued(i);
    if (cued.second > 0) return cued;
    if (informal_) {
      auto speaker = MatchSpeaker(i);
      if (speaker.second > 0) return speaker;
    }
    auto signed_by = MatchLowerCaseSignature(i);
    if (signed_by.second > 0) return signed_by;
    auto addressee = MatchLowerCaseAddressee(i);
    if (addressee.second > 0) return addressee;
    // "Surname, Given" lines before other list items: "Aanwezig:\n- Peeters, An (voorzitter)".
    auto listed_line = MatchSurnameCommaGivenLine(i);
    if (listed_line.second > 0) return listed_line;
    auto listed = MatchAfterListLabel(i);
    if (listed.second > 0) return listed;
    auto aged = MatchWithAge(i);
    if (aged.second > 0) return aged;
    auto member = MatchWithParty(i);
    if (member.second > 0) return member;
    auto introduced = MatchSelfIntroduction(i);
    if (introduced.second > 0) return introduced;
    auto family = MatchFamilyAtHome(i);
    if (family.second > 0) return family;
    auto thanked = MatchThanked(i);
    if (thanked.second > 0) return thanked;
    auto initial_item = MatchSurnameInitialItem(i);
    if (initial_item.second > 0) return initial_item;
    return MatchGazetteer(i);
  }

  const ScanText& scan_;
  std::string_view text_;
  const NameLists& lists_;
  HeldNames& held_;
  const NameTable& words_;
  const TextLines& lines_;
  // The text's words (ScanText::Words); spans, not references: one load less per access.
  std::span<const NameToken> tokens_;
  std::span<const std::string_view> lower_;
  enum : uint8_t { kGiven = 1, kPetForm = 2 };
  // What the scanner knows of each token, side by side: one allocation, and one cache line holds
  // what a parse reads of several tokens.
  struct TokenState {
    uint32_t flags = 0;          // NameFlags of lower_
    uint32_t sentence_cues = 0;  // MarkSentenceCues
    uint8_t traits = 0;          // IsGiven, DiminutiveOfGiven
    bool adjacent_next = false;  // AdjNext
    bool covered = false;        // inside a finding
    uint8_t possessive = 0;      // bytes of a possessive "'s" ending the token (PossessiveName)
  };

  // A known name with a possessive "'s": "Arjun's move", "Sofie's verjaardag". Its flags are the
  // name's, and a finding ends before the "'s". `w`: the token's lower-case form.
  void PossessiveName(std::string_view w, TokenState& s) const {
    for (std::string_view mark : {"'s", "\u2019s"}) {
      if (w.size() > mark.size() + 1 && w.ends_with(mark)) {
        const uint32_t flags = words_.Find(w.substr(0, w.size() - mark.size()));
        if (flags & (kFirstName | kSurname)) {
          s.flags = flags;
          s.possessive = static_cast<uint8_t>(mark.size());
        }
        return;
      }
    }
  }

  std::vector<TokenState> state_;
  std::vector<size_t> capitals_;  // the capitalised tokens, in order: all some sweeps look at
  std::vector<size_t> mentions_;  // MayBeMention, in order: most texts have none
  // The tokens the passes after the matchers read, in order, each found once here rather than
  // by a loop over every token in each pass: in capitals (AddRepeats, with capitals_), lower-case
  // names (MayRepeatInLowerCase), initials (MayBeInitials), glued ones of four bytes or more
  // (GlueJoins: user names). Most texts have few or none.
  std::vector<size_t> uppers_;
  std::vector<size_t> lower_names_;
  std::vector<size_t> initials_;
  std::vector<size_t> glued_;
  std::bitset<26> item_letters_;  // IsItemLetter
  // A chat, or a name written in lower case as greeting or signature.
  mutable bool informal_ = false;
  bool short_lower_case_ = false;       // ShortMessageInLowerCase, and not informal_ otherwise
  mutable std::optional<bool> roster_;  // OnARoster
  mutable std::optional<std::vector<std::string>> mailbox_words_;  // OpensAMailbox
  static constexpr size_t kNoToken = ~size_t{0};
  mutable std::vector<std::optional<Chain>> kept_;          // ParseKept, by first token
  mutable std::vector<std::pair<size_t, size_t>> waiting_;  // ParseKept: (token, then) to join
};

// A word of a team, desk or body that is no name: "Nachtploeg", "Secretariaat", "Desk".
bool IsBodyWord(const NameLists& lists, std::string_view word) {
  const std::string lower = LowerUtf8(word);
  const uint32_t flags = lists.words.Find(lower);
  return ((flags & kNotName) && !(flags & (kFirstName | kSurname))) ||
         IsNonNameCompound(lists, lower);
}

// The speaker label without a last word that names a service after a given name ("Elke CAW",
// "Bram Nachtploeg" -> "Elke", "Bram"); whole otherwise ("Marie XHONNEUX": a surname in
// capitals).
std::string_view WithoutServiceWord(const NameLists& lists, std::string_view label) {
  const size_t first_blank = label.find(' ');
  if (first_blank == std::string_view::npos) return label;
  const size_t last_blank = label.rfind(' ');
  const std::string_view last = label.substr(last_blank + 1);
  const bool capitals = last.size() >= 2 && std::all_of(last.begin(), last.end(), [](char c) {
                          return c >= 'A' && c <= 'Z';
                        });
  const uint32_t first = FindLowered(lists.words, label.substr(0, first_blank));
  const bool service =
      (capitals && (FindLowered(lists.words, last) & kNotName) != 0) ||
      (!last.empty() && last[0] >= 'A' && last[0] <= 'Z' && IsBodyWord(lists, last));
  return service && (first & kFirstName) && !(first & kNotName) ? label.substr(0, last_blank)
                                                                : label;
}

// True when the label's first word, or its last word capitalised, is one of a team, desk or body
// and no name ("Materiaalploeg VCO", "Secretariaat", "Facility Desk"; not "Véro direction"), or
// the label is a pronoun (an SMS thread's "Ik:" and "Hij:"): a chat's speaker that is no name.
bool NamesABody(const NameLists& lists, std::string_view label) {
  static constexpr std::string_view kPronouns[] = {"ik",  "hij", "zij",  "ze", "jij", "wij",
                                                   "moi", "lui", "elle", "me", "mij"};
  const std::string lower = LowerUtf8(label);  // "Ik:", and "ik:" as a phone writes it
  for (std::string_view pronoun : kPronouns) {
    if (lower == pronoun) return true;
  }
  const size_t first_end = std::min(label.find(' '), label.size());
  const size_t last_begin = label.rfind(' ') + 1;  // npos + 1 == 0: the one word
  const std::string_view last = label.substr(last_begin);
  return IsBodyWord(lists, label.substr(0, first_end)) ||
         (last_begin > 0 && last[0] >= 'A' && last[0] <= 'Z' && IsBodyWord(lists, last));
}

// In an SMS log, "Van " or "Aan " before a sender says which way the message went: "Van Senne
// (+32 ...):" names Senne. "Van" still opens a surname before a particle and a listed surname
// ("Van der Linden Marc:") or before a listed surname ("Van Dyck Sofie:"); a sender that is no
// name is a firm or a service ("Van Proximus:", "Van De Lijn:").
void DropDirectionWords(std::string_view text, const NameLists& lists,
                        std::vector<Finding>& found) {
  auto flags = [&](std::string_view word) { return lists.words.Find(LowerUtf8(word)); };
  std::vector<Finding> kept;
  kept.reserve(found.size());
  for (Finding f : found) {
    const std::string_view name = text.substr(f.begin, f.end - f.begin);
    const bool aan = name.starts_with("Aan ");
    if (!(aan || name.starts_with("Van ")) || !ChatTimeBefore(text, f.begin)) {
      kept.push_back(f);
      continue;
    }
    const std::string_view rest = name.substr(4);
    const std::string_view first = rest.substr(0, rest.find(' '));
    const uint32_t first_flags = flags(first);
    if (first_flags & kFirstName) {
      f.begin += 4;  // "Van Senne", "Aan Senne"
    } else if (aan || !(first_flags & (kSurname | kParticle))) {
      continue;  // "Van Proximus", "Aan Dienst"
    } else if (first_flags & kParticle) {
      const std::string_view after = rest.substr(std::min(first.size() + 1, rest.size()));
      if (!(flags(after.substr(0, after.find(' '))) & kSurname)) continue;  // "Van De Lijn"
    }
    kept.push_back(f);
  }
  found = std::move(kept);
}

}  // namespace

PersonRecognizer::PersonRecognizer(std::shared_ptr<const NameLists> lists,
                                   std::shared_ptr<const NameHolders> holders)
    : lists_(std::move(lists)), holders_(std::move(holders)) {}

void PersonRecognizer::Find(const ScanText& text, std::vector<Finding>& out) const {
  std::vector<Finding> found;
  found.reserve(16);  // most texts have fewer names: one allocation, no regrowth
  HeldNames held(*holders_, text.text());
  FindSignatureNames(text.Lines(), *lists_, found);
  FindEmailNames(text.text(), *lists_, found);
  FindUserNames(text.text(), *lists_, found);
  FindNamesInFileNames(text.text(), *lists_, found);
  FindLoginNames(text.text(), *lists_, found);
  FindLoginsAfterActorWords(text.text(), text.Words(), *lists_, found);
  FindSelfIntroductions(text.text(), text.Words(), *lists_, found);
  FindDisplayNames(text.text(), *lists_, found);
  FindFieldNames(text, *lists_, found);
  const std::vector<ByteSpan> speakers = ChatSpeakers(text.Lines(), [&](std::string_view label) {
    const uint32_t flags = FindLowered(lists_->words, label);
    if (flags & kNotName) return GivenName::kNone;
    if (!(flags & kFirstName)) return flags & kSurname ? GivenName::kSurnameOnly : GivenName::kNone;
    return flags & kAmbiguous ? GivenName::kAlsoWord : GivenName::kKnown;
  });
  for (ByteSpan s : speakers) {
    // "dr. Visser:", "Juf Annelies:", "Tante Fatima:": the title, function or family word stays
    // outside the name.
    const std::string_view label = text.text().substr(s.begin, s.end - s.begin);
    const size_t blank = label.find(' ');
    if (blank != std::string_view::npos) {
      std::string first = LowerUtf8(label.substr(0, blank));
      if (first.ends_with('.')) first.pop_back();
      if (lists_->words.Has(first, kTitle | kFunction | kKinship)) s.begin += blank + 1;
    }
    s.end =
        s.begin + WithoutServiceWord(*lists_, text.text().substr(s.begin, s.end - s.begin)).size();
    // A log's entry labels are no speakers ("[09:15] Oplossing: ..."), nor are teams and desks
    // ("Materiaalploeg VCO:", "Facility Desk  08:30"): a word of the label names no person. Nor
    // is a particle that heads a mail or an SMS thread, a direction without its number ("[06:58]
    // Aan: oei", "De:"); another particle may be someone's name ("El:").
    const std::string_view name = text.text().substr(s.begin, s.end - s.begin);
    const std::string lower = LowerUtf8(name);
    const bool direction =
        lists_->words.Has(lower, kParticle) && lists_->words.Has(lower, kListCue);
    // A role alone speaks for someone unnamed: "[19:41] Client: bonsoir" (as MatchSpeaker).
    if (s.begin >= s.end || lists_->words.Has(lower, kNotName) || direction ||
        IsRoleOnly(lists_->words.Find(lower)) || NamesABody(*lists_, name)) {
      continue;
    }
    found.push_back({"PERSON", s.begin, s.end, kCuedScore});
  }
  auto in_held_name = [&](const Finding& f) { return held.Holds(f.begin, f.end); };
  std::erase_if(found, in_held_name);  // before their words count as seen ("Polikliniek X")
  std::sort(found.begin(), found.end(),
            [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  Scanner(text, *lists_, held).Run(found.size(), !speakers.empty(), found);
  FindLoginsOfNames(text.text(), text.Words(), found);
  FindNamesInOtherScripts(text.text(), found);
  if (IsSmsLog(text.text())) DropDirectionWords(text.text(), *lists_, found);
  // A signature line is often also a gazetteer match: report each span once, best score first.
  std::sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.begin, a.end, b.score) < std::tie(b.begin, b.end, a.score);
  });
  auto same_span = [](const Finding& a, const Finding& b) {
    return a.begin == b.begin && a.end == b.end;
  };
  found.erase(std::unique(found.begin(), found.end(), same_span), found.end());
  std::erase_if(found, in_held_name);
  out.insert(out.end(), found.begin(), found.end());
}

std::unique_ptr<Recognizer> NewPersonRecognizer(const std::string& data_dir) {
  return std::make_unique<PersonRecognizer>(LoadNameLists(data_dir), NameHolders::Load(data_dir));
}

}  // namespace vermeld
