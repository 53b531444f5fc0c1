// BE_NATIONAL_NUMBER: the Belgian rijksregisternummer / numéro national (YY.MM.DD-NNN.CC,
// separators optional) and BIS numbers (month + 20 or + 40). Reported only when the birth date
// part is plausible and the check digits hold: CC = 97 - (first nine digits mod 97), or the same
// over "2" + the nine digits for births from 2000. Score 0.85 when formatted (0.7 for eleven bare
// digits), raised to 1.0 by a context word (rijksregister, INSZ, numéro national...).
#pragma once

#include <memory>
#include <string_view>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewBeNationalNumberRecognizer();

// True for eleven digits that form a valid national or BIS number.
bool IsValidBeNationalNumber(std::string_view digits);

}  // namespace vermeld
