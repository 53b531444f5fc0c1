#include "core/detect/health_recognizer.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <re2/re2.h>

#include "core/detect/absences.h"
#include "core/detect/hospital_stays.h"
#include "core/detect/literal_windows.h"
#include "core/detect/name_lists.h"
#include "core/detect/nearby_words.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/person_context.h"
#include "core/detect/table_layout.h"
#include "core/detect/vital_signs.h"

namespace vermeld {
namespace {

constexpr size_t kMaxPairLabel = 30;  // bytes of a label's other-language half ("Medicatie")

// A word ends right before `pos`; not the typographic apostrophe (U+2019) that Word writes in
// French elisions: "l’asthme" holds the word "asthme".
bool WordBefore(std::string_view text, size_t pos) {
  if (pos >= 3 && text.substr(pos - 3, 3) == "\u2019") return false;
  return pos > 0 && IsWordByte(text[pos - 1]);
}

// An injury denied is no detail about anyone: "geen letsel", "zonder verwondingen", "niemand
// gewond", "sans blessés", "no injuries". The term and the word before it, in lower case.
bool DeniedInjury(std::string_view text, size_t begin, size_t end) {
  static constexpr std::string_view kInjuries[] = {
      "letsel",  "gewond",  "gewonden",  "verwonding", "verwondingen", "blessé",
      "blessés", "blessée", "blessures", "injured",    "injuries",     "injury"};
  static constexpr std::string_view kDenials[] = {"geen",   "zonder", "niemand",  "sans",
                                                  "aucun",  "aucune", "personne", "no",
                                                  "nobody", "without"};
  const std::string term = LowerUtf8(text.substr(begin, end - begin));
  if (std::find(std::begin(kInjuries), std::end(kInjuries), term) == std::end(kInjuries)) {
    return false;
  }
  size_t p = begin;
  while (p > 0 && text[p - 1] == ' ') --p;
  size_t b = p;
  while (b > 0 && p - b < 12 && IsWordByte(text[b - 1])) --b;
  const std::string before = LowerUtf8(text.substr(b, p - b));
  return std::find(std::begin(kDenials), std::end(kDenials), before) != std::end(kDenials);
}

// Whether a line holds no lower-case ASCII letter, and where its label ends, found once per line:
// a long line of many terms was read to both its ends once per term (quadratic: 4.5 s for 1 MB of
// readings).
class CapitalLines {
 public:
  explicit CapitalLines(std::string_view text) : text_(text) {}

  // True when the line holding text[pos] (not a line end) has no lower-case ASCII letter.
  bool At(size_t pos) {
    Load(pos);
    return capitals_;
  }

  // True when a field's label and ": " open the line before text[pos] ("MEDICATIE: ...").
  bool AfterLabel(size_t pos) {
    Load(pos);
    return label_end_ <= pos;
  }

  // The line holding text[pos].
  std::string_view Line(size_t pos) {
    Load(pos);
    return text_.substr(begin_, end_ - begin_);
  }

 private:
  void Load(size_t pos) {
    if (pos >= begin_ && pos < end_) return;
    begin_ = text_.rfind('\n', pos) + 1;  // npos + 1 == 0
    end_ = std::min(text_.find('\n', pos), text_.size());
    const std::string_view line = text_.substr(begin_, end_ - begin_);
    capitals_ = std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    const size_t colon = line.find(": ");
    label_end_ = colon == std::string_view::npos ? text_.size() + 1 : begin_ + colon + 2;
  }

  std::string_view text_;
  size_t begin_ = 0;  // the last line asked about: [begin_, end_)
  size_t end_ = 0;
  bool capitals_ = false;
  size_t label_end_ = 0;  // after the line's first ": ", or past the text
};

class HealthRecognizer : public Recognizer {
 public:
  explicit HealthRecognizer(const std::string& data_dir)
      : cues_(LoadPersonCueLists(data_dir)),
        terms_(Terms(data_dir)),
        abbreviation_list_(ReadListFile(data_dir + "/health/abbreviations.txt")),
        professions_(ReadListFile(data_dir + "/health/care_professions.txt")),
        pairs_({{ReadListFile(data_dir + "/health/body_parts.txt"),
                 ReadListFile(data_dir + "/health/complaints.txt"),
                 {"rechter", "linker", "onder", "boven"}},
                {ReadListFile(data_dir + "/health/bodily_functions.txt"),
                 ReadListFile(data_dir + "/health/function_limits.txt"),
                 {}},
                {ReadListFile(data_dir + "/health/restricted_activities.txt"),
                 ReadListFile(data_dir + "/health/restrictions.txt"),
                 {}},
                {ReadListFile(data_dir + "/health/falls.txt"),
                 ReadListFile(data_dir + "/health/fall_places.txt"),
                 {}},
                {ReadListFile(data_dir + "/health/care_settings.txt"),
                 ReadListFile(data_dir + "/health/care_stays.txt"),
                 {}},
                {ReadListFile(data_dir + "/health/owned_conditions.txt"),
                 ReadListFile(data_dir + "/health/owners.txt"),
                 {"rechter", "linker"},
                 true,
                 ReadListFile(data_dir + "/health/owner_verbs.txt")}}),
        hospital_stays_(ReadListFile(data_dir + "/health/care_stays.txt")),
        re_(LiteralAlternation(terms_), TermOptions()),
        windows_({terms_, abbreviation_list_, pairs_.anchors()}),
        dose_(
            R"((\p{L}[\p{L}-]{4,}[ \t]\d{1,4}(?:[.,]\d{1,3})?[ \t]?(?:mg|mcg|µg|IE|E)(?:[ \t]\d{1,2}dd\d{1,2})?)(?:[^\p{L}]|$))",
            Utf8Options()),
        abbreviations_("(" + LiteralAlternation(abbreviation_list_) + ")", Utf8Options()),
        vitals_(data_dir) {}

  std::string_view Type() const override { return "HEALTH"; }

  void Find(const ScanText& scan, std::vector<Finding>& out) const override {
    const std::string_view text = scan.text();
    const size_t first = out.size();
    std::optional<PersonContext> context;
    const std::vector<std::vector<ByteSpan>> windows = windows_.Find(text);
    CapitalLines capital_lines(text);
    std::optional<std::vector<size_t>> person_ends;
    auto term = [&](size_t begin, size_t end) {
      if (end < text.size() && IsWordByte(text[end])) return;
      if (WordBefore(text, begin)) {
        if (!compound_heads_.contains(LowerUtf8(text.substr(begin, end - begin)))) return;
        while (WordBefore(text, begin)) --begin;  // the whole compound
      }
      // A value in capitals after a record's label ("ALLERGIEËN: PENICILLINE") is no heading;
      // after another label it may be ("THEMA: DEPRESSIE BIJ JONGEREN").
      auto after_record_label = [&] {
        if (!capital_lines.AfterLabel(begin)) return false;
        if (!context) context.emplace(*cues_, scan, out);
        return context->IsSectionLine(capital_lines.Line(begin));
      };
      // A body's name (InOrganisationName) does not open with a person's: "dat Jayden ADHD heeft".
      auto after_person = [&] {
        if (!person_ends) person_ends = PersonEnds(out, first);
        return std::binary_search(person_ends->begin(), person_ends->end(), begin - 1);
      };
      if ((InOrganisationName(text, begin) && !after_person()) || PracticeName(text, begin, end) ||
          IsLabel(text, begin, end) ||
          (InCapitalsHeading(capital_lines, begin, end) && !after_record_label()) ||
          StaffRole(text, begin, end) || DeniedInjury(text, begin, end)) {
        return;
      }
      Report(scan, begin, end, context, out);
    };
    if (const auto terms = windows_.Matches(text, windows[kTerms], kTerms)) {
      for (const ByteSpan& t : *terms) term(t.begin, t.end);
    } else {
      ForEachMatch(re_, text, term);
    }
    const auto anchors = windows_.Matches(text, windows[kPairAnchors], kPairAnchors);
    for (const ByteSpan& s : pairs_.Find(text, anchors)) Report(scan, s.begin, s.end, context, out);
    for (const ByteSpan& s : vitals_.Find(scan)) Report(scan, s.begin, s.end, context, out);
    for (const ByteSpan& s : hospital_stays_.Find(text)) Report(scan, s.begin, s.end, context, out);
    FindDoses(scan, context, out);
    FindAbbreviations(scan, windows[kAbbreviations], context, out);
    FindInTableColumns(scan, out);
    FindAbsences(scan, first, context, out);
    // A term and a body complaint can be the same words ("gebroken pols"), a pair can lie inside
    // a listed phrase ("bed gevallen" in "naast het bed gevallen"): report the outer span once,
    // the one with the higher score when both are the same.
    std::sort(out.begin() + first, out.end(), [](const Finding& a, const Finding& b) {
      return std::tie(a.begin, b.end, b.score) < std::tie(b.begin, a.end, a.score);
    });
    size_t kept = first;
    for (size_t i = first; i < out.size(); ++i) {
      if (kept > first && out[i].end <= out[kept - 1].end) continue;
      if (kept != i) out[kept] = std::move(out[i]);  // a self-move would empty the type
      ++kept;
    }
    out.resize(kept);
  }

 private:
  // Where the PERSON findings before out[first] end, sorted.
  static std::vector<size_t> PersonEnds(const std::vector<Finding>& out, size_t first) {
    std::vector<size_t> ends;
    for (size_t i = 0; i < first; ++i) {
      if (out[i].type == "PERSON") ends.push_back(out[i].end);
    }
    std::sort(ends.begin(), ends.end());
    return ends;
  }

  // An absence told right after one of the details found so far (from out[first] on).
  void FindAbsences(const ScanText& scan, size_t first, std::optional<PersonContext>& context,
                    std::vector<Finding>& out) const {
    if (out.size() == first) return;
    std::vector<ByteSpan> details;
    details.reserve(out.size() - first);
    for (size_t i = first; i < out.size(); ++i) details.push_back({out[i].begin, out[i].end});
    std::sort(details.begin(), details.end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    for (const ByteSpan& s : absences_.After(scan.text(), details)) {
      Report(scan, s.begin, s.end, context, out);
    }
  }

  // Reports [begin, end) of the text when its context makes it a detail about a person
  // (PersonContext, built at the first candidate: most texts have none).
  void Report(const ScanText& scan, size_t begin, size_t end, std::optional<PersonContext>& context,
              std::vector<Finding>& out) const {
    if (!context) context.emplace(*cues_, scan, out);
    const double score = context->Score(begin, end);
    if (score > 0) out.push_back({"HEALTH", begin, end, score});
  }

  // For texts LiteralWindows cannot read (re_ runs on the whole text): some 2,500 literals make
  // a large DFA, and with RE2's default 8 MiB its state cache is flushed and rebuilt over and over
  // (3x the time of the whole detector).
  static RE2::Options TermOptions() {
    RE2::Options options = Utf8Options(false, true);
    options.set_max_mem(int64_t{64} << 20);
    return options;
  }

  // A table column headed "Allergieën / medisch", "Diagnose", "Santé": each row is one person,
  // so every entry that is not "none" is a health detail about them.
  static void FindInTableColumns(const ScanText& scan, std::vector<Finding>& out) {
    const std::string_view text = scan.text();
    scan.Tables().ForEachBodyCell([&](std::string_view header, ByteSpan cell) {
      if (!HeaderMatches(header, {"ziekte", "maladie"},
                         {"medisch", "medische", "allergie", "aandoening", "diagnose", "gezondheid",
                          "médical", "medical", "santé", "handicap", "allergies", "health"})) {
        return;
      }
      if (!CellSaysNone(text.substr(cell.begin, cell.end - cell.begin))) {
        out.push_back({"HEALTH", cell.begin, cell.end, kPersonNamedScore});
      }
    });
  }

  // A label or heading opening its line ("Medicatie:", "- Allergie :", "| Medicatie |",
  // "Fysiotherapie" alone, either half of "Médicaments / Medicatie:") heads a detail; it is
  // none itself.
  static bool IsLabel(std::string_view text, size_t begin, size_t end) {
    size_t after = PastPairAfter(text, PastPluralMark(text, end));
    begin = PastPairBefore(text, begin);
    while (after < text.size() && (text[after] == ' ' || text[after] == '\r')) ++after;
    if (after < text.size() && text[after] != ':' && text[after] != '|' && text[after] != '\n') {
      return false;
    }
    const bool heading = after >= text.size() || text[after] == '\n';
    size_t p = begin;
    while (p > 0 &&
           (text[p - 1] == ' ' || text[p - 1] == '\t' ||
            (!heading && (text[p - 1] == '-' || text[p - 1] == '*' || text[p - 1] == '|')))) {
      --p;
    }
    return p == 0 || text[p - 1] == '\n';  // a bulleted line alone is a list item, not a heading
  }

  // Past a plural ending in brackets right after `end` ("Aandoening(en):", "Maladie(s) :"), or
  // `end` when there is none.
  static size_t PastPluralMark(std::string_view text, size_t end) {
    if (end >= text.size() || text[end] != '(') return end;
    size_t p = end + 1;
    while (p < text.size() && p - end <= 4 &&
           (IsAsciiLetter(text[p]) || static_cast<unsigned char>(text[p]) >= 0x80)) {
      ++p;
    }
    return p > end + 1 && p < text.size() && text[p] == ')' ? p + 1 : end;
  }

  // Past " / " and the same label in the other language after `end` ("Médicaments /
  // Medicatie"), or `end` when there is none.
  static size_t PastPairAfter(std::string_view text, size_t end) {
    size_t p = end;
    while (p < text.size() && text[p] == ' ') ++p;
    if (p == text.size() || text[p] != '/') return end;
    ++p;
    while (p < text.size() && text[p] == ' ') ++p;
    const size_t words = p;
    while (p < text.size() && p - words < kMaxPairLabel && IsLabelByte(text[p])) ++p;
    return p > words ? p : end;
  }

  // Before " / " and the same label in the other language before `begin`, or `begin`.
  static size_t PastPairBefore(std::string_view text, size_t begin) {
    size_t p = begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0 || text[p - 1] != '/') return begin;
    --p;
    while (p > 0 && text[p - 1] == ' ') --p;
    const size_t words = p;
    while (p > 0 && words - p < kMaxPairLabel && IsLabelByte(text[p - 1])) --p;
    return p < words ? p : begin;
  }

  static bool IsLabelByte(char c) { return IsWordByte(c) || c == ' ' || c == '\''; }

  // A long term in a line written all in capitals titles a form or section ("MELDING
  // ARBEIDSONGEVAL", "THEMA: DEPRESSIE BIJ JONGEREN"); not in running text or a field value
  // ("heeft EPILEPSIE", "Diagnose: LONGONTSTEKING"; in capitals after a record's label, the
  // caller's test: "ALLERGIEËN: PENICILLINE"), nor a short abbreviation ("ADHD").
  static bool InCapitalsHeading(CapitalLines& lines, size_t begin, size_t end) {
    return end - begin >= 7 && lines.At(begin);
  }

  // A capitalised term after a capitalised word, or after "tegen", "voor", "contre", "pour"
  // that follow one, names a body or event: "Stichting tegen Kanker", "Ligue Alzheimer".
  static bool InOrganisationName(std::string_view text, size_t begin) {
    if (text[begin] < 'A' || text[begin] > 'Z') return false;
    auto word_before = [&](size_t end) {
      while (end > 0 && text[end - 1] == ' ') --end;
      size_t b = end;
      while (b > 0 && IsWordByte(text[b - 1]) && end - b < 40) --b;
      return text.substr(b, end - b);
    };
    auto capital = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
    std::string_view w = word_before(begin);
    if (w.empty() || w.data() + w.size() != text.data() + begin - 1) return false;  // one blank
    if (w == "tegen" || w == "voor" || w == "contre" || w == "pour") {
      w = word_before(static_cast<size_t>(w.data() - text.data()));
    }
    if (!capital(w)) return false;
    // Not the first word of a sentence: "Diabetes" after "Mijn vader. " is no name.
    const size_t at = static_cast<size_t>(w.data() - text.data());
    size_t p = at;
    while (p > 0 && text[p - 1] == ' ') --p;
    return p > 0 && text[p - 1] != '.' && text[p - 1] != '\n' && text[p - 1] != ':' &&
           text[p - 1] != '!' && text[p - 1] != '?';
  }

  // A capitalised term opening a line (after a bullet) before a known surname or a surname's
  // particle and a capitalised word names a practice after its owner: "- Fysiotherapie Van der
  // Meulen, Middelburg"; not a medicine before its device ("- Spiriva Respimat 2 puffs"), nor a
  // term before a preposition ("- Depressie In 2019 opgenomen", "- Astma Van kindsbeen af").
  bool PracticeName(std::string_view text, size_t begin, size_t end) const {
    if (text[begin] < 'A' || text[begin] > 'Z' || end + 2 > text.size() || text[end] != ' ' ||
        text[end + 1] < 'A' || text[end + 1] > 'Z') {
      return false;
    }
    size_t p = begin;
    while (p > 0) {
      if (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '-' || text[p - 1] == '*') {
        --p;
      } else if (p >= 3 && text.substr(p - 3, 3) == "\u2022") {  // "•"
        p -= 3;
      } else {
        break;
      }
    }
    if (p > 0 && text[p - 1] != '\n') return false;
    auto word_at = [&](size_t from) {
      size_t e = from;
      while (e < text.size() && IsWordByte(text[e])) ++e;
      return text.substr(from, e - from);
    };
    const std::string_view next = word_at(end + 1);
    static constexpr std::string_view kParticles[] = {"Van", "Vande", "Vanden", "Vander", "De",
                                                      "Den", "Der",   "Le",     "La",     "Du",
                                                      "Des", "Ter",   "Ten"};
    if (std::find(std::begin(kParticles), std::end(kParticles), next) != std::end(kParticles)) {
      size_t q = end + 1 + next.size();
      while (q < text.size() && text[q] == ' ') ++q;
      // "Van der Meulen": another particle or the surname, capitalised or not ("der").
      const std::string_view after = word_at(q);
      return !after.empty() && ((after[0] >= 'A' && after[0] <= 'Z') || after == "der" ||
                                after == "den" || after == "de");
    }
    const uint32_t flags = cues_->names->words.Find(LowerUtf8(next));
    return (flags & kSurname) && !(flags & (kNotName | kAmbiguous));
  }

  // A care profession as someone's job: one word after a full name and a comma, in brackets
  // after a name, or after "als", "comme", "as" ("Julie Vercruysse, psychologe in ons team",
  // "Bilal (kiné)", "werkt als kinesiste"); not "bij de psycholoog", nor after one word and a
  // comma ("Maandag, psycholoog om 14u").
  bool StaffRole(std::string_view text, size_t begin, size_t end) const {
    const std::string word = LowerUtf8(text.substr(begin, end - begin));
    if (word.find(' ') != std::string::npos ||
        std::none_of(professions_.begin(), professions_.end(),
                     [&](const std::string& p) { return word.ends_with(p); })) {
      return false;
    }
    auto capitalised_word_before = [&](size_t p) {  // its start, or npos; an initial counts
      while (p > 0 && text[p - 1] == ' ') --p;
      if (p > 1 && text[p - 1] == '.') --p;  // "dr. S. Wuyts, psychiater"
      size_t b = p;
      while (b > 0 && IsWordByte(text[b - 1])) --b;
      return b < p && text[b] >= 'A' && text[b] <= 'Z' ? b : std::string_view::npos;
    };
    size_t p = begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    // A role in brackets after a known given name or surname, as lists of those present write
    // it: "Bilal (kiné)"; not after a place or a day ("Gent (kiné)", "Maandag (kiné)").
    if (p > 1 && text[p - 1] == '(' && end < text.size() && text[end] == ')') {
      const size_t name = capitalised_word_before(p - 1);
      if (name == std::string_view::npos) return false;
      size_t name_end = p - 1;
      while (name_end > name && text[name_end - 1] == ' ') --name_end;
      const uint32_t flags =
          cues_->names->words.Find(LowerUtf8(text.substr(name, name_end - name)));
      return (flags & (kFirstName | kSurname)) && !(flags & kNotName);
    }
    if (p > 1 && text[p - 1] == ',') {  // a given name and a surname before the comma
      const size_t surname = capitalised_word_before(p - 1);
      return surname != std::string_view::npos &&
             capitalised_word_before(surname) != std::string_view::npos;
    }
    size_t b = p;
    while (b > 0 && IsWordByte(text[b - 1])) --b;
    const std::string_view before = text.substr(b, p - b);
    return before == "als" || before == "comme" || before == "as";
  }

  // "/dl" or "/l" after a unit: a concentration in a lab result, not a dose ("mg/j" is one).
  static bool PerVolume(std::string_view after) {
    for (std::string_view per : {"/dl", "/l"}) {
      if (after.size() >= per.size() && LowerUtf8(after.substr(0, per.size())) == per &&
          (after.size() == per.size() || !IsWordByte(after[per.size()]))) {
        return true;
      }
    }
    return false;
  }

  // A medicine with its dose, listed or not: "metoprolol 50 mg", "Temesta 1 mg"; not a
  // concentration ("Robbe\t231 mg/dl": a nurse and a reading). Only texts holding a digit and a
  // unit are searched, and of those only the ones where a unit follows a number
  // (UnitAfterNumber): " E" alone let most mails through ("E-mail:").
  void FindDoses(const ScanText& scan, std::optional<PersonContext>& context,
                 std::vector<Finding>& out) const {
    const std::string_view text = scan.text();
    // UnitAfterNumber first: it reads the digit runs' ends, Contains the whole text.
    if (!UnitAfterNumber(scan) || (!Contains(text, "mg") && !Contains(text, "µg") &&
                                   !Contains(text, " E") && !Contains(text, " IE"))) {
      return;
    }
    ForEachMatch(dose_, text, [&](size_t begin, size_t end) {
      if (!WordBefore(text, begin) && !PerVolume(text.substr(end))) {
        Report(scan, begin, end, context, out);
      }
    });
  }

  // Medical abbreviations, case-sensitive whole words: "DM2", "NSTEMI". `windows` (of the
  // abbreviations case folded) hold every match: the text is not searched twice.
  void FindAbbreviations(const ScanText& scan, const std::vector<ByteSpan>& windows,
                         std::optional<PersonContext>& context, std::vector<Finding>& out) const {
    const std::string_view text = scan.text();
    ForEachMatchIn(abbreviations_, text, windows, [&](size_t begin, size_t end) {
      if (WordBefore(text, begin) || (end < text.size() && IsWordByte(text[end]))) {
        return;
      }
      Report(scan, begin, end, context, out);
    });
  }

  // True when a unit of dose_ (mg, mcg, µg, IE, E) follows a digit run, right after it or after a
  // blank or tab: every match of dose_ holds one, its number's digits ending a run.
  static bool UnitAfterNumber(const ScanText& scan) {
    const std::string_view text = scan.text();
    for (const ByteSpan& run : scan.DigitRuns()) {
      size_t p = run.end;
      if (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
      // Most numbers are followed by none of the units' first bytes: no compare then.
      if (p >= text.size() ||
          (text[p] != 'm' && text[p] != '\xC2' && text[p] != 'I' && text[p] != 'E')) {
        continue;
      }
      const std::string_view rest = text.substr(p, 3);
      for (std::string_view unit : {"mg", "mcg", "µg", "IE", "E"}) {
        if (rest.starts_with(unit)) return true;
      }
    }
    return false;
  }

  // True when `needle` (two bytes or more) occurs in `text`, found by memchr on its second byte:
  // the first, a blank in " E", would stop memchr at every word.
  static bool Contains(std::string_view text, std::string_view needle) {
    for (size_t from = 1; from < text.size();) {
      const void* hit = std::memchr(text.data() + from, needle[1], text.size() - from);
      if (hit == nullptr) return false;
      const size_t at = static_cast<const char*>(hit) - text.data();
      if (text.substr(at - 1, needle.size()) == needle) return true;
      from = at + 1;
    }
    return false;
  }

  // The terms and medicines, lower case; '*' terms may also end a compound word. A term with an
  // apostrophe also as Word writes it: "crise d’angoisse".
  std::vector<std::string> Terms(const std::string& data_dir) {
    std::vector<std::string> terms = ReadListFile(data_dir + "/health/medicines.txt");
    for (std::string term : ReadListFile(data_dir + "/health/terms.txt")) {
      if (term[0] == '*') {
        term.erase(0, 1);
        compound_heads_.insert(LowerUtf8(term));
      }
      terms.push_back(term);
      if (term.find('\'') != std::string::npos) {
        std::string typographic;
        for (char c : term) {
          if (c == '\'') {
            typographic += "\u2019";
          } else {
            typographic += c;
          }
        }
        if (compound_heads_.contains(LowerUtf8(term)))
          compound_heads_.insert(LowerUtf8(typographic));
        terms.push_back(typographic);
      }
    }
    return terms;
  }

  std::shared_ptr<const PersonCueLists> cues_;
  WordSet compound_heads_;
  std::vector<std::string> terms_;
  std::vector<std::string> abbreviation_list_;  // abbreviations.txt, as written
  std::vector<std::string> professions_;        // care_professions.txt
  NearbyWords pairs_;                           // "pijn aan de rechterheup", "slaapt slecht"
  HospitalStays hospital_stays_;                // "opgenomen in AZ Delta"
  Absences absences_;                           // "pols gebroken, zit drie weken thuis"
  RE2 re_;                                      // the terms, case-insensitive, longest first
  // The groups of windows_: the terms, the abbreviations (folded like the terms: more windows than
  // their case-sensitive pattern needs, never fewer) and the anchors of the word pairs (body parts,
  // bodily functions), found in one pass.
  static constexpr uint32_t kTerms = 0, kAbbreviations = 1, kPairAnchors = 2;
  LiteralWindows windows_;
  RE2 dose_;           // group 1: a word, a number, mg, mcg, µg or units, a schedule ("2dd1")
  RE2 abbreviations_;  // group 1: abbreviations.txt, case-sensitive
  VitalSigns vitals_;
};

}  // namespace

std::unique_ptr<Recognizer> NewHealthRecognizer(const std::string& data_dir) {
  return std::make_unique<HealthRecognizer>(data_dir);
}

}  // namespace vermeld
