// PHONE: Belgian, Dutch and international telephone numbers in the forms people write them
// (`+32 470 12 34 56`, `0032 2 123 45 67`, `+31 (0)10 4123456`, `06-12345678`,
// `0470/12.34.56`). Candidates are found with RE2 near digits and confirmed with libphonenumber
// (dialled from BE, then NL; valid when GetNumberType knows the type); a number that is not valid
// is never reported. Belgian and Dutch numbers skip libphonenumber's slow Parse: their country
// code and national number are read from the digits, and typed with RE2 from libphonenumber's
// metadata (phone_types.h).
// Score 0.8, 0.95 next to a context word (tel, gsm, telefoon, téléphone, phone...). Numbers of an
// organisation rather than a person score 0.35: a switchboard context just before the number
// ("onthaal", "algemeen nummer", "centrale", "accueil", "standard") or a universal access number.
// Toll-free, premium-rate and shared-cost numbers are not reported: only organisations have them.
#pragma once

#include <memory>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewPhoneRecognizer();

}  // namespace vermeld
