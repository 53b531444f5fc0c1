#include "core/detect/address_recognizer.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/detect/address_fields.h"
#include "core/detect/address_patterns.h"
#include "core/detect/address_residence.h"
#include "core/detect/address_windows.h"
#include "core/detect/name_holders.h"
#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/person_evidence.h"
#include "core/detect/table_layout.h"

namespace vermeld {
namespace {

constexpr double kStreetScore = 0.8;
constexpr double kFullScore = 0.9;  // street + postcode + city
// Post office boxes are rented by organisations (NL: almost only): held so that their postcode
// is not reported alone, but never reported.
constexpr double kNotReported = 0;
constexpr double kPostcodeScore = 0.6;
constexpr double kPostcodeCityScore = 0.75;
constexpr size_t kMaxWordBefore = 24;  // bytes of a title or given name read back

bool IsAsciiLetterOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// True when text[pos] starts a word letter or digit (UTF-8 lead bytes count as letters).
bool WordAt(std::string_view text, size_t pos) {
  return pos < text.size() &&
         (IsAsciiLetterOrDigit(text[pos]) || static_cast<unsigned char>(text[pos]) >= 0xC0);
}

WordSet LowerAll(const std::vector<std::string>& words) {
  WordSet set;
  for (const std::string& w : words) set.insert(LowerUtf8(w));
  return set;
}

struct Span {
  size_t begin;
  size_t end;
  double score;
};

class AddressRecognizer : public Recognizer {
 public:
  explicit AddressRecognizer(const std::string& data_dir)
      : lists_(LoadNameLists(data_dir)),
        holders_(NameHolders::Load(data_dir)),
        street_types_(ReadListFile(data_dir + "/address/street_types.txt")),
        postal_towns_(LowerAll(ReadListFile(data_dir + "/places/postal_towns.txt"))),
        patterns_(street_types_),
        windows_(street_types_, lists_->street_suffixes) {}

  std::string_view Type() const override { return "ADDRESS"; }

  static constexpr size_t kResidentReach = 120;  // bytes after an address read by ResidentAfter

  // The people who live at an address named after it, as a repair order or a work notice goes on
  // about them ("Locatie: woning, Heidebloemstraat 23 bus 4 ... Terugbelnummer huurder:", "Le
  // logement se trouve rue des Champs 211. La locataire est présente le mardi"). Not before it: a
  // circular's "Aan de bewoners van de Johan de Wittstraat 2 t/m 58"; nor a range of numbers,
  // a block's ("Johan de Wittstraat 2 – 24 ... voor uw woning, beste bewoner").
  // Nor a letter to whoever lives there, its sender's address above ("Woonhaven, Havenstraat
  // 12, 2000 Antwerpen\n\nBeste huurder,").
  static bool ResidentAfter(const ScanText& scan, size_t end) {
    if (RangeAfter(scan.text(), end)) return false;
    // From `end` on only: near the text's end a full reach went back over the address to the
    // words before it ("Beste bewoner van de Kerkstraat 12, 9000 Gent.").
    const size_t to = std::min(scan.text().size(), end + kResidentReach);
    return scan.HasContextBefore(to,
                                 {"huurder", "huurster", "bewoner", "bewoonster", "locataire",
                                  "occupant", "occupante", "tenant"},
                                 to - end) &&
           !scan.HasContextBefore(
               to,
               {"beste huurder", "beste huurders", "beste bewoner", "beste bewoners",
                "geachte huurder", "geachte bewoner", "cher locataire", "ch\u00e8re locataire",
                "chers locataires", "dear tenant"},
               to - end);
  }

  void Find(const ScanText& scan, std::vector<Finding>& out) const override {
    const std::string_view text = scan.text();
    const AddressWindows windows = windows_.Find(scan);
    std::vector<Span> spans;
    FindDutchStreets(text, windows.dutch_street, spans);
    FindWithPattern(text, patterns_.french_street, windows.french_street, kStreetScore, kFullScore,
                    spans);
    FindNumberFirst(text, windows.number_first, spans);
    FindWithPattern(text, patterns_.postbus, windows.postbus, kNotReported, kNotReported, spans);
    FindPostcodes(scan, windows, spans);
    FindAfterResidenceVerb(text, spans);
    // Longest first among equal starts, then the best scored; drop spans inside or across an
    // earlier kept one.
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.end != b.end ? a.end > b.end : a.score > b.score;
    });
    size_t kept_end = 0;
    for (const Span& s : spans) {
      if (s.begin < kept_end) continue;
      // A date ("besluit Vlaamse Regering 5 juni 2009"), an organisation's own address.
      if (MonthAt(text, s.end) || holders_->HeadsAddress(text, s.begin)) continue;
      if (s.score != kNotReported) {
        const double score = AfterHomeField(text, s.begin) || AfterHomeWord(text, s.begin) ||
                                     ResidentAfter(scan, s.end)
                                 ? kHomeAddressScore
                                 : s.score;
        out.push_back({"ADDRESS", s.begin, s.end, score});
      }
      kept_end = s.end;
    }
  }

 private:
  // True when a unit follows `pos` after blanks: the number is an amount, not a house number
  // ("Paspoort 18 jaar en ouder", "Poort 3 uur open").
  static bool UnitAfter(std::string_view text, size_t pos) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    size_t end = pos;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(pos, end - pos);
    // Arrays, not initializer lists, here and below: those were built at each call, with a
    // strlen per word.
    static constexpr std::string_view kUnits[] = {
        "jaar",    "jaren",    "ans",      "euro",  "eur",   "uur",     "km",
        "kg",      "minuten",  "min",      "dagen", "weken", "maanden", "keer",
        "procent", "personen", "plaatsen", "stuks", "meter", "cm",      "mm"};
    for (std::string_view unit : kUnits) {
      if (word == unit) return true;
    }
    return pos < text.size() && (text[pos] == '%' || text.substr(pos).starts_with("\u20AC"));
  }

  // True when a second house number after `pos` makes a range: "2 – 24", "2-24", "2 t/m 58",
  // "101 tot 147".
  static bool RangeAfter(std::string_view text, size_t pos) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    for (std::string_view joint : {"-", "\u2013", "t/m", "tot", "\u00e0"}) {
      if (text.substr(pos).starts_with(joint)) {
        size_t p = pos + joint.size();
        while (p < text.size() && text[p] == ' ') ++p;
        return p < text.size() && IsAsciiDigit(text[p]);
      }
    }
    return false;
  }

  // True when the number goes on past `pos` as a date does: "Kunstberg 23-01", "Akenkaai
  // 24/04" (the house number stops before a second part of two digits with a leading zero).
  static bool NumberGoesOn(std::string_view text, size_t pos) {
    return pos + 2 < text.size() && (text[pos] == '-' || text[pos] == '/' || text[pos] == '.') &&
           IsAsciiDigit(text[pos + 1]) && IsAsciiDigit(text[pos + 2]) &&
           (pos + 3 == text.size() || !IsAsciiDigit(text[pos + 3]));
  }

  // The end of a house number, without a "-A" letter the pattern took from a word it cuts:
  // "Kerkstraat 12-De Panne" is "Kerkstraat 12".
  static size_t LetterSuffixOutOfWord(std::string_view text, size_t end) {
    const bool letter_suffix =
        end >= 2 && text[end - 2] == '-' && text[end - 1] >= 'A' && text[end - 1] <= 'Z';
    return letter_suffix && WordAt(text, end) ? end - 2 : end;
  }

  // True when a four-digit year starts at `pos` ("2024").
  static bool YearAt(std::string_view text, size_t pos) {
    return pos + 4 <= text.size() && (text.substr(pos, 2) == "19" || text.substr(pos, 2) == "20") &&
           IsAsciiDigit(text[pos + 2]) && IsAsciiDigit(text[pos + 3]) && !WordAt(text, pos + 4);
  }

  // True when a weekday's name starts at `pos`.
  static bool WeekdayAt(std::string_view text, size_t pos) {
    size_t end = pos;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (end == pos || end - pos > 9) return false;
    const std::string word = LowerUtf8(text.substr(pos, end - pos));
    static constexpr std::string_view kDays[] = {
        "maandag", "dinsdag", "woensdag",  "donderdag", "vrijdag",  "zaterdag", "zondag",
        "lundi",   "mardi",   "mercredi",  "jeudi",     "vendredi", "samedi",   "dimanche",
        "monday",  "tuesday", "wednesday", "thursday",  "friday",   "saturday", "sunday"};
    for (std::string_view day : kDays) {
      if (word == day) return true;
    }
    return false;
  }

  // True when a month name follows `pos` after blanks: the number before it is a day.
  static bool MonthAt(std::string_view text, size_t pos) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    size_t end = pos;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) >= 0x80 ||
                                 std::isalpha(static_cast<unsigned char>(text[end])))) {
      ++end;
    }
    if (end == pos || end - pos > 10) return false;
    const std::string word = LowerUtf8(text.substr(pos, end - pos));
    static constexpr std::string_view kMonths[] = {
        "januari", "februari", "maart",     "april",   "mei",      "juni",
        "juli",    "augustus", "september", "oktober", "november", "december",
        "janvier", "février",  "mars",      "avril",   "mai",      "juin",
        "juillet", "août",     "septembre", "octobre", "novembre", "décembre"};
    for (std::string_view month : kMonths) {
      if (word == month) return true;
    }
    return false;
  }

  // Extends [begin, end) over a postcode and city that follow ("Wetstraat 16, 1040 Brussel").
  Span WithPostcode(std::string_view text, Span s, double full_score) const {
    size_t end = 0;
    std::string_view letters;
    if (patterns_.PostcodeAfter(text, s.end, &end, &letters) &&
        (!BadNlLetters(letters) || TownBetween(text, letters.data() + 2 - text.data(), end))) {
      // After "in" the four digits read as a year as well ("Stationsstraat 14 in 2020 Het
      // gebouw ..."): a known town after them then.
      size_t digits = s.end;
      while (digits < end && !IsAsciiDigit(text[digits])) ++digits;
      const size_t town = letters.empty() ? digits + 4 : letters.data() + 2 - text.data();
      const bool year_like = text.substr(digits, 2) == "19" || text.substr(digits, 2) == "20";
      if (year_like && YearWordBefore(text, digits) && !TownBetween(text, town, end)) return s;
      return {s.begin, end, full_score};
    }
    return s;
  }

  // A known town in [begin, end) after blanks: after a street, "6245 AM Eijsden" is a postcode
  // whatever its letters.
  bool TownBetween(std::string_view text, size_t begin, size_t end) const {
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    const std::string town = LowerUtf8(text.substr(begin, end - begin));
    return !town.empty() && (lists_->places.contains(town) || postal_towns_.contains(town));
  }

  // A word that puts a year after it: "sinds 2019 MS" is a year and an illness, not a postcode.
  static bool YearWordBefore(std::string_view text, size_t pos) {
    while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
    size_t begin = pos;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    const std::string word = LowerUtf8(text.substr(begin, pos - begin));
    static constexpr std::string_view kYearWords[] = {"sinds", "sedert", "vanaf", "in",    "van",
                                                      "tot",   "depuis", "en",    "since", "jaar"};
    for (std::string_view year_word : kYearWords) {
      if (word == year_word) return true;
    }
    return false;
  }

  // SA, SD and SS are never issued; the others are words or codes after a year ("2024 EN").
  static bool BadNlLetters(std::string_view letters) {
    static constexpr std::string_view kNoStreetLetters[] = {
        "SA", "SD", "SS", "EN", "NL", "BE", "EU", "FR", "DE", "OK", "AI",
        "IT", "UK", "US", "AM", "PM", "TV", "HR", "CO", "OF", "IS"};
    for (std::string_view bad : kNoStreetLetters) {
      if (letters == bad) return true;
    }
    return false;
  }

  bool EndsWithSuffix(std::string_view word, bool* bare) const {
    const std::string lower = LowerUtf8(word);
    for (const std::string& s : lists_->street_suffixes) {
      // Dutch nouns of action end in "-ering" ("Vroegsignalering 2024", "Vergadering 12"); ring
      // roads in "-erring" ("Oosterring", "Binnenring"), canals in "-wetering" ("Wetering 12").
      if (s == "ring" && lower.ends_with("ering") && !lower.ends_with("erring") &&
          !lower.ends_with("wetering")) {
        continue;
      }
      if (lower.ends_with(s)) {
        *bare = lower.size() == s.size();
        return true;
      }
    }
    return false;
  }

  // The word before `pos` (blanks skipped) is a title or given name: "dhr." or "Jan" before "De
  // Smet".
  bool TitleOrGivenNameBefore(std::string_view text, size_t pos) const {
    size_t end = pos;
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && begin + kMaxWordBefore > end && text[begin - 1] != ' ' &&
           text[begin - 1] != '\n' && text[begin - 1] != '\t') {
      --begin;
    }
    std::string lower = LowerUtf8(text.substr(begin, end - begin));
    if (lower.ends_with('.')) lower.pop_back();
    return !lower.empty() && (lists_->words.Find(lower) & (kTitle | kFirstName)) != 0;
  }

  // The street word at `street` is not named after anyone ("Kerkstraat", not "Willemsstraat")
  // and a full name stands just before it: a surname, maybe particles, and a title or given name
  // before them ("Jan Peeters Kerkstraat 12", "mw Van der Berg Beukenstraat 3a"). The name is
  // someone living there, not a part of the street's name.
  bool FullNameBeforeStreet(std::string_view text, size_t street) const {
    // The street word's bytes only, a few dozen at most: a tab-separated export has no blank
    // after it, and reading on to one from every street would not be linear.
    size_t street_end = street;
    while (street_end < text.size() && street_end - street < kMaxWordBefore &&
           (IsWordByte(text[street_end]) || text[street_end] == '-')) {
      ++street_end;
    }
    const std::string street_word = LowerUtf8(text.substr(street, street_end - street));
    if (!IsNonNameCompound(*lists_, street_word) || NamesItsStem(*lists_, street_word)) {
      return false;
    }
    size_t pos = street;
    for (int words = 0; words < 4; ++words) {
      size_t end = pos;
      if (end == 0 || text[end - 1] != ' ') return false;
      while (end > 0 && text[end - 1] == ' ') --end;
      size_t begin = end;
      // Names with an apostrophe, a hyphen or an accent too ("D'Hondt", "Peeters-Claes", "Müller").
      while (begin > 0 && begin + kMaxWordBefore > end &&
             (IsWordByte(text[begin - 1]) || text[begin - 1] == '\'' || text[begin - 1] == '-')) {
        --begin;
      }
      if (begin == end || (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n')) {
        return false;
      }
      const std::string lower = LowerUtf8(text.substr(begin, end - begin));
      const bool particle = lists_->particles.contains(lower);
      if (words == 0) {
        // The surname: capitalised, known, no particle.
        if (particle || CapitalAt(text, begin) == 0 || !(lists_->words.Find(lower) & kSurname)) {
          return false;
        }
      } else if (!particle) {
        return false;
      }
      if (TitleOrGivenNameBefore(text, begin)) return true;
      pos = begin;
    }
    return false;
  }

  // Particles that are also articles or prepositions: "woont op Graaf van Vlaanderenplein 3".
  static bool ArticleOrPreposition(std::string_view lower) {
    static constexpr std::string_view kWords[] = {"de",  "het", "den",  "der",  "'t",  "la",  "le",
                                                  "les", "du",  "des",  "op",   "aan", "in",  "bij",
                                                  "te",  "uit", "naar", "voor", "tot", "over"};
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
  }

  // Start of the capitalised words (or particles between them) just before pos, at most three:
  // "Frans Van Cauwelaertlaan", "Grote Markt", "E. Jacqmainlaan". Not over a surname before a
  // lower-case "van": "onze buurman Jef Wouters van Kapelstraat 14" is someone from that street
  // ("Johan van Oldenbarneveltlaan" has a given name there), so is "mw el Amrani van ..." (a
  // particle before the surname), nor over a given name before "op".
  size_t ExtendLeft(std::string_view text, size_t pos) const {
    if (FullNameBeforeStreet(text, pos)) return pos;
    // "hallo, hier Ahmad van de Zonnestraat 4": a given name, "van de" and a street whose stem
    // names no one is someone from that street; "Jan van de Veldestraat" honours someone.
    const bool stem_names_no_one = !StemIsSurname(text, pos);
    std::string_view right, right2;  // the words read before this one: its right-hand neighbours
    size_t start = pos;
    size_t candidate = pos;
    bool after_lower_particle = false;
    size_t before_surname = std::string_view::npos;  // a surname after a lower-case particle
    bool after_op = false;
    // One word more when a surname after "van de" waits for its given name: "Rudi Stevens van
    // de Brugstraat 9".
    for (int words = 0; words < 3 || (words == 3 && before_surname != std::string_view::npos);
         ++words) {
      // One space only: a tab or a gap of blanks parts the cells of a table ("Verbeke
      // Jozef\tKleibeekstraat 40", "8800 Roeselare     Oude Ieperseweg 31").
      size_t p = candidate;
      if (p < 2 || text[p - 1] != ' ' || text[p - 2] == ' ') break;
      --p;
      size_t b = p;
      // A ';' or '|' parts the fields of an export ("fam. Kuijpers;Gerrit van der Veenstraat 41").
      while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t' && text[b - 1] != '\n' &&
             text[b - 1] != '\r' && text[b - 1] != ',' && text[b - 1] != '(' &&
             text[b - 1] != ';' && text[b - 1] != '|') {
        --b;
      }
      if (b == p) break;
      const std::string_view word = text.substr(b, p - b);
      const bool capital = (word[0] >= 'A' && word[0] <= 'Z') ||
                           (static_cast<unsigned char>(word[0]) == 0xC3 && word.size() > 1 &&
                            static_cast<unsigned char>(word[1]) < 0x9F);
      const std::string lower = LowerUtf8(word);
      const bool particle = lists_->particles.contains(lower);
      if (!capital && !particle) {
        // "mevrouw Roels van de Kerkstraat 7", "dhr. Peeters van de Brugstraat 9": a title
        // before the surname.
        const std::string_view bare = std::string_view(lower).substr(0, lower.find('.'));
        if (before_surname != std::string_view::npos && (lists_->words.Find(bare) & kTitle)) {
          return before_surname;
        }
        break;
      }
      const uint32_t flags = lists_->words.Find(lower);
      if (before_surname != std::string_view::npos) {
        // "Jef Wouters van ...", "mw el Amrani van Kastanjelaan 45", "dhr. De Smet van de
        // Boerenkrijglaan 44"; not an article or preposition ("het Graaf van Vlaanderenplein",
        // "op Graaf van Vlaanderenplein 3", "Het Graaf van Vlaanderenplein 3 is ...").
        if ((capital && (flags & kFirstName)) ||
            (particle && !capital && !ArticleOrPreposition(lower)) ||
            (particle && capital && TitleOrGivenNameBefore(text, b))) {
          return before_surname;
        }
        before_surname = std::string_view::npos;
      }
      // A given name or surname before "op": someone on that street ("bij Henny op Lindenlaan
      // 23", "bij meneer de Jong op Vechtstraat 41"), where a street word stands in "Steenweg
      // op Gierle".
      if (after_op && capital && (flags & (kFirstName | kSurname))) return start;
      if (capital && (flags & kFirstName) && !(flags & kSurname) && right == "van" &&
          (right2 == "de" || right2 == "den" || right2 == "der") && stem_names_no_one) {
        return start;
      }
      right2 = right;
      right = word;
      if (capital && !particle && after_lower_particle && (flags & kSurname) &&
          !(flags & kFirstName)) {
        before_surname = start;
      }
      after_lower_particle = particle && !capital;
      after_op = word == "op";
      const char last = word.back();
      const bool initial = word.size() == 2 && last == '.';
      if (!initial && !IsAsciiLetterOrDigit(last) && static_cast<unsigned char>(last) < 0x80) {
        break;  // "Adres:", the end of a sentence
      }
      candidate = b;
      if (capital && !particle) start = b;  // never start on a particle ("de Kerkstraat")
    }
    return start;
  }

  // The street word at pos ends in a street's ending after a known surname: "Veldestraat".
  bool StemIsSurname(std::string_view text, size_t pos) const {
    size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
    const std::string lower = LowerUtf8(text.substr(pos, end - pos));
    for (const std::string& suffix : lists_->street_suffixes) {
      if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
        return lists_->words.Has(std::string_view(lower).substr(0, lower.size() - suffix.size()),
                                 kSurname);
      }
    }
    return false;
  }

  void FindDutchStreets(std::string_view text, const std::vector<ByteSpan>& windows,
                        std::vector<Span>& spans) const {
    ForEachMatchGroups(
        patterns_.dutch_street, text, windows, [&](const std::vector<std::string_view>& g) {
          const size_t word_begin = g[1].data() - text.data();
          if (g[1][0] >= 'a' && g[1][0] <= 'z' && !IsLowerCaseStreetWord(g[1])) return;
          const size_t end = LetterSuffixOutOfWord(text, g[2].data() - text.data() + g[2].size());
          bool bare = false;
          if (WordAt(text, end) || (word_begin > 0 && WordAt(text, word_begin - 1))) return;
          if (UnitAfter(text, end) || NumberGoesOn(text, end)) return;
          const bool labelled = AfterStreetField(text, word_begin);
          // A heading in capitals and its year: "INSCHRIJVINGSFORMULIER ZOMERSPEELPLEIN 2025"; not
          // an envelope's street line ("KERKSTRAAT 1999" opening its line).
          if (!labelled && YearAt(text, g[2].data() - text.data()) && word_begin >= 2 &&
              text[word_begin - 1] == ' ' && text[word_begin - 2] >= 'A' &&
              text[word_begin - 2] <= 'Z' &&
              std::none_of(g[1].begin(), g[1].end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
            return;
          }
          const bool suffixed = EndsWithSuffix(g[1], &bare);
          // Not a date above a postcode line ("Maart 2024", "Zaterdag 14").
          const bool block = !suffixed && !labelled && StreetLineOfBlock(text, word_begin) &&
                             !MonthAt(text, word_begin) && !WeekdayAt(text, word_begin) &&
                             !YearAt(text, g[2].data() - text.data());
          if (!suffixed && !labelled && !block) return;
          const size_t begin = ExtendLeft(text, word_begin);
          // "Markt 3" alone is not a street, "Adres: Westzijde 221" is one.
          if (bare && begin == word_begin && !labelled) return;
          const Span street = WithPostcode(text, {begin, end, kStreetScore}, kFullScore);
          // In a block the whole line is the street, and the postcode follows on the next.
          if (block && ((begin > 0 && text[begin - 1] != '\n') || street.end == end)) return;
          spans.push_back(street);
        });
  }

  void FindAfterResidenceVerb(std::string_view text, std::vector<Span>& spans) const {
    auto street_word = [&](std::string_view w) {
      bool bare = false;
      return EndsWithSuffix(w, &bare);
    };
    auto place = [&](std::string_view w) { return lists_->places.contains(LowerUtf8(w)); };
    for (const ByteSpan& s : StreetsAfterResidenceVerb(text, street_word, place)) {
      if (WordAt(text, s.end) || UnitAfter(text, s.end) || NumberGoesOn(text, s.end)) continue;
      // Where someone lives: as telling as a home's label.
      spans.push_back(WithPostcode(text, {s.begin, s.end, kHomeAddressScore}, kHomeAddressScore));
    }
  }

  // Patterns whose group 1 is the address.
  void FindWithPattern(std::string_view text, const GroupedPattern& p,
                       const std::vector<ByteSpan>& windows, double score, double full_score,
                       std::vector<Span>& spans) const {
    ForEachMatchGroups(p, text, windows, [&](const std::vector<std::string_view>& g) {
      const size_t begin = g[1].data() - text.data();
      const size_t end = LetterSuffixOutOfWord(text, begin + g[1].size());
      if (!WordAt(text, end) && !NumberGoesOn(text, end)) {
        spans.push_back(WithPostcode(text, {begin, end, score}, full_score));
      }
    });
  }

  // "16, avenue Louise"; not when a number follows the street name: the number before is then
  // something else ("née le 9 août 1943, Avenue des Celtes 6").
  void FindNumberFirst(std::string_view text, const std::vector<ByteSpan>& windows,
                       std::vector<Span>& spans) const {
    ForEachMatchGroups(
        patterns_.number_first, text, windows, [&](const std::vector<std::string_view>& g) {
          const size_t begin = g[1].data() - text.data();
          const size_t end = begin + g[1].size();
          size_t p = end;
          while (p < text.size() && (text[p] == ' ' || text[p] == '\t' || text[p] == ',')) ++p;
          size_t digits = p;
          while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
          const bool postcode = digits - p == 4 && digits + 1 < text.size() &&
                                text[digits] == ' ' && text[digits + 1] >= 'A' &&
                                text[digits + 1] <= 'Z';
          const bool number_after = p > end && digits > p && text[p] != '0' && !postcode;
          if (!WordAt(text, end) && !number_after) {
            spans.push_back(WithPostcode(text, {begin, end, kStreetScore}, kFullScore));
          }
        });
  }

  void FindPostcodes(const ScanText& scan, const AddressWindows& windows,
                     std::vector<Span>& spans) const {
    const std::string_view text = scan.text();
    ForEachMatchGroups(
        patterns_.nl_postcode, text, windows.nl_postcode,
        [&](const std::vector<std::string_view>& g) {
          const size_t begin = g[1].data() - text.data();
          const std::string_view city = g[3];
          if (BadNlLetters(g[2]) || (city.empty() && WordAt(text, begin + g[1].size())) ||
              (city.empty() && YearWordBefore(text, begin))) {
            return;
          }
          if (city.empty()) {
            spans.push_back({begin, begin + g[1].size(), kPostcodeScore});
          } else {
            spans.push_back({begin, static_cast<size_t>(city.data() - text.data()) + city.size(),
                             kPostcodeCityScore});
          }
        });
    ForEachMatchGroups(patterns_.be_postcode, text, windows.be_postcode,
                       [&](const std::vector<std::string_view>& g) {
                         const size_t begin = g[1].data() - text.data();
                         const size_t end = begin + g[1].size();
                         const std::string city = LowerUtf8(g[2]);
                         if ((!lists_->places.contains(city) && !postal_towns_.contains(city)) ||
                             WordAt(text, end)) {
                           return;
                         }
                         size_t p = begin;
                         while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
                         const bool block = g[1][0] == 'B' || p == 0 || text[p - 1] == '\n' ||
                                            text[p - 1] == ',' || AfterPlaceField(text, p) ||
                                            UnderPlaceColumn(scan, begin);
                         if (block) spans.push_back({begin, end, kPostcodeScore});
                       });
  }

  // A table's cell under a header naming a town or an address: "gemeente" over "8800
  // Roeselare" in a members' export.
  static bool UnderPlaceColumn(const ScanText& scan, size_t pos) {
    return HeaderMatches(scan.Tables().HeaderAbove(pos), {},
                         {"gemeente", "woonplaats", "postcode", "plaats", "adres", "localit\u00e9",
                          "commune", "city", "domicile"});
  }

  std::shared_ptr<const NameLists> lists_;
  std::shared_ptr<const NameHolders> holders_;
  std::vector<std::string> street_types_;
  // Towns and sub-municipalities after a Belgian postcode ("9310 Moorsel"); places.txt holds the
  // municipalities, which are hard negatives for PERSON too.
  WordSet postal_towns_;
  AddressPatterns patterns_;
  AddressWindowFinder windows_;
};

}  // namespace

std::unique_ptr<Recognizer> NewAddressRecognizer(const std::string& data_dir) {
  return std::make_unique<AddressRecognizer>(data_dir);
}

}  // namespace vermeld
