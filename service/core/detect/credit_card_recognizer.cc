#include "core/detect/credit_card_recognizer.h"

#include <re2/re2.h>

#include <string>

#include "core/detect/checksum.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

constexpr double kBaseScore = 0.85;
constexpr double kContextBoost = 0.15;
constexpr size_t kDigitMargin = 1;  // one separator between digit groups
constexpr size_t kMinDigits = 13;
constexpr size_t kMaxDigits = 19;

bool KnownIssuer(std::string_view d) {
  const int two = (d[0] - '0') * 10 + (d[1] - '0');
  const int four = std::stoi(std::string(d.substr(0, 4)));
  switch (d[0]) {
    case '2':
      return four >= 2221 && four <= 2720;
    case '3':
      return two == 30 || two == 34 || two == 35 || two == 36 || two == 37 || two == 38;
    case '4':
      return true;
    case '5':
      return two >= 50 && two <= 58;  // Mastercard 51-55, Maestro 50/56-58
    case '6':
      return true;
    default:
      return false;
  }
}

class CreditCardRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "CREDIT_CARD"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.text();
    const std::vector<ByteSpan> windows = text.DigitWindows(kDigitMargin, kMinDigits);
    ForEachMatchIn(pattern_, t, windows, [&](size_t b, size_t e) {
      if (!StandsAlone(t, b, e) || ContinuesDigitGroup(t, b) || text.InUrl(b, e)) return;
      const std::string digits = Alnum(t.substr(b, e - b));
      if (digits.size() < kMinDigits || digits.size() > kMaxDigits || !KnownIssuer(digits) ||
          !LuhnOk(digits)) {
        return;
      }
      const bool context = text.HasContext(
          b, e,
          {"kaart", "creditcard", "kredietkaart", "kaartnummer", "visa", "mastercard", "amex",
           "american express", "maestro", "bancontact", "carte", "carte de crédit",
           "numéro de carte", "card", "credit card", "debit card", "betaalkaart"});
      out.push_back({"CREDIT_CARD", b, e, ContextScore(kBaseScore, kContextBoost, context)});
    });
  }

 private:
  const RE2 pattern_{
      R"(\b(?:[0-9]{4}[ -]?[0-9]{6}[ -]?[0-9]{4,5}|[0-9]{4}(?:[ -]?[0-9]{4}){2}[ -]?[0-9]{1,4}(?:[ -]?[0-9]{1,3})?)\b)"};
};

}  // namespace

std::unique_ptr<Recognizer> NewCreditCardRecognizer() {
  return std::make_unique<CreditCardRecognizer>();
}

}  // namespace vermeld
