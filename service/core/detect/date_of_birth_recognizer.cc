#include "core/detect/date_of_birth_recognizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <cstring>
#include <ctime>
#include <iterator>
#include <optional>
#include <string>

#include <re2/re2.h>

#include "core/detect/birth_date_of_number.h"
#include "core/detect/byte_lanes.h"
#include "core/detect/date_of_birth_patterns.h"
#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/person_context.h"
#include "core/detect/table_layout.h"

namespace vermeld {
namespace {

constexpr double kScore = 0.9;
constexpr int kFirstLivingYear = 1900;

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// A four-digit year of the date, if any, is 1900 or later: "Keizer Karel werd op 24 februari
// 1500 geboren" dates a historical figure, no one alive.
bool LivingYear(std::string_view d) {
  for (size_t i = 0; i < d.size();) {
    if (!IsAsciiDigit(d[i])) {
      ++i;
      continue;
    }
    const size_t from = i;
    while (i < d.size() && IsAsciiDigit(d[i])) ++i;
    if (i - from == 4 && ToInt(d.substr(from, 4)) < kFirstLivingYear) return false;
  }
  return true;
}

// A written date's two-digit year that is a time or a measure instead: "3 mei 12:30", "geboren 13
// juni 50 cm" (the child's length), "12 mei 14u".
bool TwoDigitYearGoesOn(std::string_view text, size_t begin, size_t end) {
  const std::string_view date = text.substr(begin, end - begin);
  if (date.size() < 4 || !IsAsciiDigit(date.back()) || !IsAsciiDigit(date[date.size() - 2]) ||
      IsAsciiDigit(date[date.size() - 3]) || date[date.size() - 3] == '/' ||
      date[date.size() - 3] == '.' || date[date.size() - 3] == '-') {
    return false;
  }
  if (end >= text.size()) return false;
  if (text[end] == ':' || text[end] == 'u' || text[end] == 'h') return true;
  if (text[end] != ' ') return false;
  static constexpr std::string_view kUnits[] = {"cm",  "mm", "kg",  "g",  "gr", "gram", "u",
                                                "uur", "h",  "min", "ml", "cl", "km",   "m"};
  const std::string_view rest = text.substr(end + 1, 6);
  for (std::string_view unit : kUnits) {
    if (rest.starts_with(unit) && (rest.size() == unit.size() || !IsWordByte(rest[unit.size()]))) {
      return true;
    }
  }
  return false;
}

// Numeric dates must name a real day and month; written ones are checked by the month words.
bool PlausibleDate(std::string_view d) {
  if (!LivingYear(d)) return false;
  const size_t a = d.find_first_of("./-");
  if (a == std::string_view::npos) return true;  // a year or a written date
  const size_t b = d.find_first_of("./-", a + 1);
  if (b == std::string_view::npos) return true;
  const std::string_view middle = d.substr(a + 1, b - a - 1);
  // A month word between dashes ("12-mrt-1980"): the pattern took it from the month words.
  if (!middle.empty() && !IsAsciiDigit(middle[0])) return true;
  int day = ToInt(d.substr(0, a)), month = ToInt(middle);
  if (a == 4) day = ToInt(d.substr(b + 1));  // ISO: year-month-day
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// The most blank-separated tokens of a match from its cue on: "geboren te Sint Niklaas, op
// maandag : 12 maart 1980" (a verb with place and weekday up to 6, a label up to 5 and its gap
// words up to 4, separators up to 3, a date up to 3).
constexpr int kMatchTokens = 15;

char Fold(char c) { return static_cast<char>(c | 0x20); }  // A-Z to a-z (and '@' to '`'...)
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// True when a cue of the pattern may start at text[pos]: the (?i) words start with "geb",
// "n" + e or é and a blank after an optional e or "(e)", "date", "datum", "data ", "dogum",
// "doğum", "fecha", "born", "birth", "d.o.b" with optional dots
// (RE2 folds none of these letters from outside ASCII, and é only from É), Arabic "تاريخ" and
// Cyrillic "Дата" or "дата"; '°' counts at its own position.
bool MayStartCue(std::string_view text, size_t pos) {
  auto folded = [&](size_t at, std::string_view word) {
    if (text.size() - at < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      if (Fold(text[at + i]) != word[i]) return false;
    }
    return true;
  };
  auto at = [&](size_t i) { return pos + i < text.size() ? text[pos + i] : '\0'; };
  const std::string_view rest = text.substr(pos);
  if (rest[0] == '\xD8') return rest.starts_with("\u062A\u0627\u0631\u064A\u062E");  // "تاريخ"
  if (rest[0] == '\xD0') {
    return rest.starts_with("\u0414\u0430\u0442\u0430") ||
           rest.starts_with("\u0434\u0430\u0442\u0430");  // "Дата", "дата"
  }
  switch (Fold(text[pos])) {
    case 'g':
      return folded(pos, "geb");
    case 'n': {
      size_t e = 1;
      if (Fold(at(1)) == 'e') {
        e = 2;
      } else if (at(1) == '\xC3' && Fold(at(2)) == '\xA9') {
        e = 3;
      } else {
        return false;
      }
      if (Fold(at(e)) == 'e') ++e;
      if (at(e) == '(' && Fold(at(e + 1)) == 'e' && at(e + 2) == ')') e += 3;  // "né(e) le"
      return IsBlank(at(e));
    }
    case 'd': {
      if (folded(pos, "date") || folded(pos, "datum") || folded(pos, "data ") ||
          folded(pos, "dogum") || (folded(pos, "do") && text.substr(pos + 2, 4) == "\xC4\x9Fum")) {
        return true;
      }
      size_t i = 1;
      if (at(i) == '.') ++i;
      if (Fold(at(i)) != 'o') return false;
      if (at(++i) == '.') ++i;
      return Fold(at(i)) == 'b';
    }
    case 'b':
      return folded(pos, "born") || folded(pos, "birth");
    case 'f':
      return folded(pos, "fecha");
    default:
      return text.substr(pos, 2) == "\u00B0";
  }
}

// The pairs of bytes MayStartCue can accept at a position, as bits: g, n or f before e, n before
// the lead byte of é, d before a, o or '.', b before o (letters in either case), '°', "ت", "Д"
// and "д". One test rules out the other g, n, d, b and f, a fifth of the letters of Dutch prose,
// without a call.
constexpr auto kCuePairs = [] {
  std::array<uint64_t, 65536 / 64> bits{};
  auto add = [&](std::string_view firsts, std::string_view seconds) {
    for (unsigned char a : firsts) {
      for (unsigned char b : seconds) bits[(a << 8 | b) / 64] |= uint64_t{1} << (b % 64);
    }
  };
  add("gGfF", "eE");
  add("nN", "eE\xC3");
  add("dD", "aAoO.");
  add("bB", "oO");
  add("\xC2", "\xB0");
  add("\xD8", "\xAA");      // "ت"
  add("\xD0", "\x94\xB4");  // "Д", "д"
  return bits;
}();

// The first bytes of kCuePairs: one load rules out most bytes before the pair is read.
constexpr auto kCueFirst = [] {
  std::array<bool, 256> first{};
  for (unsigned char c : std::string_view("gGnNdDbBfF\xC2\xD8\xD0")) first[c] = true;
  return first;
}();

// True when the bytes at pos and after it (0 at the end) are a pair of kCuePairs.
bool CuePairAt(std::string_view text, size_t pos) {
  const size_t a = static_cast<unsigned char>(text[pos]);
  if (!kCueFirst[a]) return false;
  const size_t b = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
  return (kCuePairs[(a << 8 | b) / 64] >> (b % 64) & 1) != 0;
}

// The bytes of v whose folded form (Fold) is one of `folded`, as a movemask: 16 bytes tested
// at once.
template <size_t N>
unsigned FoldedIn(Lanes::Vector v, const char (&folded)[N]) {
  const Lanes::Vector f = Lanes::Or(v, Lanes::Splat(0x20));
  Lanes::Vector any = Lanes::Equal(f, folded[0]);
  for (size_t i = 1; i + 1 < N; ++i) any = Lanes::Or(any, Lanes::Equal(f, folded[i]));
  return Lanes::TopBits(any);
}

// Calls fn(pos) for the positions in [from, to), in order, whose byte has its bit in
// mask16(16 bytes from pos) or for which is(byte) holds past the last 16 bytes: the cue scans
// below tested every byte of a line with a table load and a branch, yet few bytes start a cue.
template <typename Mask16, typename Is, typename Fn>
void ForEachPosition(std::string_view text, size_t from, size_t to, Mask16 mask16, Is is, Fn fn) {
  size_t pos = from;
  for (; pos + 16 <= to; pos += 16) {
    unsigned mask = mask16(Lanes::Load(text.data() + pos));
    for (; mask != 0; mask &= mask - 1) fn(pos + static_cast<size_t>(std::countr_zero(mask)));
  }
  for (; pos < to; ++pos) {
    if (is(text[pos])) fn(pos);
  }
}

// Windows holding every match of the pattern: a match has a date, so a digit, on the line of
// its cue (nothing in it after the cue crosses a line), and spans at most kMatchTokens tokens
// from the cue; before "°" stands one more character. A cue with no digit in those tokens starts
// no match: the scan of a line stops at its last digit, and such cues get no window.
std::vector<ByteSpan> CueWindows(const ScanText& scan) {
  const std::string_view text = scan.text();
  const std::vector<ByteSpan>& runs = scan.DigitRuns();
  const TextLines& lines = scan.Lines();
  std::vector<ByteSpan> windows;
  size_t l = 0;  // the line of runs[i]: runs and lines both in text order
  for (size_t i = 0; i < runs.size();) {
    while (lines.End(l) < runs[i].end) ++l;
    const size_t line = lines.Begin(l);
    const size_t line_end = lines.End(l);
    size_t last = i;  // the line's runs are [i, last]
    while (last + 1 < runs.size() && runs[last + 1].begin < line_end) ++last;
    size_t next = i;  // the first run ending after pos
    // Every cue in one blank-free stretch reaches as far: found once per stretch (each cue of a
    // long stretch read it to its end again: quadratic, 19 s for 200 KB of "°1").
    size_t stretch_end = line;
    size_t end = line;
    // The first bytes of kCuePairs (kCueFirst) 16 at a time, then the pair and the cue.
    auto first_byte = [](Lanes::Vector v) {
      return FoldedIn(v, "gndbf") |
             Lanes::TopBits(Lanes::Or(Lanes::Equal(v, '\xC2'),
                                      Lanes::Or(Lanes::Equal(v, '\xD8'), Lanes::Equal(v, '\xD0'))));
    };
    auto is_first = [](char c) { return kCueFirst[static_cast<unsigned char>(c)]; };
    ForEachPosition(text, line, runs[last].end, first_byte, is_first, [&](size_t pos) {
      if (!CuePairAt(text, pos) || !MayStartCue(text, pos)) return;
      if (pos >= stretch_end) {
        stretch_end = pos;
        while (stretch_end < line_end && !IsBlank(text[stretch_end])) ++stretch_end;
        end = stretch_end;
        for (int tokens = 1; tokens < kMatchTokens && end < line_end; ++tokens) {
          while (end < line_end && IsBlank(text[end])) ++end;
          while (end < line_end && !IsBlank(text[end])) ++end;
        }
      }
      while (runs[next].end <= pos) ++next;
      if (std::max(runs[next].begin, pos) >= end) return;  // no digit in [pos, end)
      AddWindow(windows, {pos - std::min<size_t>(pos, 4), end});
    });
    i = last + 1;
  }
  return windows;
}

// The most blank-separated tokens before "geboren" in a late match: a date of up to 3, "werd
// Lore Peeters" and "in Gent".
constexpr int kLateTokens = 8;

// True when a word "geboren" or "born" (any case) starts at text[pos]. The letters are compared
// first: most g and b start neither word, and isalpha is a call into libc.
bool LateCueAt(std::string_view text, size_t pos) {
  for (std::string_view word : {"geboren", "born"}) {
    if (text.size() - pos < word.size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) same = Fold(text[pos + i]) == word[i];
    if (same) return pos == 0 || !std::isalpha(static_cast<unsigned char>(text[pos - 1]));
  }
  return false;
}

// Windows holding every match of LateBirthPattern: the date is a digit run before the cue on its
// line, within kLateTokens tokens.
std::vector<ByteSpan> LateCueWindows(const ScanText& scan) {
  const std::string_view text = scan.text();
  const TextLines& lines = scan.Lines();
  std::vector<ByteSpan> windows;
  size_t line_end = 0;
  size_t l = 0;  // the line of run: runs and lines both in text order
  for (const ByteSpan& run : scan.DigitRuns()) {
    if (run.begin < line_end) continue;  // this line is done
    while (lines.End(l) < run.end) ++l;
    line_end = lines.End(l);
    // A cue inside a blank-free stretch (not at its start) reaches back as far as any other
    // there: found once per stretch, else each cue of a long stretch read it back again.
    size_t stretch = run.begin;  // the start of the stretch holding pos, not before the run
    size_t reached_from = std::string_view::npos;
    size_t reached = 0;
    size_t looked_back_to = run.end;  // stretch accounts for the blanks before this
    // The first letters of the cues 16 bytes at a time, then the cue.
    auto first_letter = [](Lanes::Vector v) { return FoldedIn(v, "gb"); };
    auto is_first = [](char c) { return Fold(c) == 'g' || Fold(c) == 'b'; };
    ForEachPosition(text, run.end, line_end, first_letter, is_first, [&](size_t pos) {
      if (!LateCueAt(text, pos)) return;
      // The last blank before the cue, looked for only back to the previous cue: cues are rare,
      // and the bytes between them are not tested twice.
      for (size_t p = pos; p > looked_back_to; --p) {
        if (IsBlank(text[p - 1])) {
          stretch = p;
          break;
        }
      }
      looked_back_to = pos;
      size_t begin = pos;
      if (stretch < pos && stretch == reached_from) {
        begin = reached;
      } else {
        for (int tokens = 0; tokens < kLateTokens && begin > run.begin; ++tokens) {
          while (begin > run.begin && IsBlank(text[begin - 1])) --begin;
          while (begin > run.begin && !IsBlank(text[begin - 1])) --begin;
        }
        if (stretch < pos) {
          reached_from = stretch;
          reached = begin;
        }
      }
      AddWindow(windows, {begin, std::min(line_end, pos + 12)});  // the cue and one character
    });
  }
  return windows;
}

constexpr size_t kLabelWindow = 60;       // bytes before the date searched for the cue
constexpr int kMaxSecondPersonWords = 7;  // a title, given names, particles, a double surname

// True when the cue before the date may describe the birth of an idea or event, so that the
// sentence must be about a person: a birth verb after an auxiliary ("werd geboren op", "est né
// le", "was born on") or before a bare year. Labels ("geboortedatum", "°", "date de naissance",
// "DOB", a colon before the date) and appositions ("Jan Peeters, geboren 12-08-1991", "BSN ...,
// geboren op") need nothing more.
bool NeedsPerson(std::string_view text, size_t begin, bool year_only) {
  size_t p = begin;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  if (p > 0 && text[p - 1] == ':') return false;
  size_t from = begin > kLabelWindow ? begin - kLabelWindow : 0;
  while (from < begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  const std::string before = LowerUtf8(text.substr(from, begin - from));
  // Arrays, not initializer lists, here and below: those were built at each call, with a
  // strlen per word.
  static constexpr std::string_view kBirthLabels[] = {
      "geboortedatum", "geboortedag", "geboortejaar", "geboorteplaats", "datum van geboorte",
      "geb.",          "geb ",        "\u00B0",       "naissance",      "date of birth",
      "birth date",    "birthdate",   "dob",          "d.o.b"};
  for (std::string_view label : kBirthLabels) {
    if (before.find(label) != std::string::npos) return false;
  }
  if (year_only) return true;
  size_t verb = std::string::npos;
  for (std::string_view v : {"geboren", "né", "born"}) {
    const size_t at = before.rfind(v);
    if (at != std::string::npos && (verb == std::string::npos || at > verb)) verb = at;
  }
  if (verb == std::string::npos) return true;
  // The word before the verb: an auxiliary makes it a narrative.
  size_t e = verb;
  while (e > 0 && before[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && before[b - 1] != ' ' && before[b - 1] != ',' && before[b - 1] != '(') --b;
  const std::string_view word = std::string_view(before).substr(b, e - b);
  if (word == "ben" || word == "suis")
    return false;  // "(ik) ben geboren", "je suis né": the writer
  static constexpr std::string_view kAuxiliaries[] = {"werd", "werden", "wordt", "is",    "was",
                                                      "zijn", "waren",  "est",   "était", "fut",
                                                      "sont", "were",   "been"};
  for (std::string_view aux : kAuxiliaries) {
    if (word == aux) return true;
  }
  return false;
}

// A date after an opening bracket is the bracket's whole content: "date of birth (04/09/1990)",
// not "kinderen geboren (01/01/2015 - 31/12/2016)" nor "(01/01/1900 si inconnue)".
bool BracketClosed(std::string_view text, size_t date, size_t end) {
  size_t p = date;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  if (p == 0 || text[p - 1] != '(') return true;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return end < text.size() && text[end] == ')';
}

// ForEachMatchIn(re, text, windows, fn) for BirthCuePattern: fn(begin, end) of each match's date,
// found by CueDateStart where it can tell, else by RE2's submatch engine.
template <typename Fn>
void ForEachCueDate(const RE2& re, std::string_view text, const std::vector<ByteSpan>& windows,
                    Fn fn) {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[2];
  for (const ByteSpan& w : windows) {
    for (size_t pos = w.begin;
         pos <= w.end && re.Match(input, pos, w.end, RE2::UNANCHORED, m, 1);) {
      const auto begin = static_cast<size_t>(m[0].data() - text.data());
      const size_t end = begin + m[0].size();
      // A word cue inside a longer word is none: "stationné le 11/03/2025" holds no "né le".
      const char first = static_cast<char>(text[begin] | 0x20);
      if (begin > 0 && first >= 'a' && first <= 'z' && IsWordByte(text[begin - 1])) {
        pos = begin + 1;
        continue;
      }
      size_t date = CueDateStart(text, begin, end);
      if (date == std::string_view::npos && re.Match(input, pos, w.end, RE2::UNANCHORED, m, 2) &&
          m[1].data() != nullptr) {
        date = static_cast<size_t>(m[1].data() - text.data());
      }
      if (date != std::string_view::npos && BracketClosed(text, date, end)) fn(date, end);
      pos = std::max(end, pos + 1);
    }
  }
}

class DateOfBirthRecognizer : public Recognizer {
 public:
  explicit DateOfBirthRecognizer(const std::string& data_dir)
      : cues_(LoadPersonCueLists(data_dir)),
        re_(BirthCuePattern(), BirthPatternOptions()),
        late_re_(LateBirthPattern(), BirthPatternOptions()),
        date_re_(BirthDatePattern(), BirthPatternOptions()),
        label_line_re_(BirthLabelLinePattern(), BirthPatternOptions()) {}
  std::string_view Type() const override { return "DATE_OF_BIRTH"; }

  void Find(const ScanText& scan, std::vector<Finding>& out) const override {
    const std::string_view text = scan.text();
    // The names the recognizers before found name someone in a sentence for the context; their
    // national numbers and this recognizer's own dates would make any text one person's record.
    const size_t before = out.size();
    std::optional<PersonContext> context;  // built at the first match that needs it
    auto build_context = [&] {
      std::vector<Finding> people;
      std::copy_if(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(before),
                   std::back_inserter(people), [](const Finding& f) { return f.type == "PERSON"; });
      context.emplace(*cues_, scan, people);
    };
    FindAfterNames(text, out);
    ForEachCueDate(re_, text, CueWindows(scan), [&](size_t begin, size_t end) {
      const std::string_view date = text.substr(begin, end - begin);
      const bool year_only = date.size() == 4;
      // A bare year only after "°", "geboren in" and the like; never a year glued to more digits.
      if (!ClearAfter(text, end) || !PlausibleDate(date) || TwoDigitYearGoesOn(text, begin, end)) {
        return;
      }
      if (year_only && !YearCue(text, begin,
                                {"\u00B0", "geboren in", "geboortejaar", "geb.", "geb", "né en",
                                 "née en", "born in"})) {
        return;
      }
      if (NeedsPerson(text, begin, year_only)) {
        if (!context) build_context();
        if (context->Score(begin, end) == 0) return;
      }
      out.push_back({"DATE_OF_BIRTH", begin, end, kScore});
      for (ByteSpan next = JoinedDate(text, end); next.end > next.begin;
           next = JoinedDate(text, next.end)) {
        out.push_back({"DATE_OF_BIRTH", next.begin, next.end, kScore});
      }
      if (OpensLabelledRow(text, begin)) AddRowDates(text, end, out);
    });
    // Verb last: always about someone in the sentence ("het bedrijf dat in 1980 ..." is not).
    ForEachMatchIn(late_re_, text, LateCueWindows(scan), [&](size_t begin, size_t end) {
      const std::string_view date = text.substr(begin, end - begin);
      if (!PlausibleDate(date) || !ClearBefore(text, begin)) return;
      if (date.size() == 4 && !YearCue(text, begin, {"in"})) return;  // "die in 1954 geboren is"
      if (!context) build_context();
      if (context->Score(begin, end) > 0) out.push_back({"DATE_OF_BIRTH", begin, end, kScore});
    });
    FindUnderLabels(scan, out);
    FindAfterCueAtLineEnd(scan, before, out, [&](size_t begin, size_t end) {
      if (!context) build_context();
      return context->Score(begin, end) > 0;
    });
    FindBeforeDeathMarks(text, out);
    // A table column headed "Geboortedatum", "geb.", "Né(e) le": each date in it.
    scan.Tables().ForEachBodyCell([&](std::string_view header, ByteSpan cell) {
      if (!HeaderMatches(header, {"geb", "dob", "d.o.b."},
                         {"geboorte", "geb.", "geboren", "naissance", "né le", "née le", "né(e)",
                          "birth", "\u00B0"})) {
        return;
      }
      const std::string_view date = text.substr(cell.begin, cell.end - cell.begin);
      if (RE2::FullMatch(date, date_re_) && PlausibleDate(date)) {
        out.push_back({"DATE_OF_BIRTH", cell.begin, cell.end, kScore});
      }
    });
    FindDatesOfNationalNumbers(text, before, out);
    FindAfterFarLabels(text, before, out);
    FindAfterBirthPlaceCountry(text, before, out);
  }

 private:
  // A verb of birth that ends its line and the date that opens the next, as text wrapped at a
  // fixed width parts them: "Zij werd geboren op\n14 april 1925 in Sint-Katelijne-Waver" (a label
  // alone on its line is FindUnderLabels'). A narrative needs someone the sentence is about
  // (`about_someone`, as NeedsPerson tells).
  template <typename AboutSomeone>
  void FindAfterCueAtLineEnd(const ScanText& scan, size_t before, std::vector<Finding>& out,
                             AboutSomeone about_someone) const {
    static constexpr std::string_view kCueEnds[] = {"geboren op",  "geboren",       "n\u00e9 le",
                                                    "n\u00e9e le", "n\u00e9(e) le", "born on"};
    const std::string_view text = scan.text();
    const TextLines& lines = scan.Lines();
    // Where the dates found before start, sorted once at the first cue: a scan of `out` for each
    // cue was quadratic (thousands of lines ending in "geboren op" over a date). The dates this
    // loop adds open distinct lines and need no lookup.
    std::vector<size_t> found_starts;
    bool sorted = false;
    for (size_t l = 0; l + 1 < lines.size(); ++l) {
      std::string_view line = lines.Line(l);
      while (!line.empty() && (IsBlank(line.back()) || line.back() == '\r')) line.remove_suffix(1);
      if (line.empty() || IsAsciiDigit(line.back())) continue;
      // The line's end compared with each cue, ASCII letters in either case.
      const bool cue =
          std::any_of(std::begin(kCueEnds), std::end(kCueEnds), [&](std::string_view c) {
            if (line.size() < c.size()) return false;
            const std::string_view end = line.substr(line.size() - c.size());
            for (size_t k = 0; k < c.size(); ++k) {
              if ((IsAsciiLetter(end[k]) ? Fold(end[k]) : end[k]) != c[k]) return false;
            }
            return line.size() == c.size() || !IsWordByte(line[line.size() - c.size() - 1]);
          });
      if (!cue) continue;
      size_t p = lines.Begin(l + 1);
      while (p < lines.End(l + 1) && IsBlank(text[p])) ++p;
      const std::string_view rest = text.substr(p, kMaxDateBytes);
      re2::StringPiece m;
      if (!date_re_.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1) || m.size() <= 4 ||
          !ClearAfter(text, p + m.size()) || !PlausibleDate(m) || !LivingYear(m)) {
        continue;
      }
      const size_t end = p + m.size();
      if (!sorted) {
        for (size_t k = before; k < out.size(); ++k) found_starts.push_back(out[k].begin);
        std::sort(found_starts.begin(), found_starts.end());
        sorted = true;
      }
      const bool found = std::binary_search(found_starts.begin(), found_starts.end(), p);
      if (found || (NeedsPerson(text, p, false) && !about_someone(p, end))) continue;
      out.push_back({"DATE_OF_BIRTH", p, end, kScore});
    }
  }

  // A birth-date label, more words than a form puts between, then the date in the same sentence,
  // or on the next line after a question: "mijn geboortedatum staat verkeerd, het moet 02/11/1979
  // zijn", "uw naam en geboortedatum?\n14:04 Klant: ahmed el amrani, 16 mei 1985". The first
  // whole date within kFarLabelReach bytes, of a year before this one.
  void FindAfterFarLabels(std::string_view text, size_t before, std::vector<Finding>& out) const {
    // Each label is looked for by a tail that opens with an uncommon letter (memchr stops at each
    // one; at "e" of "eboortedatum" every fifth byte), then its head before it, the head's first
    // letter in either case.
    static constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
        {"ge", "boortedatum"}, {"date de nai", "ssance"}, {"date of ", "birth"}};
    std::vector<size_t> found;
    for (size_t i = before; i < out.size(); ++i) found.push_back(out[i].begin);
    std::sort(found.begin(), found.end());
    for (const auto& [head, tail] : kLabels) {
      for (size_t t = text.find(tail); t != std::string_view::npos;
           t = text.find(tail, t + tail.size())) {
        if (t < head.size()) continue;
        const size_t at = t - head.size();
        if (Fold(text[at]) != head[0] || text.substr(at + 1, head.size() - 1) != head.substr(1) ||
            (at > 0 && IsWordByte(text[at - 1]))) {
          continue;
        }
        const size_t label_end = t + tail.size();
        const size_t limit = std::min(text.size(), label_end + kFarLabelReach);
        bool question = false;
        for (size_t p = label_end; p < limit; ++p) {
          const char c = text[p];
          if (c == '.' && (p + 1 == text.size() || text[p + 1] == ' ' || text[p + 1] == '\n')) {
            break;  // the sentence ends
          }
          if (c == '?') question = true;
          if (c == '\n' && !question) break;
          if (!IsAsciiDigit(c) || IsWordByte(text[p - 1])) continue;
          // A date in brackets is the cue pattern's to judge: "date of birth (01/09/2005 or
          // later)" sets a condition.
          // Most labels' dates were found by the cue pattern already: no RE2 run for them.
          if (text[p - 1] == '(' || std::binary_search(found.begin(), found.end(), p)) break;
          const bool stamp = text[p - 1] == '[';  // a chat line's time: "[12/02/2025, 19:13]"
          const std::string_view rest = text.substr(p, kMaxDateBytes);
          re2::StringPiece m;
          if (!stamp && date_re_.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1) &&
              m.size() > 4 && ClearAfter(text, p + m.size()) && PlausibleDate(m) &&
              YearBeforeThisOne(m)) {
            out.push_back({"DATE_OF_BIRTH", p, p + m.size(), kScore});
            break;
          }
          while (p + 1 < limit && IsAsciiDigit(text[p + 1])) ++p;  // not a date: the next run
        }
      }
    }
  }
  // A birth verb, the place with its country in brackets, then the date: "geboren te Nickerie
  // (Suriname) op 3 mei 1950", "né à Braga (Portugal) le 21 novembre 1955", "née à Kananga (RD
  // Congo), le 7 février 1956", "born in Lagos (Nigeria) on 3 May 1950". The cue pattern takes only
  // a country code there ("(RO)"): a country's name would grow its automaton for every text
  // (date_of_birth_patterns.cc). Read from each ')' followed by "op", "le" or "on": back over the
  // brackets and the place, forward to the date.
  void FindAfterBirthPlaceCountry(std::string_view text, size_t before,
                                  std::vector<Finding>& out) const {
    std::vector<size_t> found;
    for (size_t i = before; i < out.size(); ++i) found.push_back(out[i].begin);
    std::sort(found.begin(), found.end());
    for (size_t c = text.find(')'); c != std::string_view::npos; c = text.find(')', c + 1)) {
      size_t d = c + 1;
      if (d < text.size() && text[d] == ',') ++d;
      const std::string_view joint = text.substr(d, 4);
      if (joint != " op " && joint != " le " && joint != " on ") continue;
      d += 4;
      if (d >= text.size() || !IsAsciiDigit(text[d]) ||
          std::binary_search(found.begin(), found.end(), d) || !BirthVerbBeforePlace(text, c)) {
        continue;
      }
      const std::string_view rest = text.substr(d, kMaxDateBytes);
      re2::StringPiece m;
      if (date_re_.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1) && m.size() > 4 &&
          ClearAfter(text, d + m.size()) && PlausibleDate(m) && YearBeforeThisOne(m)) {
        out.push_back({"DATE_OF_BIRTH", d, d + m.size(), kScore});
      }
    }
  }
  // True when the ')' at `close` ends brackets of letters (a country: no digit) after a place of
  // one to three capitalised words, after "geboren te/in", "né(e) à" or "born in".
  static bool BirthVerbBeforePlace(std::string_view text, size_t close) {
    static constexpr size_t kCountry = 32;  // "(République démocratique du Congo)" aside
    static constexpr size_t kPlace = 40;
    size_t open = close;
    while (open > 0 && close - open < kCountry && text[open - 1] != '(') {
      const char c = text[open - 1];
      if (c == ')' || c == '\n' || IsAsciiDigit(c)) return false;
      --open;
    }
    if (open < 2 || text[open - 1] != '(' || text[open - 2] != ' ') return false;
    // The place: words opening with a capital, back to the preposition.
    size_t p = open - 2;
    const size_t floor = p > kPlace ? p - kPlace : 0;
    for (int words = 0; words < 3 && p > floor; ++words) {
      size_t w = p;
      while (w > floor && (IsWordByte(text[w - 1]) || text[w - 1] == '-' || text[w - 1] == '\''))
        --w;
      if (w == p || !(IsAsciiUpper(text[w]) || static_cast<unsigned char>(text[w]) >= 0x80)) {
        return false;
      }
      if (w == 0 || text[w - 1] != ' ') return false;
      p = w - 1;  // the blank before the word
      for (const std::string_view verb :
           {"geboren te", "geboren in", "né à", "née à", "né(e) à", "born in"}) {
        // The verb may open a sentence: "Geboren te ...", "Né à ...".
        const size_t v = p - verb.size();
        if (p >= verb.size() && LowerAscii(text[v]) == verb[0] &&
            text.substr(v + 1, verb.size() - 1) == verb.substr(1) &&
            (v == 0 || !IsWordByte(text[v - 1]))) {
          return true;
        }
      }
    }
    return false;
  }
  static constexpr size_t kFarLabelReach = 80;
  static constexpr size_t kMaxDateBytes = 40;  // "negentien oktober negentienhonderd..." aside

  // The birth dates that national numbers found before (out[0, before)) encode, where they stand
  // beside them (DatesOfNationalNumbers); once each.
  static void FindDatesOfNationalNumbers(std::string_view text, size_t before,
                                         std::vector<Finding>& out) {
    std::vector<ByteSpan> numbers;
    for (size_t i = 0; i < before; ++i) {
      if (out[i].type == "BE_NATIONAL_NUMBER") numbers.push_back({out[i].begin, out[i].end});
    }
    if (numbers.empty()) return;
    std::vector<size_t> found;
    for (size_t i = before; i < out.size(); ++i) found.push_back(out[i].begin);
    std::sort(found.begin(), found.end());
    for (const ByteSpan& d : DatesOfNationalNumbers(text, numbers)) {
      if (!std::binary_search(found.begin(), found.end(), d.begin)) {
        out.push_back({"DATE_OF_BIRTH", d.begin, d.end, kScore});
      }
    }
  }

  // True when one of `cues` (lower case) ends right before a bare year, blanks or a colon apart,
  // as a word of its own.
  static bool YearCue(std::string_view text, size_t begin,
                      std::initializer_list<std::string_view> cues) {
    size_t p = begin;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == ':')) --p;
    size_t from = p > kYearCueBytes ? p - kYearCueBytes : 0;
    while (from < p && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    const std::string before = LowerUtf8(text.substr(from, p - from));
    for (std::string_view cue : cues) {
      if (!std::string_view(before).ends_with(cue)) continue;
      const size_t at = before.size() - cue.size();
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(before[at - 1]))) return true;
    }
    return false;
  }
  static constexpr size_t kYearCueBytes = 16;

  // A full date in brackets right after a name the recognizers before found: "Dennis Kerkhof
  // (12-01-1988)", "mevrouw Lisanne Hoekstra (17-05-1991, BSN ...)": letters and reports give
  // someone's birth date so. Not a bare year ("Jan Peeters (1980)" may be a work's year).
  void FindAfterNames(std::string_view text, std::vector<Finding>& out) const {
    const size_t found = out.size();
    for (size_t i = 0; i < found; ++i) {
      if (out[i].type != "PERSON") continue;
      size_t p = out[i].end;
      while (p < text.size() && text[p] == ' ') ++p;
      if (const ByteSpan late = LongPastDateAfterName(text, p); late.end > late.begin) {
        out.push_back({"DATE_OF_BIRTH", late.begin, late.end, kScore});
        continue;
      }
      if (p >= text.size() || text[p] != '(') continue;
      const std::string_view rest = text.substr(p + 1);
      re2::StringPiece m;
      if (!date_re_.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1) || m.size() <= 4) {
        continue;
      }
      const size_t end = p + 1 + m.size();
      if (end >= text.size() || (text[end] != ')' && !CommaThenWord(text, end))) continue;
      if (PlausibleDate(m) && YearBeforeThisOne(m)) {
        out.push_back({"DATE_OF_BIRTH", p + 1, end, kScore});
      }
    }
  }

  // A full date of kLongPastYears ago or more after a name: after a comma, ending its line
  // ("Durk Tjeerdsma, 04-06-1959"), or after a comma inside the brackets it closes ("Noah Öztürk
  // (groep 6, 02-11-2015)"). Lists of people give birth dates so; a date that old is seldom an
  // appointment's. Empty when there is none; `p` is where the text goes on after the name.
  ByteSpan LongPastDateAfterName(std::string_view text, size_t p) const {
    size_t date = std::string_view::npos;
    size_t end = 0;
    if (p < text.size() && text[p] == ',') {
      date = p + 1;
      while (date < text.size() && text[date] == ' ') ++date;
      // The line's end near: a date is short (and a long line is not read to its end once per
      // name on it).
      const std::string_view rest = text.substr(date, kMaxBracketBytes);
      end = rest.find_first_of("\n;");
      if (end == std::string_view::npos) {
        if (date + rest.size() < text.size()) return {};
        end = rest.size();
      }
      end += date;
      while (end > date &&
             (text[end - 1] == ' ' || text[end - 1] == '\r' || text[end - 1] == '.')) {
        --end;
      }
    } else if (p < text.size() && text[p] == '(') {
      const std::string_view inside = text.substr(p + 1, kMaxBracketBytes);
      const size_t close = inside.find(')');
      if (close == std::string_view::npos ||
          inside.substr(0, close).find_first_of("(\n") != std::string_view::npos) {
        return {};
      }
      const size_t comma = inside.substr(0, close).rfind(", ");
      if (comma == std::string_view::npos) return {};
      date = p + 1 + comma + 2;
      end = p + 1 + close;
    }
    if (date == std::string_view::npos || end <= date + 4) return {};
    const std::string_view d = text.substr(date, end - date);
    if (!RE2::FullMatch(d, date_re_) || !PlausibleDate(d) || !YearsAgo(d, kLongPastYears))
      return {};
    return {date, end};
  }
  static constexpr size_t kMaxBracketBytes = 48;  // read after a name for its date
  static constexpr int kLongPastYears = 10;

  // ", BSN ..." after the date, not ", 14u": a meeting's date and hour.
  static bool CommaThenWord(std::string_view text, size_t p) {
    if (text[p] != ',') return false;
    ++p;
    while (p < text.size() && text[p] == ' ') ++p;
    return p < text.size() && std::isalpha(static_cast<unsigned char>(text[p]));
  }

  // The date ends in a four-digit year before the current one: "Offerte van Jan Smet
  // (12-01-2026)" may be a date in this year or the next.
  static bool YearBeforeThisOne(std::string_view date) { return YearsAgo(date, 1); }

  // The date ends in a four-digit year `years` or more before the current one.
  static bool YearsAgo(std::string_view date, int years) {
    if (date.size() < 4) return false;
    int year = 0;
    const std::string_view digits = date.substr(date.size() - 4);
    if (std::from_chars(digits.data(), digits.data() + 4, year).ptr != digits.data() + 4) {
      return false;
    }
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return year <= utc.tm_year + 1900 - years;
  }

  // A second person's name after "en", "et", "and" and before "op", "le" or "on": "geboren op 4
  // februari 1941 en mevrouw Wilhelmina van der Linden-Koster op 29 september 1943". Where the
  // date after it would start, or `pos` when the words are anything else: capitalised words,
  // titles and particles only ("en getrouwd op 12 mei 1965" dates a wedding).
  size_t AfterSecondPerson(std::string_view text, size_t pos) const {
    bool capital = false;
    size_t p = pos;
    for (int words = 0; words < kMaxSecondPersonWords && p < text.size(); ++words) {
      size_t e = p;
      while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != ',' &&
             text[e] != '.') {
        ++e;
      }
      if (e == p || e >= text.size() || text[e] != ' ') return pos;
      const std::string_view word = text.substr(p, e - p);
      if (word == "op" || word == "le" || word == "on") {
        if (!capital) return pos;
        while (e < text.size() && text[e] == ' ') ++e;
        return e;
      }
      const bool upper =
          (word[0] >= 'A' && word[0] <= 'Z') || static_cast<unsigned char>(word[0]) >= 0xC3;
      if (!upper && !(cues_->names->words.Find(word) & (kTitle | kParticle))) return pos;
      capital = capital || upper;
      p = e + 1;
    }
    return pos;
  }

  // A full date joined to the birth date ending at `end`: "geboortedata 12/03/2015 en 4/9/2018",
  // "dates de naissance : 3 mai 2016, 8 juin 2019". Empty when none.
  ByteSpan JoinedDate(std::string_view text, size_t end) const {
    size_t p = end;
    if (p < text.size() && text[p] == ',') ++p;
    while (p < text.size() && text[p] == ' ') ++p;
    bool word_joint = false;
    for (std::string_view joint : {"en ", "et ", "and ", "& "}) {
      if (text.substr(p).starts_with(joint)) {
        p += joint.size();
        word_joint = true;
        break;
      }
    }
    while (p < text.size() && text[p] == ' ') ++p;
    if (word_joint && p < text.size() && !IsAsciiDigit(text[p])) p = AfterSecondPerson(text, p);
    if (p == end || p >= text.size() || !IsAsciiDigit(text[p])) return {};
    const re2::StringPiece rest(text.data() + p, text.size() - p);
    re2::StringPiece m;
    if (!date_re_.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1) || m.size() <= 4) return {};
    const std::string_view date(m.data(), m.size());
    if (!ClearAfter(text, p + m.size()) || !PlausibleDate(date)) return {};
    // After a comma alone, a list of dates ends the sentence or goes on: "12/03/1980, 14/05/2024
    // ingeschreven" dates something else.
    size_t after = p + m.size();
    while (after < text.size() && text[after] == ' ') ++after;
    if (!word_joint && after < text.size() && IsWordByte(text[after]) &&
        !text.substr(after).starts_with("en ") && !text.substr(after).starts_with("et ") &&
        !text.substr(after).starts_with("and ")) {
      return {};
    }
    return {p, p + m.size()};
  }

  // True when the date at `begin` is the first value of a table row whose first cell is a birth
  // label: "| Geboortedatum | 11-07-1950 | 12-09-1949 |", "Geboortedatum<TAB>...", a column per
  // person. Only kMaxRowLead bytes are read back.
  bool OpensLabelledRow(std::string_view text, size_t begin) const {
    const size_t floor = begin > kMaxRowLead ? begin - kMaxRowLead : 0;
    const size_t nl = text.substr(floor, begin - floor).rfind('\n');
    if (nl == std::string_view::npos && floor > 0) return false;  // too far into its line
    const size_t line = nl == std::string_view::npos ? 0 : floor + nl + 1;
    std::string_view row = text.substr(line, begin - line);
    while (!row.empty() && row.back() == ' ') row.remove_suffix(1);
    if (row.empty() || !IsCellMark(row.back())) return false;
    row.remove_suffix(1);
    while (!row.empty() && (IsBlank(row.front()) || row.front() == '|')) row.remove_prefix(1);
    while (!row.empty() && IsBlank(row.back())) row.remove_suffix(1);
    return !row.empty() && RE2::FullMatch(row, label_line_re_);
  }
  static bool IsCellMark(char c) { return c == '|' || c == '\t'; }

  // Each cell after the date ending at `end` on its row that holds a whole date, up to a cell
  // that says neither a date nor that there is none (CellSaysNone): another label
  // ("| Overlijdensdatum |") names the dates after it.
  void AddRowDates(std::string_view text, size_t end, std::vector<Finding>& out) const {
    size_t p = end;
    while (p < text.size() && text[p] != '\n') {
      while (p < text.size() && text[p] == ' ') ++p;
      if (p >= text.size() || !IsCellMark(text[p])) return;
      ++p;
      while (p < text.size() && IsBlank(text[p])) ++p;
      size_t cell_end = p;
      while (cell_end < text.size() && !IsCellMark(text[cell_end]) && text[cell_end] != '\n' &&
             text[cell_end] != '\r') {
        ++cell_end;
      }
      size_t value_end = cell_end;
      while (value_end > p && text[value_end - 1] == ' ') --value_end;
      const std::string_view value = text.substr(p, value_end - p);
      if (value.size() > 4 && RE2::FullMatch(value, date_re_) && PlausibleDate(value)) {
        out.push_back({"DATE_OF_BIRTH", p, value_end, kScore});
      } else if (!CellSaysNone(value)) {
        return;
      }
      p = cell_end;
    }
  }

  // A form's birth label alone on its line and its value on the next ("geboortedatum:\n
  // 23-08-1979"), as text copied from a PDF or a web form lays them out.
  void FindUnderLabels(const ScanText& scan, std::vector<Finding>& out) const {
    auto trimmed = [](std::string_view line) {
      while (!line.empty() && (IsBlank(line.front()) || line.front() == '\r'))
        line.remove_prefix(1);
      while (!line.empty() && (IsBlank(line.back()) || line.back() == '\r')) line.remove_suffix(1);
      return line;
    };
    const TextLines& lines = scan.Lines();
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      size_t first = lines.Begin(i + 1);  // most lines open with no digit: no trimming for them
      while (first < lines.End(i + 1) && IsBlank(scan.text()[first])) ++first;
      if (first == lines.End(i + 1) || !IsAsciiDigit(scan.text()[first])) continue;
      const std::string_view value = trimmed(lines.Line(i + 1));
      const std::string_view label = trimmed(lines.Line(i));
      if (label.empty() || label.size() > kMaxLabelLine || !RE2::FullMatch(label, label_line_re_) ||
          !RE2::FullMatch(value, date_re_) || value.size() <= 4 || !PlausibleDate(value)) {
        continue;
      }
      const auto begin = static_cast<size_t>(value.data() - scan.text().data());
      out.push_back({"DATE_OF_BIRTH", begin, begin + value.size(), kScore});
    }
  }
  static constexpr size_t kMaxLabelLine = 32;
  // Bytes from a row's start to its first value: a label cell padded to its column's width.
  static constexpr size_t kMaxRowLead = 128;

  // A death notice marks the birth with '*' and the death with '†' ("* Ambon, 12 mei 1938
  // † Capelle aan den IJssel, 27 januari 2025"): the first date after a '*' that opens a line
  // or follows a blank, on the line of a '†' followed by a date, or on the line before it. A
  // dagger without a date is a footnote's mark, and the stars before it bullets.
  void FindBeforeDeathMarks(std::string_view text, std::vector<Finding>& out) const {
    constexpr std::string_view kDagger = "\u2020";
    size_t searched = 0;  // each line is read once, however many daggers follow it
    for (size_t d = text.find(kDagger); d != std::string_view::npos;
         d = text.find(kDagger, d + kDagger.size())) {
      const size_t from_dagger = searched;
      searched = d;
      if (DateAfterMark(text, d + kDagger.size() - 1, text.size()).end == 0) continue;
      // From the start of the line before the dagger's ("* 12 mei 1938\n† 27 januari 2025"),
      // but not back past the dagger before: linear in the text.
      const std::string_view since = text.substr(from_dagger, d - from_dagger);
      size_t from = from_dagger;
      if (const size_t nl = since.rfind('\n'); nl != std::string_view::npos && nl > 0) {
        const size_t before = since.rfind('\n', nl - 1);
        if (before != std::string_view::npos) from = from_dagger + before + 1;
      }
      const std::string_view lines = text.substr(0, d);  // no search past the dagger
      for (size_t star = lines.find('*', from); star != std::string_view::npos;
           star = lines.find('*', star + 1)) {
        if (star > 0 && text[star - 1] != ' ' && text[star - 1] != '\n') continue;
        const ByteSpan date = DateAfterMark(text, star, d);
        if (date.end > 0) out.push_back({"DATE_OF_BIRTH", date.begin, date.end, kScore});
      }
    }
  }

  // The date after the mark at text[mark] and a place maybe: its first digit within kStarReach
  // bytes on the line, before `limit`; {0, 0} when none is there.
  ByteSpan DateAfterMark(std::string_view text, size_t mark, size_t limit) const {
    size_t digit = mark + 1;
    while (digit < limit && digit - mark < kStarReach && text[digit] != '\n' &&
           !IsAsciiDigit(text[digit])) {
      ++digit;
    }
    if (digit >= limit || !IsAsciiDigit(text[digit])) return {0, 0};
    const re2::StringPiece rest(text.data() + digit, limit - digit);
    re2::StringPiece m;
    if (!date_re_.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1) || m.size() <= 4 ||
        !PlausibleDate(m)) {
      return {0, 0};
    }
    return {digit, digit + m.size()};
  }
  static constexpr size_t kStarReach = 48;

  std::shared_ptr<const PersonCueLists> cues_;
  RE2 re_;
  RE2 late_re_;
  RE2 date_re_;
  RE2 label_line_re_;
};

}  // namespace

std::unique_ptr<Recognizer> NewDateOfBirthRecognizer(const std::string& data_dir) {
  return std::make_unique<DateOfBirthRecognizer>(data_dir);
}

}  // namespace vermeld
