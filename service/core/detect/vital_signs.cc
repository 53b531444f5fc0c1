#include "core/detect/vital_signs.h"

#include <array>

#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

constexpr size_t kMaxWord = 24;  // bytes; longer words are no measurement names nor connectors
constexpr int kMaxConnectors = 2;

// Words allowed between a name and its value: "bloeddruk was nog 90/60", "tension à 15/9",
// "suiker was gisteravond 14,2", "suiker gisteren avond 312", the side measured ("flexie rechts
// 5°"). Not "op" or "bij": "meet uw bloeddruk op 12 maart" is an invitation, not a reading.
constexpr std::array<std::string_view, 39> kConnectors = {
    "van",      "is",       "was",     "tot",     "rond",        "ongeveer",  "nog",
    "nu",       "gisteren", "de",      "du",      "à",           "est",       "était",
    "environ",  "of",       "at",      "vandaag", "gisteravond", "vanmorgen", "vanochtend",
    "vannacht", "vanavond", "gemeten", "waren",   "mesurée",     "hier",      "today",
    "weer",     "again",    "rechts",  "links",   "droit",       "droite",    "gauche",
    "right",    "left",     "avond",   "ochtend"};

// Units after a value, lower case; a longer one before its prefix.
constexpr std::array<std::string_view, 19> kUnits = {
    "mmhg", "mg/dl", "mg/l", "mmol/mol", "mmol/l", "ml/min", "g/dl", "g/l", "°c", "°",
    "%",    "/min",  "bpm",  "graden",   "degrés", "kilos",  "kilo", "kgs", "kg"};

enum : uint32_t { kLastWord = 1, kConnector = 2 };

// The bit of a word in VitalSigns::ascii_words_.
size_t WordBit(std::string_view word) {
  return (static_cast<unsigned char>(word[0]) & 31u) << 5 | (word.size() & 31);
}

// A word that says when or how a reading was taken: "glycemie 287 om 17u", "pouls 112 à 3h",
// "suikers 214 nuchter".
bool ReadingWordAt(std::string_view text, size_t at) {
  // When the reading was taken, also by the part of the day: "glycemie 312 vanmorgen".
  static constexpr std::string_view kWords[] = {
      "om",        "à",          "at",          "rond",     "vers",     "nuchter",  "fasting",
      "vanmorgen", "vanochtend", "vanmiddag",   "vanavond", "vannacht", "vandaag",  "gisteren",
      "ce",        "hier",       "aujourd'hui", "this",     "today",    "yesterday"};
  for (std::string_view w : kWords) {
    if (text.substr(at).starts_with(w) &&
        (at + w.size() == text.size() || !IsWordByte(text[at + w.size()]))) {
      return true;
    }
  }
  return false;
}

// The end of the number whose first digit run ends at `end`: "9,8", "160/95", "1.250".
size_t NumberEnd(std::string_view text, size_t end) {
  auto digits_after = [&](size_t at, char joiner) {
    if (at + 1 >= text.size() || text[at] != joiner || !IsAsciiDigit(text[at + 1])) return at;
    ++at;
    while (at < text.size() && IsAsciiDigit(text[at])) ++at;
    return at;
  };
  return digits_after(digits_after(digits_after(end, ','), '.'), '/');
}

// The end of `unit` (lower case) written at `at`, ignoring ASCII case, or npos. A unit of
// letters must end its word ("mg" is not the start of "mgr"); "%" and "/min" need not.
size_t UnitEndAt(std::string_view text, size_t at, std::string_view unit) {
  if (at + unit.size() > text.size()) return std::string_view::npos;
  for (size_t i = 0; i < unit.size(); ++i) {
    if (LowerAscii(text[at + i]) != unit[i]) return std::string_view::npos;
  }
  const size_t after = at + unit.size();
  const bool alone =
      unit[0] == '%' || unit[0] == '/' || after == text.size() || !IsWordByte(text[after]);
  return alone ? after : std::string_view::npos;
}

// Past one blank after a value, where its unit starts.
size_t UnitStart(std::string_view text, size_t v) {
  return v < text.size() && text[v] == ' ' ? v + 1 : v;
}

// The end of the value whose first digit run ends at `end`: "9,8", "160/95", then a unit after
// at most one blank; npos when letters are glued to the number without being a unit (a time,
// "11u"; an ordinal, "3de"), or when a whole number is followed by a word that is no unit of
// ours ("une tension de 230 volts", "koorts van 3 dagen": the term finds that one).
size_t ValueEnd(std::string_view text, size_t end) {
  const size_t v = NumberEnd(text, end);
  const size_t u = UnitStart(text, v);
  for (std::string_view unit : kUnits) {
    if (const size_t after = UnitEndAt(text, u, unit); after != std::string_view::npos) {
      return after;
    }
  }
  if (v < text.size() && IsWordByte(text[v])) return std::string_view::npos;
  const bool whole = v == end;
  const bool word_after = whole && u > v && u < text.size() && IsWordByte(text[u]) &&
                          !IsAsciiDigit(text[u]) && !ReadingWordAt(text, u);
  return word_after ? std::string_view::npos : v;
}

// A reference value, nobody's: the second bound of a range ("4,0-6,0 mmol/l", "0,4 – 4 mU/l",
// "4,0 tot 6,0 mmol/l") or a threshold ("normaal < 5,6 mmol/l").
bool ReferenceValue(std::string_view text, size_t b) {
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b > 0 && (text[b - 1] == '<' || text[b - 1] == '>')) return true;
  if (b >= 3 && (text.substr(b - 3, 3) == "\u2013" || text.substr(b - 3, 3) == "\u2264" ||
                 text.substr(b - 3, 3) == "\u2265")) {
    if (text.substr(b - 3, 3) != "\u2013") return true;  // "≤", "≥"
    b -= 3;
  } else if (b > 0 && text[b - 1] == '-') {
    --b;
  } else {
    bool joined = false;
    for (std::string_view to : {"tot", "à", "to"}) {
      if (b > to.size() && text.substr(b - to.size(), to.size()) == to &&
          text[b - to.size() - 1] == ' ') {
        b -= to.size();
        joined = true;
        break;
      }
    }
    if (!joined) return false;
  }
  while (b > 0 && text[b - 1] == ' ') --b;
  return b > 0 && IsAsciiDigit(text[b - 1]);
}

// Where a lab value's name starts when one stands right before it: an abbreviation with a
// capital ("TSH 0,9", "NT-proBNP: 412", "(Na 126"), else `b`, the value itself.
size_t AbbreviationBefore(std::string_view text, size_t b) {
  constexpr size_t kMaxAbbreviation = 12;
  size_t end = b;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end > 0 && (text[end - 1] == ':' || text[end - 1] == '=')) --end;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  bool capital = false;
  while (begin > 0 && (IsWordByte(text[begin - 1]) || text[begin - 1] == '-') &&
         end - begin < kMaxAbbreviation) {
    --begin;
    capital = capital || (text[begin] >= 'A' && text[begin] <= 'Z');
  }
  const bool whole_word = begin == 0 || !IsWordByte(text[begin - 1]);
  return capital && whole_word && begin < end ? begin : b;
}

}  // namespace

VitalSigns::VitalSigns(const std::string& data_dir) {
  for (const std::string& name : ReadListFile(data_dir + "/health/vital_signs.txt")) {
    names_.push_back(LowerUtf8(name));
    words_.Add(
        std::string_view(names_.back()).substr(names_.back().rfind(' ') + 1),  // npos + 1 == 0
        kLastWord);
  }
  for (std::string_view connector : kConnectors) words_.Add(connector, kConnector);
  for (const std::string& name : names_) {
    const std::string_view last = std::string_view(name).substr(name.rfind(' ') + 1);
    if (!last.empty()) ascii_words_.set(WordBit(last));  // non-ASCII: a bit too many, harmless
  }
  for (std::string_view connector : kConnectors) ascii_words_.set(WordBit(connector));
  for (std::string& unit : ReadListFile(data_dir + "/health/lab_units.txt")) {
    lab_units_[static_cast<unsigned char>(unit[0])].push_back(std::move(unit));  // never empty
  }
}

size_t VitalSigns::LabValueEnd(std::string_view text, size_t end) const {
  const size_t u = UnitStart(text, NumberEnd(text, end));
  if (u == text.size()) return std::string_view::npos;
  // UnitEndAt compares the text's byte, lowered, with the unit's first.
  for (const std::string& unit : lab_units_[static_cast<unsigned char>(LowerAscii(text[u]))]) {
    if (const size_t after = UnitEndAt(text, u, unit); after != std::string_view::npos) {
      return after;
    }
  }
  return std::string_view::npos;
}

size_t VitalSigns::NameEndingAt(std::string_view text, size_t end, std::string& word) const {
  for (int connectors = 0;; ++connectors) {
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    // "saturatie: 89%", "sat < 88%", "CRP = 12".
    if (end > 0 && (text[end - 1] == ':' || text[end - 1] == '=' || text[end - 1] == '<' ||
                    text[end - 1] == '>')) {
      --end;
      while (end > 0 && text[end - 1] == ' ') --end;
    }
    size_t begin = end;
    unsigned char bytes = 0;  // ORed: 0x80 set when the word has a non-ASCII byte
    while (begin > 0 && IsWordByte(text[begin - 1]) && end - begin <= kMaxWord) {
      bytes |= static_cast<unsigned char>(text[--begin]);
    }
    if (begin == end || end - begin > kMaxWord) return std::string_view::npos;
    // An ASCII word lowers to one of its size and first byte but for case: when no ASCII key
    // has those, FindLowered would find nothing.
    const std::string_view w = text.substr(begin, end - begin);
    const uint32_t flags =
        bytes < 0x80 && !ascii_words_.test(WordBit(w)) ? 0 : FindLowered(words_, w);
    if (flags & kLastWord) {  // most words: no name ends in them
      word.clear();
      AppendLowerUtf8(text.substr(begin, end - begin), word);
      for (const std::string& name : names_) {
        // "tension artérielle": the words before the last must stand before it as written.
        if (name.size() > end || !name.ends_with(word) ||
            (name.size() > word.size() && name[name.size() - word.size() - 1] != ' ')) {
          continue;
        }
        const size_t start = end - name.size();
        if (LowerUtf8(text.substr(start, name.size())) != name ||
            (start > 0 && IsWordByte(text[start - 1]))) {
          continue;
        }
        return start;
      }
    }
    if (!(flags & kConnector) || connectors == kMaxConnectors) return std::string_view::npos;
    end = begin;
  }
}

std::vector<ByteSpan> VitalSigns::Find(const ScanText& scan) const {
  const std::string_view text = scan.text();
  std::vector<ByteSpan> out;
  std::string word;
  for (const ByteSpan& run : scan.DigitRuns()) {
    size_t b = run.begin;
    if (b > 0 && IsWordByte(text[b - 1])) continue;  // "SpO2", "HbA1c": part of a word
    // Only the first run of a value: not the "8" of "9,8" nor the "95" of "160/95".
    if (b > 1 && (text[b - 1] == ',' || text[b - 1] == '.' || text[b - 1] == '/') &&
        IsAsciiDigit(text[b - 2])) {
      continue;
    }
    if (b > 0 && (text[b - 1] == '+' || text[b - 1] == '-')) --b;
    if (const size_t name = NameEndingAt(text, b, word); name != std::string_view::npos) {
      size_t end = LabValueEnd(text, run.end);
      if (end == std::string_view::npos) end = ValueEnd(text, run.end);
      if (end != std::string_view::npos) out.push_back({name, end});
    } else if (const size_t end = LabValueEnd(text, run.end);
               end != std::string_view::npos && !ReferenceValue(text, run.begin)) {
      out.push_back({AbbreviationBefore(text, b), end});
    }
  }
  return out;
}

}  // namespace vermeld
