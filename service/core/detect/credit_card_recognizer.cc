#include "core/detect/credit_card_recognizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "core/detect/checksum.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/scattered_digits.h"

namespace vermeld {
namespace {

constexpr double kBaseScore = 0.85;
constexpr double kContextBoost = 0.15;
constexpr size_t kDigitMargin = 1;  // one separator between digit groups
constexpr size_t kMinDigits = 13;
constexpr size_t kMaxDigits = 19;

// Card numbers have the lengths their network issues: a 13-digit EAN barcode that starts with
// Belgium's "54" and happens to pass Luhn is no Mastercard (always 16 digits).
bool KnownIssuerAndLength(std::string_view d) {
  const size_t n = d.size();
  const int two = (d[0] - '0') * 10 + (d[1] - '0');
  const int four = std::stoi(std::string(d.substr(0, 4)));
  switch (d[0]) {
    case '2':  // Mastercard 2-series
      return four >= 2221 && four <= 2720 && n == 16;
    case '3':
      if (two == 34 || two == 37) return n == 15;                          // American Express
      if (two == 30 || two == 36 || two == 38) return n >= 14 && n <= 16;  // Diners Club
      return two == 35 && n >= 16;                                         // JCB
    case '4':                                                              // Visa
      return n == 13 || n == 16 || n == 19;
    case '5':
      if (two >= 51 && two <= 55) return n == 16;    // Mastercard
      return two == 50 || (two >= 56 && two <= 58);  // Maestro
    case '6':                                        // Maestro (Bancontact), Discover, UnionPay
      return true;
    default:
      return false;
  }
}

bool ValidCard(std::string_view digits) {
  return digits.size() >= kMinDigits && digits.size() <= kMaxDigits &&
         KnownIssuerAndLength(digits) && LuhnOk(digits);
}

const std::initializer_list<std::string_view> kCardWords = {"kaart",
                                                            "creditcard",
                                                            "kredietkaart",
                                                            "kaartnummer",
                                                            "visa",
                                                            "mastercard",
                                                            "amex",
                                                            "american express",
                                                            "maestro",
                                                            "bancontact",
                                                            "carte",
                                                            "carte de crédit",
                                                            "numéro de carte",
                                                            "card",
                                                            "credit card",
                                                            "debit card",
                                                            "betaalkaart"};

class CreditCardRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "CREDIT_CARD"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.IdentifierText();
    const std::span<const ByteSpan> windows = text.DigitWindows(kDigitMargin, kMinDigits);
    const size_t first = out.size();
    ForEachMatchIn(pattern_, t, windows, DigitByte{}, [&](size_t b, size_t e) {
      if (ContinuesDigitGroup(t, b) || text.InUrl(b, e)) return;
      std::string digits = Alnum(t.substr(b, e - b));
      if (!IdentifierStandsAlone(t, b, e) || !ValidCard(digits)) {
        // The pattern's last short group may be the amount after the number: "VISA 4697 4151
        // 7200 4509 89,95 EUR".
        const size_t last = t.substr(b, e - b).find_last_of(" -");
        if (last == std::string_view::npos || e - (b + last + 1) > 3) return;
        e = b + last;
        digits = Alnum(t.substr(b, e - b));
        if (!IdentifierStandsAlone(t, b, e) || !ValidCard(digits)) return;
      }
      const bool context = text.HasContext(b, e, kCardWords);
      out.push_back({"CREDIT_CARD", b, e, ContextScore(kBaseScore, kContextBoost, context)});
    });
    // A card's number after its own label, unevenly spaced: "Card number : 4937 8934  8673 7867"
    // with two blanks in the middle. Sixteen digits, as Visa and Mastercard print them, joined by
    // blanks only: dots and dashes join dates ("Betaalkaart geldig van 30.06.2024 -
    // 31.12.2027") and parcels.
    const size_t scattered = out.size();
    AddLabelledScatteredNumbers(
        text,
        {.digits = 16,
         .labels = {"kaartnummer", "kaartnr", "card number", "card no", "numéro de carte",
                    "n° de carte", "creditcard", "kredietkaart", "credit card", "carte de crédit"},
         .valid = ValidCard,
         .type = "CREDIT_CARD",
         .score = kBaseScore + kContextBoost},
        first, out);
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(scattered), out.end(),
                             [&](const Finding& f) {
                               return t.substr(f.begin, f.end - f.begin).find_first_of(".-/") !=
                                      std::string_view::npos;
                             }),
              out.end());
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
