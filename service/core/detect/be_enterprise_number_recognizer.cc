#include "core/detect/be_enterprise_number_recognizer.h"

#include <re2/re2.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "core/detect/checksum.h"
#include "core/detect/digit_groups.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/scattered_digits.h"
#include "core/detect/vat_number_recognizer.h"

namespace vermeld {
namespace {

constexpr double kFormattedScore = 0.85;
constexpr double kContextScore = 0.95;
constexpr size_t kDigitMargin = 3;  // "BE " before the digits
constexpr size_t kMinDigits = 9;    // the old form
const std::initializer_list<std::string_view> kEnterpriseWords = {"ondernemingsnummer",
                                                                  "ondernemingsnummers",
                                                                  "ondernemingsnr",
                                                                  "ond.nr",
                                                                  "ond. nr",
                                                                  "o.n.",
                                                                  "kbo",
                                                                  "kbo-nummer",
                                                                  "bce",
                                                                  "rpr",
                                                                  "numéros d'entreprise",
                                                                  "rpm",
                                                                  "numéro d'entreprise",
                                                                  "n° d'entreprise",
                                                                  "numéro bce",
                                                                  "enterprise number",
                                                                  "company number",
                                                                  "company no",
                                                                  "kruispuntbank",
                                                                  "onderneming",
                                                                  "entreprise"};

// "ON" (ondernemingsnummer) in capitals right before text[b], a colon or dot after it allowed:
// "Schoonmaak Zuiderkempen, ON 1284440643". In lower case it is a word of English.
bool AfterOnLabel(std::string_view t, size_t b) {
  size_t p = b;
  while (p > 0 && t[p - 1] == ' ') --p;
  if (p > 0 && (t[p - 1] == ':' || t[p - 1] == '.')) --p;
  return p != b && p >= 2 && t.substr(p - 2, 2) == "ON" && (p == 2 || !IsAsciiLetter(t[p - 3]));
}

class BeEnterpriseNumberRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "BE_ENTERPRISE_NUMBER"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.IdentifierText();
    const std::span<const ByteSpan> windows =
        KeepWindows(text.DigitWindows(kDigitMargin, kMinDigits),
                    [&](ByteSpan w) { return MayHoldEnterpriseNumber(text, w); });
    const size_t first = out.size();
    ForEachMatchIn(pattern_, t, windows, DigitByte{}, [&](size_t b, size_t e) {
      if (!IdentifierStandsAlone(t, b, e) || ContinuesDigitGroup(t, b)) return;
      std::string digits = Alnum(t.substr(b, e - b));
      const bool prefixed = digits.starts_with("BE");
      if (HasVatLabel(text, b, prefixed)) return;
      if (prefixed) digits.erase(0, 2);
      bool old_form = false;
      digits = EnterpriseDigits(std::move(digits), &old_form);
      if (!BeEnterpriseChecksumOk(digits)) return;
      // Written as a VAT number, it is the enterprise number only with that label beside it or
      // before it in its sentence (HasEnterpriseLabel).
      const bool vat_form = prefixed && !HasDashedDigitGroups(t.substr(b, e - b));
      const bool context =
          (vat_form ? HasEnterpriseLabel(text, b, e) : HasEnterpriseContext(text, b, e)) ||
          AfterPeppolEnterpriseScheme(t, b) || AfterOnLabel(t, b);
      // "BE0123.456.749" is the VAT form.
      if ((prefixed || old_form || HasDashedDigitGroups(t.substr(b, e - b))) && !context) return;
      if (context) {
        out.push_back({"BE_ENTERPRISE_NUMBER", b, e, kContextScore});
      } else if (prefixed || RE2::FullMatch(re2::StringPiece(t.data() + b, e - b), dotted_)) {
        out.push_back({"BE_ENTERPRISE_NUMBER", b, e, kFormattedScore});
      }
    });
    AddLabelledScatteredNumbers(text,
                                {.digits = 10,
                                 .labels = kEnterpriseWords,
                                 .valid = BeEnterpriseChecksumOk,
                                 .type = "BE_ENTERPRISE_NUMBER",
                                 .score = kContextScore},
                                first, out);
  }

 private:
  const RE2 pattern_{kBeEnterpriseNumberPattern};
  // The grouping the KBO prints, with dots or spaces ("0452.791.467", "1452 791 467").
  const RE2 dotted_{R"([01][0-9]{3}(?:\.[0-9]{3}\.| [0-9]{3} )[0-9]{3})"};
};

}  // namespace

std::string EnterpriseDigits(std::string digits, bool* old_form) {
  const bool nine = digits.size() == 9;
  if (old_form != nullptr) *old_form = nine;
  if (nine) digits.insert(digits.begin(), '0');
  return digits;
}

bool HasDashedDigitGroups(std::string_view match) {
  const size_t first_digit = match.find_first_of("0123456789");
  return match.find('-', first_digit) != std::string_view::npos;
}

bool MayHoldEnterpriseNumber(const ScanText& text, ByteSpan window) {
  // Three bytes at most between groups: " . ".
  return HasDigitGroups(text.DigitRuns(), window, {4, 3, 3}, 3) ||
         HasDigitGroups(text.DigitRuns(), window, {3, 3, 3}, 3);  // the old nine-digit form
}

bool AfterPeppolEnterpriseScheme(std::string_view text, size_t begin) {
  constexpr size_t kJoint = 8;  // the longest: "\">" or "&id=" and a little slack
  size_t p = begin;
  while (p > 0 && begin - p < kJoint &&
         (IsAsciiLetter(text[p - 1]) || text[p - 1] == ':' || text[p - 1] == '"' ||
          text[p - 1] == '\'' || text[p - 1] == '>' || text[p - 1] == '=' || text[p - 1] == '&')) {
    --p;
  }
  return p != begin && p >= 4 && text.substr(p - 4, 4) == "0208" &&
         (p == 4 || !IsAsciiDigit(text[p - 5]));
}

bool HasEnterpriseContext(const ScanText& text, size_t begin, size_t end) {
  return text.HasContext(begin, end, kEnterpriseWords);
}

bool HasEnterpriseLabel(const ScanText& text, size_t begin, size_t end) {
  constexpr size_t kOwnLabel = 24;       // bytes: "numéro d'entreprise : "
  constexpr size_t kSentenceLabel = 48;  // "ondernemingsnummer van de vzw: "
  if (text.HasContext(begin, end, kEnterpriseWords, kOwnLabel)) return true;
  // Further back only in the number's own sentence: "... nog actief in de KBO? Hun factuur
  // vermeldt BE1257660725" names the firm's other number.
  const std::string_view t = text.text();
  size_t reach = 0;
  for (; reach < kSentenceLabel && reach < begin; ++reach) {
    const size_t at = begin - reach - 1;
    if (t[at] == '\n' || ((t[at] == '.' || t[at] == '?' || t[at] == '!') && t[at + 1] == ' ')) {
      break;
    }
  }
  return text.HasContextBefore(begin, kEnterpriseWords, reach);
}

bool InEnterpriseColumn(const ScanText& text, size_t pos) {
  return text.ColumnHeaderHas(pos, kEnterpriseWords);
}

std::unique_ptr<Recognizer> NewBeEnterpriseNumberRecognizer() {
  return std::make_unique<BeEnterpriseNumberRecognizer>();
}

}  // namespace vermeld
