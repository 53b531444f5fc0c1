// PASSPORT_NUMBER: identity document numbers, reported only next to a document word
// (paspoort, passeport, passport, documentnummer, identiteitskaart, carte d'identité...) because
// the formats alone are ordinary codes:
//   - Dutch passport / ID card: 2 letters + 6 letters or digits + 1 digit, never the letter O;
//   - Belgian passport: 2 letters + 6 digits;
//   - other countries: one or two capitals and 7-8 digits (Turkey, Poland, Italy...), France
//     (2 digits, 2 letters, 5 digits), Spain (3 letters, 6 digits), Germany (9 letters and digits);
//   - digits only, 8 or 9 (Romania, the UK, the US): only right after a passport word;
//   - Belgian eID card number: 3-7-2 digits whose last two are the first ten mod 97 (97 for 0);
//     this one is checksum-validated and never reported when the check fails.
// Score 0.85.
#pragma once

#include <memory>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewPassportNumberRecognizer();

}  // namespace vermeld
