#include "core/detect/date_of_birth_patterns.h"

#include <algorithm>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

constexpr char kMonths[] =
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|january|february|march|may|june|july|august|october|"
    "jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|janv|févr|fevr|avr|juil|"
    "déc";

constexpr char kWeekdays[] =
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|"
    "vendredi|samedi|dimanche";

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
char Fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The month words of kMonths in ASCII, for CueDateStart; the others hold a byte beyond ASCII.
std::vector<std::string_view> AsciiMonths() {
  std::vector<std::string_view> months;
  const std::string_view all = kMonths;
  for (size_t b = 0; b < all.size();) {
    size_t e = all.find('|', b);
    if (e == std::string_view::npos) e = all.size();
    const std::string_view m = all.substr(b, e - b);
    if (std::none_of(m.begin(), m.end(), [](char c) { return c & 0x80; })) months.push_back(m);
    b = e + 1;
  }
  return months;
}

// True when a month word of the pattern may end at text[pos], starting at or after `floor`: an
// ASCII one in any case, or any where a byte beyond ASCII is near (accented months, and the
// Kelvin sign and long s that RE2 folds to k and s).
bool MonthMayEndAt(std::string_view text, size_t floor, size_t pos) {
  static const std::vector<std::string_view> months = AsciiMonths();
  constexpr size_t kLongestMonth = 9;  // bytes: "septembre", "décembre"
  const size_t from = pos - std::min(pos - floor, kLongestMonth);
  if (std::any_of(text.begin() + from, text.begin() + pos, [](char c) { return c & 0x80; })) {
    return true;
  }
  for (std::string_view m : months) {
    if (m.size() > pos - floor) continue;
    const std::string_view tail = text.substr(pos - m.size(), m.size());
    if (std::equal(m.begin(), m.end(), tail.begin(), [](char a, char b) { return a == Fold(b); })) {
      return true;
    }
  }
  return false;
}

// The labels of a form's birth field, an alternation without a group.
std::string BirthLabels() {
  return R"(geboorte(?:datum|data|dag|jaar)?|geb[ \t]?\.?[ \t]?datum|datum[ \t]+van[ \t]+geboorte|geb\.?|)"
         R"(geboorteplaats[ \t]*(?:en|/|&)[ \t]*-?datum|geboortedatum[ \t]*(?:en|/|&)[ \t]*-?plaats|)"
         R"(dates?[ \t]+(?:et[ \t]+lieux?[ \t]+)?de[ \t]+naiss(?:ance|\.)|dates?[ \t]+of[ \t]+birth|)"
         R"(birth[ \t]?date|d\.?o\.?b\.?|)"
         // Posted workers' and newcomers' papers: de, pl, ro, it, pt, tr, es.
         R"(geburtsdatum|data[ \t]+urodzenia|data[ \t]+na[sș]terii|data[ \t]+di[ \t]+nascita|)"
         R"(data[ \t]+de[ \t]+nascimento|do[gğ]um[ \t]+tarihi|fecha[ \t]+de[ \t]+nacimiento|)"
         // Arabic, Ukrainian, Russian, Bulgarian.
         R"(تاريخ[ \t]+الميلاد|дата[ \t]+(?:народження|рождения|на[ \t]+раждане))";
}

// A few words a label may have before its value: "Geboortedatum kind:", "Geboortedatum
// (dd/mm/jjjj):", "Geboortedatum (uit BRP):", "Date et lieu de naissance : Liège, le",
// "Geboortedatum |", "geb. op". Gap words stand after a blank, hold no digit and end no sentence.
std::string LabelGapWords() {
  return R"((?:[ \t]*[|/:–-]|[ \t]+(?:\([^\n\d()]{1,24}\)|[^\s\d.!?()]+)){0,4}?)";
}

}  // namespace

// A date in numbers or words (the year maybe in two digits: "13 juni 42", "3 mrt '85",
// "12/03/'80"; Dutch systems print "12-mrt-1980", airlines "14MAR1986"; a scan sets the
// separators apart: "12 - 08 - 1958"), or a month and year, or a bare year, as one capturing
// group (the callers judge a bare year by its cue).
std::string BirthDatePattern() {
  const std::string months = std::string("(?:") + kMonths + R"()\.?)";
  return R"((\d{1,2}(?:[./-]| [./-] )\d{1,2}(?:[./-]| [./-] )(?:\d{4}|['’]?\d{2})|)"
         R"(\d{4}-\d{2}-\d{2}|)"
         R"(\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{4}|\d{2}\b)|)"
         R"(\d{1,2}(?:e|er|ste|de|st|nd|rd|th)?(?:[ \t]+|-)(?i:)" +
         months + R"()(?:[ \t]+|-)(?:\d{4}|['’]?\d{2}\b)|(?i:)" + months +
         R"()[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)?\d{4}|(?:18|19|20)\d{2}))";
}

std::string BirthCuePattern() {
  // A place, maybe with its country's code in brackets: "Brașov (RO)". A country's name there
  // ("(Marokko)") would grow the automaton for every text: 1.5x the whole detector's time.
  const std::string place =
      R"(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?(?:[ \t]+\([A-Z]{2,3}\))?)";
  const std::string weekday = std::string(R"((?:[ \t]+(?i:)") + kWeekdays + R"(),?)?)";
  // A verb; "geboren te Gent op", a form's "Geboren : Gent," and "né à Liège le" put a place
  // between cue and date.
  const std::string verb = R"((?i:geboren(?:(?:[ \t]+(?:te|in)[ \t]+|[ \t]*:[ \t]*))" + place +
                           R"(,?)?(?:[ \t]+(?:op|in|am))?)" + weekday +
                           R"(|n[ée]e?(?:\(e\))?(?:[ \t]+(?:à|a)[ \t]+)" + place +
                           R"(,?)?[ \t]+(?:le|en))" + weekday + R"(|born(?:[ \t]+on)?))";
  // A form label, then a few words maybe (LabelGapWords): the date is the label's first one.
  const std::string label = "(?i:" + BirthLabels() + ")" + LabelGapWords();
  // "°" alone, or with the place of birth: "(°Gent, 12.04.1990)", "° Gent 12.03.1985"; never
  // "°C", nor after a digit: "2° Omzendbrief 12/03/2019" numbers a paragraph, "30° Vrijdag
  // 12/07" is a temperature. (Two alternatives, with and without the comma, made RE2's automaton
  // cost 12% of the detector's time.)
  const std::string degree =
      R"((?:^|[^\p{L}\p{N}])°(?:[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \t-]+\p{Lu}[\p{L}'’-]+)?[ \t]*,?)?)";
  const std::string cue = "(?:" + verb + "|" + label + "|" + degree + ")";
  // Forms set the date apart with a colon or a run of leader dots ("Geboortedatum
  // ...... 11.07.1999"); prose puts it in brackets ("your date of birth (04/09/1990)"), closed
  // right after the date (ForEachCueDate).
  return cue + R"([ \t]*(?:[:._…]+[ \t]*){0,3}(?:\([ \t]*)?)" + BirthDatePattern();
}

// Dutch puts the verb last in a subordinate clause: "die op 12 maart 1980 (in Gent) geboren is",
// "die in 1954 geboren werd"; and after the subject in a main clause opened by the date: "Op 8
// september 2024 werd Lore (Peeters) geboren".
std::string LateBirthPattern() {
  return BirthDatePattern() +
         R"([ \t]+(?:(?:werd|is|zijn|werden)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]+)?)"
         R"((?:(?:in|te)[ \t]+\p{Lu}[\p{L}'’-]*[ \t]+)?(?i:geboren|born)(?:[^\p{L}]|$))";
}

std::string BirthLabelLinePattern() {
  return "(?i:" + BirthLabels() + R"(|geboren(?:[ \t]+op)?|né(?:e|\(e\))?[ \t]+le))" +
         LabelGapWords() + R"([ \t]*:?)";
}

RE2::Options BirthPatternOptions() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  return o;
}

size_t CueDateStart(std::string_view text, size_t begin, size_t end) {
  size_t digit = begin + 1;
  while (digit < end && !IsAsciiDigit(text[digit])) ++digit;
  if (digit == end) return std::string_view::npos;  // no date: not a match of the pattern
  // A month-first date has the month, an optional '.' and blanks before its first digit.
  size_t month_end = digit;
  while (month_end > begin && IsBlank(text[month_end - 1])) --month_end;
  if (month_end == digit) return digit;
  if (MonthMayEndAt(text, begin, month_end) || (month_end > begin && text[month_end - 1] == '.' &&
                                                MonthMayEndAt(text, begin, month_end - 1))) {
    return std::string_view::npos;
  }
  return digit;
}

}  // namespace vermeld
