#include "core/detect/vat_number_recognizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include "core/detect/be_enterprise_number_recognizer.h"
#include "core/detect/checksum.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/span_count.h"

namespace vermeld {
namespace {

constexpr double kScore = 0.95;
constexpr size_t kLabelWindow = 30;
constexpr size_t kPrefixedLabelWindow = 48;
constexpr size_t kNearerLabelWindow = 12;
// Longest non-digit stretch of a match: "NL " or "BE " before the digits, " B " between them.
constexpr size_t kDigitMargin = 3;
constexpr size_t kMinDigits = 9;  // BE 10 (9 in the old form), NL 11

class VatNumberRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "VAT_NUMBER"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.IdentifierText();
    const std::span<const ByteSpan> windows = text.DigitWindows(kDigitMargin, kMinDigits);
    auto nl_window = [&](ByteSpan w) { return SpanHas(t, w, "NL"); };  // NL VAT starts so
    ForEachMatchInKept(nl_, t, windows, nl_window, DigitByte{}, [&](size_t b, size_t e) {
      const std::string compact = Alnum(t.substr(b, e - b));  // NL123456789B01
      if (BsnElevenProofOk(compact.substr(2, 9)) || IbanStyleOk(compact)) {
        out.push_back({"VAT_NUMBER", b, e, kScore});
      }
    });
    auto be_window = [&](ByteSpan w) { return MayHoldEnterpriseNumber(text, w); };
    ForEachMatchInKept(be_, t, windows, be_window, DigitByte{}, [&](size_t b, size_t e) {
      if (!IdentifierStandsAlone(t, b, e)) return;
      std::string digits = Alnum(t.substr(b, e - b));
      const bool prefixed = digits.starts_with("BE");
      if (prefixed) digits.erase(0, 2);
      digits = EnterpriseDigits(std::move(digits));
      // A VAT label, or the "BE" prefix of the VAT form without an enterprise-number label: an
      // enterprise word further off names the firm's other number ("is 1257.660.725 nog actief in
      // de KBO? hun factuur vermeldt BE1257660725").
      const bool vat = HasVatLabel(text, b, prefixed) ||
                       (prefixed && !HasDashedDigitGroups(t.substr(b, e - b)) &&
                        !HasEnterpriseLabel(text, b, e));
      if (vat && BeEnterpriseChecksumOk(digits)) out.push_back({"VAT_NUMBER", b, e, kScore});
    });
  }

 private:
  // ISO 7064 mod 97-10 over the whole number with letters as 10..35 ("NL" first).
  static bool IbanStyleOk(const std::string& compact) {
    // IbanChecksumOk rotates the first four characters to the end; undo that by pre-rotating.
    return IbanChecksumOk(compact.substr(compact.size() - 4) +
                          compact.substr(0, compact.size() - 4));
  }

  // The nine digits may be grouped like a BSN, the "B" set off by a blank or, as the
  // Belastingdienst prints it, a dot ("NL 1493.74.240 B01", "NL0012.34.567.B01").
  const RE2 nl_{R"(\bNL ?[0-9](?:[. ]?[0-9]){8}[ .]?B[ .]?[0-9]{2}\b)"};
  const RE2 be_{kBeEnterpriseNumberPattern};
};

// True when a '|', a tab or a ';' stands on the line of text[pos], within kCellReach bytes: a
// table's row (TableLayout) has one beside each cell. Bounded: a long line is not read for each
// number on it.
bool InLineWithCells(std::string_view text, size_t pos) {
  constexpr size_t kCellReach = 80;
  for (size_t i = pos; i > 0 && pos - i < kCellReach && text[i - 1] != '\n'; --i) {
    if (text[i - 1] == '|' || text[i - 1] == '\t' || text[i - 1] == ';') return true;
  }
  for (size_t i = pos; i < text.size() && i - pos < kCellReach && text[i] != '\n'; ++i) {
    if (text[i] == '|' || text[i] == '\t' || text[i] == ';') return true;
  }
  return false;
}

}  // namespace

bool HasVatLabel(const ScanText& text, size_t begin, bool be_prefixed) {
  const std::initializer_list<std::string_view> enterprise_labels = {
      "kbo", "ondernemingsnummer", "ondernemingsnr", "bce", "rpr"};
  const std::initializer_list<std::string_view> vat_labels = {
      "btw",        "btw-nr", "btw-nummer",    "btw nr", "btw-identificatienummer",
      "tva",        "n° tva", "numéro de tva", "vat",    "vat number",
      "vat-nummer", "btw-id", "ust-idnr"};
  // In a table the number's column header tells, whatever the columns beside it and the rows
  // above say ("ondernemingsnummer;btw;peppol"); a header naming both, the "BE" prefix.
  // (Only on a line with a cell separator: most texts have no table to lay out.)
  const bool cells = InLineWithCells(text.text(), begin);
  const bool enterprise_column = cells && InEnterpriseColumn(text, begin);
  const bool vat_column = cells && text.ColumnHeaderHas(begin, vat_labels);
  if (enterprise_column || vat_column) return vat_column && (!enterprise_column || be_prefixed);
  auto enterprise_label = [&](size_t window) {
    return text.HasContextBefore(begin, enterprise_labels, window);
  };
  auto vat_label = [&](size_t window) { return text.HasContextBefore(begin, vat_labels, window); };
  // A nearer enterprise-number label wins: "btw BE 0403.448.635 en KBO 0403.448.635"; so does
  // one in the wider reach of a "BE" number ("Vrijgesteld van btw; ondernemingsnummer van de
  // vzw: BE 0403.448.635").
  if (enterprise_label(kNearerLabelWindow)) return false;
  if (vat_label(kLabelWindow)) return true;
  return be_prefixed && vat_label(kPrefixedLabelWindow) && !enterprise_label(kPrefixedLabelWindow);
}

std::unique_ptr<Recognizer> NewVatNumberRecognizer() {
  return std::make_unique<VatNumberRecognizer>();
}

}  // namespace vermeld
