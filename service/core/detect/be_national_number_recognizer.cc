#include "core/detect/be_national_number_recognizer.h"

#include <re2/re2.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "core/detect/checksum.h"
#include "core/detect/digit_groups.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/scattered_digits.h"

namespace vermeld {
namespace {

// Packed by hand: clang-format 14 sets these to a line each.
// clang-format off
const std::initializer_list<std::string_view> kNationalNumberWords = {
    "rijksregisternummer", "rijksregister", "rijksregisternr", "rijksreg", "rijksreg.nr", "rr-nr",
    "rr.nr", "rr nr", "insz", "insz-nummer", "identificatienummer", "bis-nummer", "bisnummer",
    "numéro national", "n° national", "no national", "numéro de registre national",
    "registre national", "niss", "national number", "national register", "identiteitskaart",
    "carte d'identité", "rrn", "nn"};
// clang-format on
constexpr double kFormattedScore = 0.85;
constexpr double kBareScore = 0.7;
constexpr double kContextBoost = 0.3;
// A separator between digit groups: one byte, or a dot or dash with a blank on either side or
// both, as typed ("55.10.18 - 487.04") or read from a scan ("88 . 08 . 11 - 482 . 25").
constexpr size_t kDigitMargin = 3;
constexpr size_t kMinDigits = 11;

int TwoDigits(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

class BeNationalNumberRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "BE_NATIONAL_NUMBER"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.IdentifierText();
    const std::span<const ByteSpan> windows =
        KeepWindows(text.DigitWindows(kDigitMargin, kMinDigits), [&](ByteSpan w) {
          return HasDigitGroups(text.DigitRuns(), w, {2, 2, 2, 3, 2}, kDigitMargin);
        });
    const size_t first = out.size();
    ForEachMatchIn(pattern_, t, windows, DigitByte{}, [&](size_t b, size_t e) {
      if (!IdentifierStandsAlone(t, b, e) || (b > 0 && t[b - 1] == '+') ||
          ContinuesDigitGroup(t, b)) {
        return;
      }
      const std::string digits = Alnum(t.substr(b, e - b));
      if (!IsValidBeNationalNumber(digits)) return;
      const double base = digits.size() == e - b ? kBareScore : kFormattedScore;
      const bool context = text.HasContext(b, e, kNationalNumberWords);
      // A blank beside a separator also joins a date and an amount ("01.03.24 - 101.26
      // Colruyt"): only with a national-number word near.
      const std::string_view match = t.substr(b, e - b);
      const bool spaced = match.find(" -") != std::string_view::npos ||
                          match.find("- ") != std::string_view::npos ||
                          match.find(" .") != std::string_view::npos ||
                          match.find(". ") != std::string_view::npos;
      if (spaced && !context) return;
      out.push_back({"BE_NATIONAL_NUMBER", b, e, ContextScore(base, kContextBoost, context)});
    });
    AddLabelledScatteredNumbers(text,
                                {.digits = 11,
                                 .labels = kNationalNumberWords,
                                 .valid = IsValidBeNationalNumber,
                                 .type = "BE_NATIONAL_NUMBER",
                                 .score = ContextScore(kFormattedScore, kContextBoost, true)},
                                first, out);
  }

 private:
  const RE2 pattern_{R"(\b[0-9]{2}(?: ?[.\-] ?| )?[0-9]{2}(?: ?[.\-] ?| )?[0-9]{2}(?: ?[.\-] ?| )?)"
                     R"([0-9]{3}(?: ?[.\-] ?| )?[0-9]{2}\b)"};
};

}  // namespace

bool IsValidBeNationalNumber(std::string_view digits) {
  if (digits.size() != 11 || Mod97(digits) < 0) return false;
  // Month: 0 (unknown date) to 12, + 20 or + 40 for BIS numbers; day 0 (unknown) to 31.
  const int month = TwoDigits(digits, 2) % 20;
  const int month_block = TwoDigits(digits, 2) / 20;
  if (month > 12 || month_block > 2 || TwoDigits(digits, 4) > 31) return false;
  const int counter = std::stoi(std::string(digits.substr(6, 3)));
  if (counter == 0 || counter == 999) return false;
  const int check = TwoDigits(digits, 9);
  const std::string nine(digits.substr(0, 9));
  return check == 97 - Mod97(nine) || check == 97 - Mod97("2" + nine);
}

std::unique_ptr<Recognizer> NewBeNationalNumberRecognizer() {
  return std::make_unique<BeNationalNumberRecognizer>();
}

}  // namespace vermeld
