#include "core/detect/nl_bsn_recognizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "core/detect/checksum.h"
#include "core/detect/digit_groups.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/person_evidence.h"
#include "core/detect/scattered_digits.h"
#include "core/detect/table_layout.h"

namespace vermeld {
namespace {

const std::initializer_list<std::string_view> kBsnWords = {"bsn",
                                                           "bsn-nummer",
                                                           "burgerservicenummer",
                                                           "burgerservice nummer",
                                                           "sofinummer",
                                                           "sofi-nummer",
                                                           "sofinr",
                                                           "sofi-nr",
                                                           "sofi nr",
                                                           "burgerservicenr",
                                                           "bsn-nr",
                                                           "persoonsnummer",
                                                           "persoonsgebonden nummer",
                                                           "citizen service number",
                                                           "numéro bsn",
                                                           "b.s.n."};
constexpr double kTypicalFormScore = 0.6;
constexpr double kContextScore = 0.95;
constexpr size_t kDigitMargin = 1;  // one separator between digit groups
constexpr size_t kMinDigits = 8;    // a leading 0 may be left out
// A BSN's word counts within kBsnNearBytes, as other numbers' words do, and for a bare
// nine-digit number within kBsnContextBytes: a chat asks for the sofinummer and the answer comes
// lines later ("ja stond op zn formulier: 141415940"); a random number passes the 11-proof only
// 1 in 11.
constexpr size_t kBsnNearBytes = 120;
constexpr size_t kBsnContextBytes = 250;

// The word right before the number (a colon and blanks between) labels another number:
// "klantnummer 781676447", "Uw dossiernummer: 691400507", "KvK 41668881".
bool LabelledOtherwise(std::string_view text, size_t b) {
  size_t p = b;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == ':' || text[p - 1] == '.')) --p;
  size_t w = p;
  while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
  std::string word(text.substr(w, p - w));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (word.starts_with("bsn") || word.starts_with("sofinr") || word.ends_with("sofinummer") ||
      word.ends_with("burgerservicenummer") || word.ends_with("burgerservicenr")) {
    return false;
  }
  static constexpr std::string_view kOtherLabels[] = {
      "kvk",     "kenmerk", "referentie", "ref",      "order",  "factuur", "klant",  "id",
      "dossier", "polis",   "ticket",     "contract", "client", "facture", "invoice"};
  return word.ends_with("nummer") || word.ends_with("nr") ||
         std::find(std::begin(kOtherLabels), std::end(kOtherLabels), word) !=
             std::end(kOtherLabels);
}

// "006 784 112", "123.456.782": nine digits in three groups of three.
bool GroupsOfThree(std::string_view number) {
  return number.size() == 11 && number[3] == number[7] && !IsAsciiDigit(number[3]);
}

// "4689 78 148", "4689-78-148", "4689.78.148": the four-two-three grouping the Dutch write a BSN
// in (with dots also the typical form, reported without context at a lower score).
bool FourTwoThree(std::string_view number) {
  return number.size() == 11 && number[4] == number[7] && !IsAsciiDigit(number[4]);
}

// A currency sign or code before text[b], blanks apart: "€ 123.456.782", "EUR 123 456 782".
bool AfterCurrency(std::string_view text, size_t b) {
  std::string_view before = text.substr(0, b);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.ends_with("\u20AC") || before.ends_with("EUR") || before.ends_with('$') ||
         before.ends_with("\u00A3");
}

class NlBsnRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "NL_BSN"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.IdentifierText();
    // The groups of a BSN: 1234.56.782, 123 456 782, 12345678(2).
    const std::span<const ByteSpan> windows =
        KeepWindows(text.DigitWindows(kDigitMargin, kMinDigits), [&](ByteSpan w) {
          const std::vector<ByteSpan>& runs = text.DigitRuns();
          return HasDigitGroups(runs, w, {4, 2, 3}) || HasDigitGroups(runs, w, {3, 3, 3}) ||
                 HasDigitGroups(runs, w, {8});
        });
    const size_t first = out.size();
    std::vector<Unplaced> unplaced;
    std::vector<std::string> found;  // the nine digits of each BSN found
    ForEachMatchIn(pattern_, t, windows, DigitByte{}, [&](size_t b, size_t e) {
      if (!IdentifierStandsAlone(t, b, e) || ContinuesDigitGroup(t, b)) return;
      std::string digits = Alnum(t.substr(b, e - b));
      if (digits.size() == 8) digits.insert(0, "0");
      if (digits == "000000000" || !BsnElevenProofOk(digits)) return;
      auto near = [&](size_t window) { return NearBsnWord(text, b, e, window); };
      // Near its word, or farther for a nine-digit number that no other label claims: bare
      // (not with a leading 0: a Belgian landline is nine digits too) or in three groups of three
      // ("006 784 112"; not after a currency sign, "€ 123.456.782", nor a 0 without a second:
      // "078 150 000" is a Belgian service number).
      const bool far_form = (e - b == 9 && digits[0] != '0') || FourTwoThree(t.substr(b, e - b)) ||
                            (GroupsOfThree(t.substr(b, e - b)) &&
                             (digits[0] != '0' || digits[1] == '0') && !AfterCurrency(t, b));
      const bool context =
          near(kBsnNearBytes) || (far_form && !LabelledOtherwise(t, b) && near(kBsnContextBytes));
      const bool typical =
          !context && RE2::FullMatch(re2::StringPiece(t.data() + b, e - b), typical_);
      if (context || typical) {
        out.push_back({"NL_BSN", b, e, context ? kContextScore : kTypicalFormScore});
        found.push_back(std::move(digits));
      } else {
        // Bare: no leading 0 (a Belgian landline), not under a table column's header either
        // (the header names it: "order").
        const bool bare = e - b == 9 && digits[0] != '0' && !LabelledOtherwise(t, b) &&
                          !AfterCurrency(t, b) && text.Tables().HeaderAbove(b).empty();
        unplaced.push_back({b, e, std::move(digits), bare});
      }
    });
    AddLabelledScatteredNumbers(text,
                                {.digits = 9,
                                 .labels = kBsnWords,
                                 .valid = BsnElevenProofOk,
                                 .type = "NL_BSN",
                                 .score = kContextScore},
                                first, out);
    Place(text, unplaced, found, first, out);
  }

 private:
  struct Unplaced {  // an 11-proof number without context or the typical form
    size_t begin = 0;
    size_t end = 0;
    std::string digits;  // nine
    bool bare = false;   // nine digits in a row, no other number's label before them
  };

  // Reports the numbers `unplaced` that a table column holding a BSN found (out[first, end))
  // holds: "nummer | 0707.52.618" makes the other 11-proof numbers under "nummer" BSNs too; or
  // that equal a BSN `found` written another way ("4689 78 148 bu mu" ... "BSN 468978148"). Else
  // a bare one is a BSN with a low score, kept only in a text that names someone
  // (person_evidence.h): "mevrouw K. Mahabier (806360835)".
  static void Place(const ScanText& text, const std::vector<Unplaced>& unplaced,
                    std::vector<std::string>& found, size_t first, std::vector<Finding>& out) {
    const size_t end = out.size();
    std::vector<const char*> columns;  // the headers of the columns holding a BSN, by address
    if (!unplaced.empty() && end > first) {
      for (size_t i = first; i < end; ++i) {
        const std::string_view header = text.Tables().HeaderAbove(out[i].begin);
        if (!header.empty()) columns.push_back(header.data());
      }
      std::sort(columns.begin(), columns.end());
      std::sort(found.begin(), found.end());
    }
    auto placed = [&](const Unplaced& u) {
      if (end == first) return false;
      const std::string_view header = text.Tables().HeaderAbove(u.begin);
      return (!header.empty() &&
              std::binary_search(columns.begin(), columns.end(), header.data())) ||
             std::binary_search(found.begin(), found.end(), u.digits);
    };
    for (const Unplaced& u : unplaced) {
      if (placed(u)) {
        out.push_back({"NL_BSN", u.begin, u.end, kTypicalFormScore});
      } else if (u.bare) {
        out.push_back({"NL_BSN", u.begin, u.end, kBareBsnScore});
      }
    }
  }

  const RE2 pattern_{
      R"(\b(?:[0-9]{4}[. -][0-9]{2}[. -][0-9]{3}|[0-9]{3}[. -][0-9]{3}[. -][0-9]{3}|[0-9]{8,9})\b)"};
  const RE2 typical_{R"([0-9]{4}\.[0-9]{2}\.[0-9]{3})"};
};

}  // namespace

bool NearBsnWord(const ScanText& text, size_t begin, size_t end, size_t window) {
  return text.HasContext(begin, end, kBsnWords, window);
}

std::unique_ptr<Recognizer> NewNlBsnRecognizer() { return std::make_unique<NlBsnRecognizer>(); }

}  // namespace vermeld
