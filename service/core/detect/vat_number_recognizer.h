// VAT_NUMBER: value-added-tax identification numbers.
//   - Dutch: NL + 9 digits + B + 2 digits ("NL123456782B01"), valid when the nine digits pass the
//     11-proef or the whole number passes ISO 7064 mod 97-10 (sole traders since 2020). Score 0.95.
//   - Belgian: the enterprise number ((BE) 0xxx.xxx.xxx, KBO mod-97 check) when a VAT label
//     (btw, TVA, VAT) stands just before it, or with the "BE" prefix of the VAT form and no
//     enterprise-number word near it. Score 0.95. Otherwise the number is a BE_ENTERPRISE_NUMBER.
#pragma once

#include <cstddef>
#include <memory>

#include "core/detect/recognizer.h"
#include "core/detect/scan_text.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewVatNumberRecognizer();

// True when a VAT label ("btw", "btw-nr", "TVA", "VAT"...) occurs within a few words before
// `begin`, and no enterprise-number label ("KBO", "ondernemingsnummer") nearer: the number that
// follows is a VAT number. A number with the "BE" prefix of the VAT form may stand a few words
// farther from its label ("btw-nummer in het juiste formaat: BE0604943963").
bool HasVatLabel(const ScanText& text, size_t begin, bool be_prefixed);

}  // namespace vermeld
