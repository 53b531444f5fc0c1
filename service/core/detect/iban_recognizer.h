// IBAN: bank account numbers of any country (ISO 13616), grouped by four or not
// ("BE68 5390 0754 7034", "NL91ABNA0417164300"). Reported only when the country's IBAN length
// and the mod-97 check hold (Belgian ones also pass the national account check). Score 0.95,
// 1.0 next to "iban", "rekeningnummer", "compte", "account"...
#pragma once

#include <memory>
#include <string_view>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewIbanRecognizer();

// True for a compact, upper-case IBAN that passes its country's length and check digits.
bool IsValidIban(std::string_view compact);

}  // namespace vermeld
