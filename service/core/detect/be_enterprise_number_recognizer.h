// BE_ENTERPRISE_NUMBER: the Belgian KBO/BCE enterprise number, 10 digits starting with 0 or 1
// ("0123.456.749"), valid when 97 - (first 8 mod 97) equals the last two digits; never reported
// when that check fails. The dotted form counts on its own (score 0.85); bare or space-grouped
// digits, and the "BE" prefix, only next to a context word (ondernemingsnummer, KBO, BCE, numéro
// d'entreprise...), score 0.95. A number right after a VAT label, or with "BE" before it and no
// such context word ("BE 0123 456 749", the VAT form), is left to the VAT_NUMBER recognizer.
// The nine-digit form used before 2005 ("447.175.036", a "0" in front today) only next to a
// context word.
#pragma once

#include <memory>
#include <string>

#include "core/detect/recognizer.h"
#include "core/detect/scan_text.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewBeEnterpriseNumberRecognizer();

// True when an enterprise-number context word (ondernemingsnummer, KBO, BCE...) stands near
// [begin, end).
bool HasEnterpriseContext(const ScanText& text, size_t begin, size_t end);

// True when such a word labels [begin, end): right before or after it ("n° d'entreprise : BE
// 0403.448.635", "BE 0403.448.635 - RPR Brussel"), within 48 bytes before it in its sentence
// (further back in a long sentence it does not count), or in its column's header.
bool HasEnterpriseLabel(const ScanText& text, size_t begin, size_t end);

// True when the header of the table column holding text[pos] has one of those words.
bool InEnterpriseColumn(const ScanText& text, size_t pos);

// RE2 pattern of an enterprise number with optional "BE" prefix (also used for BE VAT numbers):
// ten digits, or the nine of the old form. A scan pasted as text may set its dots off by blanks
// ("1565 .174 . 677").
inline constexpr const char* kBeEnterpriseNumberPattern =
    R"(\b(?:BE[ .-]?)?(?:[01][0-9]{3}|[1-9][0-9]{2})(?: ?\. ?|[ -])?[0-9]{3}(?: ?\. ?|[ -])?)"
    R"([0-9]{3}\b)";

// True when a match of kBeEnterpriseNumberPattern joins its digit groups by dashes
// ("0403-448-635"), as phone numbers are written too: such a match needs its label.
bool HasDashedDigitGroups(std::string_view match);

// The ten digits of an enterprise number from the digits of a match: the old nine-digit form
// gets its "0" in front; `old_form`, when given, says which it was.
std::string EnterpriseDigits(std::string digits, bool* old_form = nullptr);

// True when the number at `begin` is a Peppol participant's identifier under scheme 0208, the
// Belgian enterprise number: "0208:0476093214", <cbc:EndpointID schemeID="0208">...,
// "scheme=0208&id=...". Only letters and the punctuation of those forms stand between.
bool AfterPeppolEnterpriseScheme(std::string_view text, size_t begin);

// True when `window` holds digit runs laid out as in a match of kBeEnterpriseNumberPattern
// (HasDigitGroups): elsewhere the pattern need not run.
bool MayHoldEnterpriseNumber(const ScanText& text, ByteSpan window);

}  // namespace vermeld
