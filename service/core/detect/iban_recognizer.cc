#include "core/detect/iban_recognizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/detect/checksum.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/scattered_digits.h"

namespace vermeld {
namespace {

constexpr double kBaseScore = 0.95;
constexpr double kContextBoost = 0.05;
// Longest match of the pattern: country, a blank, check digits and fifteen groups with their
// blanks.
constexpr size_t kLongestMatch = 5 + 15 * 6;

struct CountryLength {
  char code[3];
  size_t length;
};

// IBAN lengths from the ISO 13616 registry.
constexpr CountryLength kLengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22},
    {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FO", 18}, {"FR", 27},
    {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
    {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20},
    {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MD", 24},
    {"ME", 22}, {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NL", 18}, {"NO", 15}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"SA", 24}, {"SC", 31},
    {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24},
    {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}};

size_t IbanLength(std::string_view country) {
  for (const CountryLength& c : kLengths) {
    if (country == c.code) return c.length;
  }
  return 0;
}

// Belgian account numbers carry their own check: last two digits = first ten mod 97 (97 for 0).
bool BelgianAccountOk(std::string_view bban) {
  const int r = Mod97(bban.substr(0, 10));
  const int check = (bban[10] - '0') * 10 + (bban[11] - '0');
  return r >= 0 && check == (r == 0 ? 97 : r);
}

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// True when the country code before `digits` is set off by one blank, as Belgian invoices print
// it ("BE 68 5390 0754 7034"): only in capitals, for "de 12 ..." and "nl 34 ..." are words too.
bool SpacedCountryBefore(std::string_view t, size_t digits) {
  return digits >= 3 && t[digits - 1] == ' ' && IsAsciiUpper(t[digits - 2]) &&
         IsAsciiUpper(t[digits - 3]);
}

// Every IBAN starts with two letters glued to a digit run (country and check digits), or set off
// from it by one blank: where the pattern is tried, anchored, as far as its longest match. Chats
// type the country in lower case ("be58 9639 1835 0479"); the checksum keeps other words out.
std::vector<size_t> CandidateStarts(const ScanText& text) {
  const std::string_view t = text.IdentifierText();
  std::vector<size_t> starts;
  for (const ByteSpan& run : text.DigitRuns()) {
    const bool glued =
        run.begin >= 2 && IsAsciiLetter(t[run.begin - 1]) && IsAsciiLetter(t[run.begin - 2]);
    if (glued || SpacedCountryBefore(t, run.begin)) starts.push_back(run.begin - (glued ? 2 : 3));
  }
  return starts;
}

class IbanRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "IBAN"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.IdentifierText();
    const re2::StringPiece whole(t.data(), t.size());
    const size_t first = out.size();
    size_t reported_end = 0;
    for (const size_t b : CandidateStarts(text)) {
      // Anchored at each start, not a scan on from the last match: a match may run on over the
      // words after an IBAN ("... 7034 naar BE83 ...") and would hide the next one.
      re2::StringPiece m;
      if (b < reported_end || !pattern_.Match(whole, b, std::min(t.size(), b + kLongestMatch),
                                              RE2::ANCHOR_START, &m, 1)) {
        continue;
      }
      const size_t e = b + m.size();
      const char country[] = {Upper(t[b]), Upper(t[b + 1])};
      const size_t want = IbanLength(std::string_view(country, 2));
      if (want == 0) continue;
      // Cut the match after `want` characters: a following group may be another number.
      std::string compact;
      size_t end = b;
      while (end < e && compact.size() < want) {
        if (IsAsciiLetter(t[end]) || (t[end] >= '0' && t[end] <= '9'))
          compact.push_back(Upper(t[end]));
        ++end;
      }
      // "IBAN/BIC: BE97985834003649/GKCCBEBB": a slash may join the bank's BIC.
      const bool bic_after = end < t.size() && t[end] == '/';
      if (compact.size() != want || !IsValidIban(compact) || !IdentifierClearBefore(t, b) ||
          !(ClearAfter(t, end) || bic_after)) {
        continue;
      }
      reported_end = end;
      Report(text, b, end, out);
    }
    // A scan's spread-out digits ("BE 4 4 1533 4410 3545"), where the pattern found nothing.
    // Both in text order, the pattern's findings out[first, patterned) disjoint: the first that
    // ends after a number's start is the only one that may overlap it (a test of each was
    // quadratic: 6 s a megabyte for 2 MB of IBANs). Indexes, not a span: Report may move `out`.
    const size_t patterned = out.size();
    size_t next = first;
    for (const ByteSpan n : ScatteredAfterCountryCode(text)) {
      while (next < patterned && out[next].end <= n.begin) ++next;
      const bool taken = next < patterned && out[next].begin < n.end;
      if (!taken && IsValidIban(Alnum(t.substr(n.begin, n.end - n.begin)))) {
        Report(text, n.begin, n.end, out);
      }
    }
  }

 private:
  static void Report(const ScanText& text, size_t begin, size_t end, std::vector<Finding>& out) {
    const bool context =
        text.HasContext(begin, end,
                        {"iban", "rekening", "rekeningnummer", "bic", "compte", "numéro de compte",
                         "account", "bankrekening", "overschrijven", "storten"});
    out.push_back({"IBAN", begin, end, ContextScore(kBaseScore, kContextBoost, context)});
  }

  // Groups split by blanks, or by dots or dashes as some forms print them ("BE58-9639-1835-0479"),
  // mostly of four but not always ("BE23  4324 96 99 3791" copied from a banking app).
  const RE2 pattern_{R"([A-Za-z]{2} ?[0-9]{2}(?:(?:[ .-]|  )?[A-Za-z0-9]{1,4}){2,15}\b)"};
};

}  // namespace

bool IsValidIban(std::string_view compact) {
  if (compact.size() < 5 || IbanLength(compact.substr(0, 2)) != compact.size()) return false;
  // Account numbers are mostly digits (Malta's, with the most letters, holds 15 of 27): words
  // whose letters happen to pass mod 97 are not ("DE 60 JAAR CHIRO ZELE FEEST").
  const auto digits = std::count_if(compact.begin() + 4, compact.end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
  if (2 * static_cast<size_t>(digits) < compact.size() - 4) return false;
  if (!IbanChecksumOk(compact)) return false;
  return compact.substr(0, 2) != "BE" || BelgianAccountOk(compact.substr(4));
}

std::unique_ptr<Recognizer> NewIbanRecognizer() { return std::make_unique<IbanRecognizer>(); }

}  // namespace vermeld
