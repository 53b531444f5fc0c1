// CREDIT_CARD: payment card numbers, 13 to 19 digits, compact or grouped by spaces or dashes
// (4-4-4-4, Amex 4-6-5). Reported only when the Luhn check holds and the number starts like a
// real card (Visa 4, Mastercard 51-55 / 2221-2720, Amex 34/37, Diners 30/36/38, Discover/
// UnionPay/Maestro/Bancontact 6, JCB 35). Score 0.85, 1.0 next to a card word.
#pragma once

#include <memory>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewCreditCardRecognizer();

}  // namespace vermeld
