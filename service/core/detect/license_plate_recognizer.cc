#include "core/detect/license_plate_recognizer.h"

#include <re2/re2.h>

#include <string>
#include <string_view>

#include "core/detect/pattern_scan.h"
#include "core/detect/span_count.h"

namespace vermeld {
namespace {

constexpr double kBeNewScore = 0.85;
constexpr double kNlScore = 0.7;
constexpr double kContextOnlyScore = 0.7;
constexpr double kContextBoost = 0.25;
// Longest non-digit stretch of a plate: "XX-XX-" before the digits ("XX-XX-99").
constexpr size_t kDigitMargin = 6;
constexpr size_t kMinDigits = 2;  // every plate has two or more

// Plate patterns; '@' stands for a Dutch plate letter (consonants without C, Q, W, Y), '&' for
// the first letter of a plate opening with letters, which may also be the W of a trailer's
// ("WV-84-TN").
constexpr std::string_view kOnTheirOwn =
    "[1-9]-[A-Z]{3}-[0-9]{3}"  // Belgium since 2010
    "|&@-[0-9]{2}-@@|[0-9]{2}-@@-@@|[0-9]{2}-@@@-[0-9]|[0-9]-@@@-[0-9]{2}"
    "|&@-[0-9]{3}-@|&-[0-9]{3}-@@|&@@-[0-9]{2}-@|&-[0-9]{2}-@@@|[0-9]-@@-[0-9]{3}"
    "|[0-9]{3}-@@-[0-9]";  // Dutch sidecodes 4 and 6 to 14
constexpr std::string_view kWithContext =
    "[1-9] ?[A-Z]{3} ?[0-9]{3}"                                        // Belgian, no dashes
    "|[A-Z]{3}-[0-9]{3}|[0-9]{3}-[A-Z]{3}"                             // older Belgian plates
    "|[A-Z]{2}-[0-9]{3}-[A-Z]{2}"                                      // France since 2009
    "|@@-[0-9]{2}-[0-9]{2}|[0-9]{2}-[0-9]{2}-@@|[0-9]{2}-@@-[0-9]{2}"  // Dutch sidecodes 1-3
    // and 5 (1991-1999), which documents number their rules and procedures with ("richtlijn
    // RL-HR-07", "volgens PR-HD-04").
    "|@@-@@-[0-9]{2}";
// An older Belgian plate with a blank ("ABC 123") or a German one ("K-LU 2281": district,
// letters, digits): only right after a word that names a plate ("BMW 320" and "EUR 450" beside
// "auto" are none).
constexpr std::string_view kAfterPlateWord = "[A-Z]{3} [0-9]{3}|[A-Z]{1,3}-[A-Z]{1,2} [0-9]{1,4}";
constexpr size_t kPlateWordBefore = 30;  // bytes
constexpr size_t kProductWordBefore = 16;
constexpr size_t kExampleWordBefore = 14;  // "bijvoorbeeld "

std::string Expand(std::string_view alternatives) {
  std::string re = "\\b(?:";
  for (char c : alternatives) {
    if (c == '@') {
      re += "[BDFGHJKLMNPRSTVXZ]";
    } else if (c == '&') {
      re += "[BDFGHJKLMNPRSTVWXZ]";
    } else {
      re.push_back(c);
    }
  }
  return re + ")\\b";
}

// True when text[span] holds two ASCII capitals in a row.
bool HasCapitalPair(std::string_view text, ByteSpan span) {
  for (size_t i = span.begin; i + 1 < span.end; ++i) {
    if (IsAsciiUpper(text[i]) && IsAsciiUpper(text[i + 1])) return true;
  }
  return false;
}

// True when three ASCII capitals stand in a row in the window: every plate of kWithContext and
// kAfterPlateWord has them but the Dutch sidecodes 1-3 and 5 and the German plates, which have
// dashes.
bool HasCapitalRun(std::string_view text, ByteSpan span) {
  for (size_t i = span.begin; i + 2 < span.end; ++i) {
    if (IsAsciiUpper(text[i + 2]) && IsAsciiUpper(text[i + 1]) && IsAsciiUpper(text[i]))
      return true;
  }
  return false;
}

bool HasPlateContext(const ScanText& text, size_t b, size_t e) {
  return text.HasContext(b, e, {"nummerplaat",     "nummerplaten",   "kenteken",
                                "kentekenplaat",   "kentekens",      "plaat",
                                "immatriculation", "plaque",         "plaque d'immatriculation",
                                "license plate",   "licence plate",  "registration",
                                "voertuig",        "wagen",          "auto",
                                "bestelwagen",     "vrachtwagen",    "motor",
                                "voiture",         "véhicule",       "car",
                                "vehicle",         "geflitst",       "parkeren",
                                "parking",         "camionnette",    "camion",
                                "truck",           "bestelwagentje", "getakeld",
                                "immatriculé",     "immatriculée"});
}

// An article, product or document code right before ("art.nr. 3-KBT-114", "productcode
// 2-PLT-120", "PROCEDURE PR-HR-09"); not "kenmerk" or "referentie": a parking fine cites the
// plate so.
bool IsProductCode(const ScanText& text, size_t b) {
  return text.HasContextBefore(
      b,
      {"art.nr", "artnr", "artikelnummer", "artikelnr", "artikelcode", "productcode",
       "productnummer", "sku", "typenummer", "réf. article", "code article", "artikelcodes",
       "procedure", "procédure", "formulier", "formulaire", "sjabloon", "template"},
      kProductWordBefore);
}

// A plate given as a form's example ("Nummerplaat: _-___-___ (vb. 1-ABC-234)", "(bv.
// 1-ABC-234)", "(par ex. 2-KLM-554)"): nobody's car. "bv." and "ex." only with their dot: alone
// they are a firm's form ("Peeters bv 1-KLM-554") and someone's former partner ("mijn ex").
bool IsExample(const ScanText& text, size_t b) {
  if (text.HasContextBefore(b, {"vb", "bijv", "bijvoorbeeld", "bvb", "exemple", "example", "e.g"},
                            kExampleWordBefore)) {
    return true;
  }
  // Only the few bytes before the plate are read: a search on to the text's end, once per plate,
  // was quadratic.
  const size_t from = b > kExampleWordBefore ? b - kExampleWordBefore : 0;
  const std::string_view near = text.text().substr(from, b - from);
  for (std::string_view word : {"bv.", "ex."}) {
    for (size_t at = near.find(word.substr(1)); at != std::string_view::npos;
         at = near.find(word.substr(1), at + 1)) {
      // The word's first letter in either case, no letter before it.
      if (at == 0 || (near[at - 1] | 0x20) != word[0]) continue;
      if (at >= 2 && IsWordByte(near[at - 2])) continue;
      return true;
    }
  }
  return false;
}

class LicensePlateRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "LICENSE_PLATE"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.text();
    // Every plate holds two capitals side by side (each pattern has "@@" or "[A-Z]{3}"); those
    // found without a context word also a '-'. Two capitals apart ("Op 12 Mei", "Zie 3.2 B") let
    // a window through, and each pattern ran there in vain.
    const std::span<const ByteSpan> windows =
        KeepWindows(text.DigitWindows(kDigitMargin, kMinDigits),
                    [&](ByteSpan w) { return HasCapitalPair(t, w); });
    auto dashed = [&](ByteSpan w) { return CountIn(t, w, [](char c) { return c == '-'; }) > 0; };
    ForEachMatchInKept(on_their_own_, t, windows, dashed, DigitByte{}, [&](size_t b, size_t e) {
      if (!StandsAlone(t, b, e) || text.InUrl(b, e) || IsProductCode(text, b) ||
          Placeholder(t, b, e) || IsExample(text, b)) {
        return;
      }
      const bool be_new = t[b + 1] == '-' && e - b == 9 && t[b + 5] == '-';
      out.push_back({"LICENSE_PLATE", b, e,
                     ContextScore(be_new ? kBeNewScore : kNlScore, kContextBoost,
                                  HasPlateContext(text, b, e))});
    });
    // The RE2 calls only on the windows that can hold a match (some 180 calls a pass before).
    auto three_capitals_or_dashed = [&](ByteSpan w) { return HasCapitalRun(t, w) || dashed(w); };
    ForEachMatchInKept(with_context_, t, windows, three_capitals_or_dashed, DigitByte{},
                       [&](size_t b, size_t e) {
                         if (!StandsAlone(t, b, e) || text.InUrl(b, e) || Placeholder(t, b, e) ||
                             IsExample(text, b) || !HasPlateContext(text, b, e)) {
                           return;
                         }
                         out.push_back({"LICENSE_PLATE", b, e, kContextOnlyScore + kContextBoost});
                       });
    ForEachMatchInKept(after_plate_word_, t, windows, three_capitals_or_dashed, DigitByte{},
                       [&](size_t b, size_t e) {
                         const bool tail =
                             b >= 2 && t[b - 1] == ' ' && IsAsciiDigit(t[b - 2]);  // of "1 ABC 234"
                         if (tail || !StandsAlone(t, b, e) || text.InUrl(b, e) ||
                             Placeholder(t, b, e) || !AfterPlateWord(text, b, e)) {
                           return;
                         }
                         out.push_back({"LICENSE_PLATE", b, e, kContextOnlyScore + kContextBoost});
                       });
  }

 private:
  // A word naming a plate within kPlateWordBefore bytes before text[b]. "plaat" is a board or a
  // record too ("een plaat MDF 122"): it names only the dashed German form ("plaat K-LU 2281").
  static bool AfterPlateWord(const ScanText& text, size_t b, size_t e) {
    const bool dashed = text.text().substr(b, e - b).find('-') != std::string_view::npos;
    return text.HasContextBefore(
               b,
               {"nummerplaat", "kenteken", "kentekenplaat", "immatriculation", "immatriculé",
                "immatriculée", "plaque", "license plate", "licence plate", "kennzeichen"},
               kPlateWordBefore) ||
           (dashed && text.HasContextBefore(b, {"plaat"}, kPlateWordBefore));
  }

  // A form's template of a plate: every letter an X, every digit a 9 or the leading 1 of a
  // Belgian plate ("XX-999-X", "1-XXX-999").
  static bool Placeholder(std::string_view t, size_t b, size_t e) {
    return std::all_of(t.begin() + b, t.begin() + e,
                       [](char c) {
                         return c == 'X' || c == '9' || c == '1' ||
                                !(IsAsciiUpper(c) || IsAsciiDigit(c));
                       }) &&
           std::count(t.begin() + b, t.begin() + e, 'X') > 0;
  }

  const RE2 on_their_own_{Expand(kOnTheirOwn)};
  const RE2 with_context_{Expand(kWithContext)};
  const RE2 after_plate_word_{Expand(kAfterPlateWord)};
};

}  // namespace

std::unique_ptr<Recognizer> NewLicensePlateRecognizer() {
  return std::make_unique<LicensePlateRecognizer>();
}

}  // namespace vermeld
